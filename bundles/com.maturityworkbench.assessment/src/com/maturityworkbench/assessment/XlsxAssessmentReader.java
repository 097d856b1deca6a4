package com.maturityworkbench.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An assessment as an XLSX workbook: sheet {@value #INFO_SHEET} with one key/value row each (column A the key —
 * standard, revision, status, sector, tailored, scale — column B the value; a header row or further columns of
 * explanation are ignored), and one sheet per requirement table (表5, 表7 …) whose first non-empty row is the CSV
 * header ({@code clause_id,table,domain,subdomain,level,label,text,rating}) followed by one row per clause. Sheets
 * without that header (instructions) are ignored. Ratings may be numbers or text cells. Rows are reported by sheet
 * and row number as the spreadsheet shows them.
 */
public final class XlsxAssessmentReader {
	public static final String INFO_SHEET = "评估信息";
	/** Chinese labels accepted in column A of the information sheet. */
	private static final Map<String, String> ALIASES = Map.of("标准", AssessmentRows.STANDARD, "标准编号", AssessmentRows.STANDARD, "修订版",
			AssessmentRows.REVISION, "状态", AssessmentRows.STATUS, "企业类型", AssessmentRows.SECTOR, "行业", AssessmentRows.SECTOR, "裁剪",
			AssessmentRows.TAILORED, "裁剪项", AssessmentRows.TAILORED, "评分标准", AssessmentRows.SCALE);

	private XlsxAssessmentReader() {
	}

	public static AssessmentRows read(Path path, String file) throws AssessmentInputException {
		byte[] bytes = AssessmentFiles.readBytes(path, file);
		SourceLocation where = SourceLocation.file(file);
		if (bytes.length == 0) {
			throw new AssessmentInputException(new InputIssue(where, "empty file"));
		}
		if (ReadableWorkbook.isOLE2Header(bytes)) {
			throw new AssessmentInputException(new InputIssue(where, "an Excel 97-2003 workbook (.xls); save it as an .xlsx workbook"));
		}
		if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
			throw new AssessmentInputException(new InputIssue(where, "not an XLSX workbook (an XLSX file is a ZIP archive; is it CSV text named .xlsx?)"));
		}
		AssessmentRows rows = new AssessmentRows(file, "XLSX");
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			List<Sheet> sheets = wb.getSheets().toList();
			Optional<Sheet> info = sheets.stream().filter(s -> s.getName().strip().equals(INFO_SHEET)).findFirst();
			if (info.isEmpty()) {
				rows.issue(where, "no sheet " + INFO_SHEET + " (rows standard, revision, sector, tailored)");
			} else {
				info(rows, file, info.get());
			}
			int tables = 0;
			for (Sheet sheet : sheets) {
				if (sheet.getName().strip().equals(INFO_SHEET)) {
					continue;
				}
				if (requirements(rows, file, sheet)) {
					tables++;
				}
			}
			if (tables == 0) {
				rows.issue(where, "no sheet with the header row " + String.join(",", CsvAssessmentReader.COLUMNS) + " (one sheet per requirement table)");
			}
		} catch (IOException | RuntimeException e) {
			throw new AssessmentInputException(new InputIssue(where, "not a readable XLSX workbook (" + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
		}
		return rows;
	}

	private static void info(AssessmentRows rows, String file, Sheet sheet) throws IOException {
		for (Row row : sheet.read()) {
			String label = text(cell(row, 0)).strip();
			while (label.endsWith(":") || label.endsWith("：")) {
				label = label.substring(0, label.length() - 1).strip();
			}
			String key = ALIASES.getOrDefault(label, label.toLowerCase(Locale.ROOT));
			if (!AssessmentRows.KEYS.contains(key)) {
				continue;
			}
			SourceLocation where = SourceLocation.sheet(file, INFO_SHEET, row.getRowNum());
			String value = text(cell(row, 1)).strip();
			rows.put(key, value, where);
			if (key.equals(AssessmentRows.TAILORED)) {
				for (String id : AssessmentRows.splitTailored(value)) {
					rows.addTailored(id, where);
				}
			}
		}
	}

	/** Reads one requirement sheet; false when the sheet has no header row (not a requirement sheet). */
	private static boolean requirements(AssessmentRows rows, String file, Sheet sheet) throws IOException {
		String name = sheet.getName();
		int idColumn = -1;
		int ratingColumn = -1;
		int width = 0;
		for (Row row : sheet.read()) {
			if (isBlank(row)) {
				continue;
			}
			SourceLocation where = SourceLocation.sheet(file, name, row.getRowNum());
			if (idColumn < 0) {
				List<String> header = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					header.add(text(cell(row, c)).strip().toLowerCase(Locale.ROOT));
				}
				idColumn = header.indexOf(CsvAssessmentReader.CLAUSE_ID);
				ratingColumn = header.indexOf(CsvAssessmentReader.RATING);
				if (idColumn < 0 || ratingColumn < 0) {
					if (name.strip().matches("表\\s*\\d+")) {
						rows.issue(where, "expected the header row " + String.join(",", CsvAssessmentReader.COLUMNS) + " (at least clause_id and rating)");
					}
					return false;
				}
				width = lastNonEmpty(row) + 1;
				continue;
			}
			String clauseId = text(cell(row, idColumn)).strip();
			int used = lastNonEmpty(row) + 1;
			if (used > width) {
				List<String> extra = new ArrayList<>();
				for (int c = width; c < used; c++) {
					extra.add(text(cell(row, c)));
				}
				rows.issue(where, "the row has " + used + " columns, the header " + width + " (extra: \""
						+ CsvAssessmentReader.abbreviate(String.join(",", extra)) + "\")");
				rows.reject(clauseId);
				continue;
			}
			Cell rating = cell(row, ratingColumn);
			if (rating != null && (rating.getType() == CellType.ERROR || rating.getType() == CellType.BOOLEAN)) {
				rows.issue(where, "rating cell of clause \"" + clauseId + "\" holds " + (rating.getType() == CellType.ERROR ? "the error " : "the truth value ")
						+ rating.getText() + ", not a rating");
				rows.reject(clauseId);
				continue;
			}
			rows.addRow(clauseId, rating(rating), where);
		}
		return idColumn >= 0;
	}

	private static AssessmentRows.Rating rating(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return AssessmentRows.Rating.EMPTY;
		}
		String raw = cell.getRawValue() == null ? "" : cell.getRawValue().strip();
		if (cell.getType() == CellType.NUMBER || cell.getType() == CellType.FORMULA && raw.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
			try {
				return new AssessmentRows.Rating(raw, new BigDecimal(raw));
			} catch (NumberFormatException e) {
				return new AssessmentRows.Rating(raw, null);
			}
		}
		return new AssessmentRows.Rating(text(cell).strip(), null);
	}

	private static Cell cell(Row row, int column) {
		return column < row.getCellCount() ? row.getCell(column) : null;
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			return cell.getRawValue() == null ? "" : cell.getRawValue();
		}
		String t = cell.getText();
		return t == null ? "" : t;
	}

	private static boolean isBlank(Row row) {
		return lastNonEmpty(row) < 0;
	}

	private static int lastNonEmpty(Row row) {
		for (int c = row.getCellCount() - 1; c >= 0; c--) {
			if (!text(cell(row, c)).isBlank()) {
				return c;
			}
		}
		return -1;
	}
}
