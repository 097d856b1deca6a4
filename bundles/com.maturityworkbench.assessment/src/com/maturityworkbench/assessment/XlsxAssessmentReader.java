package com.maturityworkbench.assessment;

import static com.maturityworkbench.assessment.ReaderMessages.M;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.assessment.layout.PanelColumns;
import com.maturityworkbench.assessment.layout.RequirementColumn;
import com.maturityworkbench.assessment.layout.TailoredList;
import com.maturityworkbench.assessment.layout.XlsxLayout;

/**
 * An assessment as an XLSX workbook ({@link XlsxLayout}) of any layout up to {@link LayoutVersion#CURRENT}: the
 * metadata rows of sheet {@value XlsxLayout#INFO_SHEET} (a header row or further columns of explanation are ignored),
 * then one sheet per requirement table. Sheets without the header row (instructions) are ignored, unless they are
 * named like a requirement table; hidden sheets are never read. Ratings may be numbers or text cells; a formula cell is
 * read by the value the file holds for it. Rows are reported by sheet and row number as
 * the spreadsheet shows them.
 */
public final class XlsxAssessmentReader {

	private XlsxAssessmentReader() {
	}

	public static AssessmentRows read(Path path, String file) throws AssessmentInputException {
		byte[] bytes = AssessmentFiles.readBytes(path, file);
		SourceLocation where = SourceLocation.file(file);
		if (bytes.length == 0) {
			throw new AssessmentInputException(new InputIssue(where, M.text("file.empty")));
		}
		if (ReadableWorkbook.isOLE2Header(bytes)) {
			throw new AssessmentInputException(new InputIssue(where, M.text("xlsx.xls")));
		}
		if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
			throw new AssessmentInputException(new InputIssue(where, M.text("xlsx.not-zip")));
		}
		XlsxArchiveCheck.check(path, file);
		AssessmentRows rows = new AssessmentRows(file, "XLSX");
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			// hidden sheets (lists for data validation, a template's helpers) are not the assessor's: never read
			List<Sheet> sheets = wb.getSheets().filter(s -> s.getVisibility() == null || s.getVisibility() == SheetVisibility.VISIBLE).toList();
			Optional<Sheet> info = sheets.stream().filter(s -> s.getName().strip().equals(XlsxLayout.INFO_SHEET)).findFirst();
			if (info.isEmpty()) {
				rows.issue(where, M.text("xlsx.no-info-sheet", XlsxLayout.INFO_SHEET));
			} else {
				info(rows, file, info.get());
			}
			LayoutVersion layout = rows.resolveLayout();
			int tables = 0;
			for (Sheet sheet : sheets) {
				if (sheet.getName().strip().equals(XlsxLayout.INFO_SHEET)) {
					continue;
				}
				if (requirements(rows, file, sheet, layout)) {
					tables++;
				}
			}
			if (tables == 0) {
				rows.issue(where, M.text("xlsx.no-requirement-sheet", RequirementColumn.headerLine(layout)));
				throw new AssessmentInputException(rows.issues()); // no row can be read: nothing more to say
			}
		} catch (IOException | RuntimeException e) {
			throw new AssessmentInputException(new InputIssue(where, M.text("xlsx.unreadable", XlsxArchiveCheck.reason(e))));
		}
		return rows;
	}

	private static void info(AssessmentRows rows, String file, Sheet sheet) throws IOException {
		for (Row row : sheet.read()) {
			String label = text(cell(row, XlsxLayout.KEY_COLUMN)).strip();
			while (label.endsWith(":") || label.endsWith("：")) {
				label = label.substring(0, label.length() - 1).strip();
			}
			Optional<MetadataKey> key = MetadataKey.byLabel(label);
			if (key.isEmpty()) {
				continue;
			}
			SourceLocation where = SourceLocation.sheet(file, XlsxLayout.INFO_SHEET, row.getRowNum());
			String value = text(cell(row, XlsxLayout.VALUE_COLUMN)).strip();
			if (key.get() == MetadataKey.TAILORED && rows.get(MetadataKey.TAILORED) != null) {
				TailoredList.split(value).forEach(id -> rows.addTailored(id, where)); // layout 4: one tailored row per subdomain
			} else {
				rows.putWithTailoring(key.get(), value, where);
			}
		}
	}

	/** Reads one requirement sheet; false when the sheet has no header row (not a requirement sheet). */
	private static boolean requirements(AssessmentRows rows, String file, Sheet sheet, LayoutVersion layout) throws IOException, AssessmentInputException {
		String name = sheet.getName();
		int idColumn = -1;
		int ratingColumn = -1;
		int evidenceColumn = -1;
		List<Integer> panelColumns = List.of();
		int width = 0;
		for (Row row : sheet.read()) {
			if (isBlank(row)) {
				continue;
			}
			SourceLocation where = SourceLocation.sheet(file, name, row.getRowNum());
			if (idColumn < 0) {
				List<String> header = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					header.add(text(cell(row, c)));
				}
				if (RequirementColumn.isChineseHeader(header)) {
					continue; // layout 4: the Chinese names of the columns, for the assessor
				}
				if (!RequirementColumn.isHeader(header)) {
					if (XlsxLayout.namedLikeRequirementTable(name)) {
						rows.issue(where, M.text("xlsx.header-expected", RequirementColumn.headerLine(layout)));
					}
					return false;
				}
				Optional<RequirementColumn.Repeated> repeated = RequirementColumn.repeatedReadColumn(header);
				if (repeated.isPresent()) {
					rows.issue(where, M.text("header.column-twice", repeated.get().column().header(), ReaderMessages.list(repeated.get().positions().stream().map(String::valueOf).toList())));
					throw new AssessmentInputException(rows.issues()); // which column holds the ratings cannot be told
				}
				idColumn = RequirementColumn.CLAUSE_ID.indexIn(header);
				ratingColumn = RequirementColumn.RATING.indexIn(header);
				evidenceColumn = RequirementColumn.EVIDENCE.indexIn(header);
				panelColumns = PanelColumns.indicesIn(header);
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
				rows.issue(where, M.text("xlsx.extra-columns", used, width, CsvAssessmentReader.abbreviate(String.join(",", extra))));
				rows.reject(clauseId);
				continue;
			}
			Cell rating = cell(row, ratingColumn);
			if (rating != null && (rating.getType() == CellType.ERROR || rating.getType() == CellType.BOOLEAN)) {
				rows.issue(where, M.text(rating.getType() == CellType.ERROR ? "xlsx.error-cell" : "xlsx.boolean-cell", clauseId, rating.getText()));
				rows.reject(clauseId);
				continue;
			}
			if (rating != null && rating.getType() == CellType.FORMULA && (rating.getRawValue() == null || rating.getRawValue().isBlank())) {
				rows.issue(where, M.text("xlsx.formula-no-value", clauseId, rating.getFormula() == null ? "" : rating.getFormula()));
				rows.reject(clauseId);
				continue;
			}
			rows.addRow(clauseId, rating(rating), where);
			if (evidenceColumn >= 0) {
				rows.addEvidence(clauseId, text(cell(row, evidenceColumn)));
			}
			List<AssessmentRows.Rating> panel = new ArrayList<>();
			for (int c : panelColumns) {
				panel.add(rating(cell(row, c)));
			}
			rows.addPanel(clauseId, panel);
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
