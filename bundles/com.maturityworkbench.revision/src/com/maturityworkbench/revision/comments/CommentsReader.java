package com.maturityworkbench.revision.comments;

import static com.maturityworkbench.revision.comments.CommentMessages.M;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.CsvParser;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.assessment.TextDecoding;

/**
 * Reads a comments file as the committee collects it: CSV (UTF-8 with or without byte order mark, or GB18030, as a
 * spreadsheet saves it) or XLSX (its first sheet). The first row is the header with the columns of
 * {@link CommentColumns#INPUT} in any order (序号、提出单位、章条编号/表格行、意见内容 are required); every later non-blank row
 * is a comment. A disposition other than the four is a problem of its row, as is a comment without a reference or a text.
 */
public final class CommentsReader {
	/** The comments of one file and the problems of its rows. */
	public record CommentsFile(String file, List<Comment> comments, List<CommentProblem> problems) {
	}

	private static final List<String> REQUIRED = List.of(CommentColumns.NUMBER, CommentColumns.UNIT, CommentColumns.REFERENCE, CommentColumns.CONTENT);

	private CommentsReader() {
	}

	/** Whether a file's name says it is a comments file this reader reads. */
	public static boolean isCommentsFile(Path path) {
		String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		return (name.endsWith(".csv") || name.endsWith(".xlsx")) && !name.startsWith("~$");
	}

	/** @param file the name to report it under */
	public static CommentsFile read(Path path, String file) throws CommentsUnreadableException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(path);
		} catch (IOException e) {
			throw new CommentsUnreadableException(M.text("file.unreadable", file, e.getMessage()));
		}
		List<List<String>> rows = new ArrayList<>();
		List<Integer> rowNumbers = new ArrayList<>();
		if (path.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
			xlsx(bytes, file, rows, rowNumbers);
		} else {
			csv(bytes, file, rows, rowNumbers);
		}
		if (rows.isEmpty()) {
			throw new CommentsUnreadableException(M.text("file.empty", file));
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<String> header = rows.get(0);
		for (int c = 0; c < header.size(); c++) {
			columns.putIfAbsent(CommentColumns.normalizeHeader(header.get(c)), c);
		}
		List<String> missing = REQUIRED.stream().filter(h -> !columns.containsKey(CommentColumns.normalizeHeader(h))).toList();
		if (!missing.isEmpty()) {
			throw new CommentsUnreadableException(M.text("file.columns", file, String.join("、", missing), String.join("、", CommentColumns.INPUT)));
		}
		List<Comment> comments = new ArrayList<>();
		List<CommentProblem> problems = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> cells = rows.get(i);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			int row = rowNumbers.get(i);
			String dispositionText = cell(cells, columns, CommentColumns.DISPOSITION);
			Optional<Disposition> disposition = Disposition.of(dispositionText);
			Comment comment = new Comment(file, row, cell(cells, columns, CommentColumns.NUMBER), cell(cells, columns, CommentColumns.UNIT),
					cell(cells, columns, CommentColumns.REFERENCE), cell(cells, columns, CommentColumns.CONTENT),
					cell(cells, columns, CommentColumns.PROPOSAL), disposition.orElse(null), cell(cells, columns, CommentColumns.REASON));
			if (disposition.isEmpty()) {
				problems.add(new CommentProblem(file, row, dispositionText.isBlank() ? M.text("row.no-disposition")
						: M.text("row.bad-disposition", dispositionText.strip())));
			}
			if (comment.reference().isBlank()) {
				problems.add(new CommentProblem(file, row, M.text("row.no-reference")));
			}
			if (comment.content().isBlank()) {
				problems.add(new CommentProblem(file, row, M.text("row.no-content")));
			}
			comments.add(comment);
		}
		return new CommentsFile(file, comments, problems);
	}

	private static String cell(List<String> cells, Map<String, Integer> columns, String header) {
		Integer c = columns.get(CommentColumns.normalizeHeader(header));
		return c == null || c >= cells.size() || cells.get(c) == null ? "" : cells.get(c).strip();
	}

	private static void csv(byte[] bytes, String file, List<List<String>> rows, List<Integer> rowNumbers) throws CommentsUnreadableException {
		String text;
		List<InputIssue> issues = new ArrayList<>();
		try {
			text = TextDecoding.decode(bytes, file).text();
		} catch (AssessmentInputException e) {
			throw new CommentsUnreadableException(e.getMessage());
		}
		List<CsvParser.Record> records = CsvParser.parse(text, file, issues);
		if (!issues.isEmpty()) {
			throw new CommentsUnreadableException(issues.get(0).toString());
		}
		for (CsvParser.Record r : records) {
			rows.add(r.fields());
			rowNumbers.add(r.row());
		}
	}

	private static void xlsx(byte[] bytes, String file, List<List<String>> rows, List<Integer> rowNumbers) throws CommentsUnreadableException {
		if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
			throw new CommentsUnreadableException(M.text("file.not-xlsx", file));
		}
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			Optional<Sheet> first = wb.getFirstSheet() == null ? Optional.empty() : Optional.of(wb.getFirstSheet());
			if (first.isEmpty()) {
				throw new CommentsUnreadableException(M.text("file.empty", file));
			}
			for (Row row : first.get().read()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null || cell.getText() == null ? "" : cell.getText());
				}
				rows.add(cells);
				rowNumbers.add(row.getRowNum());
			}
		} catch (IOException | RuntimeException e) {
			throw new CommentsUnreadableException(M.text("file.bad-xlsx", file, String.valueOf(e.getMessage())));
		}
	}
}
