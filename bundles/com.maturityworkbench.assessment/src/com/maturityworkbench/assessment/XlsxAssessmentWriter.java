package com.maturityworkbench.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import com.maturityworkbench.assessment.layout.RequirementColumn;
import com.maturityworkbench.assessment.layout.XlsxLayout;

/**
 * Writes an assessment as an XLSX workbook in the layout of {@link XlsxLayout}, with fastexcel: sheet
 * {@value XlsxLayout#INFO_SHEET} with one row per metadata key of {@link WrittenAssessment} (the layout marker
 * included), then one sheet per requirement table with the Chinese and the machine header of {@link RequirementColumn}
 * and one row per clause,
 * ratings as text. {@link XlsxAssessmentReader} reads it back to the same assessment.
 */
public final class XlsxAssessmentWriter {
	private XlsxAssessmentWriter() {
	}

	public static byte[] write(WrittenAssessment content) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook wb = new Workbook(bytes, "Maturity Workbench", "1.0");
			Worksheet info = wb.newWorksheet(XlsxLayout.INFO_SHEET);
			List<WrittenAssessment.Entry> entries = content.metadata();
			for (int r = 0; r < entries.size(); r++) {
				info.value(r, XlsxLayout.KEY_COLUMN, entries.get(r).key().key());
				info.value(r, XlsxLayout.VALUE_COLUMN, entries.get(r).value());
			}
			info.width(XlsxLayout.VALUE_COLUMN, 40);
			List<RequirementColumn> columns = RequirementColumn.of(WrittenAssessment.LAYOUT);
			List<WrittenAssessment.ClauseRow> rows = content.rows();
			for (String table : content.requirementTables()) {
				Worksheet sheet = wb.newWorksheet(XlsxLayout.sheetName(table));
				int r = 0;
				if (RequirementColumn.hasChineseHeader(WrittenAssessment.LAYOUT)) {
					for (int c = 0; c < columns.size(); c++) {
						sheet.value(r, c, columns.get(c).chinese());
					}
					r++;
				}
				for (int c = 0; c < columns.size(); c++) {
					sheet.value(r, c, columns.get(c).header());
				}
				r++;
				for (WrittenAssessment.ClauseRow row : rows) {
					if (!row.table().equals(table)) {
						continue;
					}
					for (int c = 0; c < row.cells().size(); c++) {
						sheet.value(r, c, row.cells().get(c));
					}
					r++;
				}
			}
			wb.finish();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}
}
