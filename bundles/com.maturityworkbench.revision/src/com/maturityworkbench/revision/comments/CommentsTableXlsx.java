package com.maturityworkbench.revision.comments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the 征求意见汇总处理表 ({@link CommentsTable}) as an XLSX workbook with fastexcel, as the assessment templates are
 * written: one sheet, the title in row 1, the header of {@link CommentColumns#SUMMARY_TABLE} in row 2 (bold, repeated
 * on every printed page), a row per comment, text wrapped, A4 landscape.
 */
public final class CommentsTableXlsx {
	private static final int[] WIDTHS = { 6, 22, 60, 18, 10, 40 };

	private CommentsTableXlsx() {
	}

	public static byte[] write(String title, List<List<String>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook wb = new Workbook(bytes, "Maturity Workbench", "1.0");
			Worksheet sheet = wb.newWorksheet(CommentColumns.SUMMARY_TABLE_NAME);
			sheet.value(0, 0, title);
			sheet.range(0, 0, 0, CommentColumns.SUMMARY_TABLE.size() - 1).merge();
			sheet.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
			List<String> header = CommentColumns.SUMMARY_TABLE;
			for (int c = 0; c < header.size(); c++) {
				sheet.value(1, c, header.get(c));
				sheet.style(1, c).bold().horizontalAlignment("center").borderStyle("thin").set();
				sheet.width(c, WIDTHS[c]);
			}
			for (int r = 0; r < rows.size(); r++) {
				List<String> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					sheet.value(r + 2, c, row.get(c));
					sheet.style(r + 2, c).wrapText(true).verticalAlignment("top").borderStyle("thin").set();
				}
			}
			sheet.repeatRows(1, 1);
			sheet.pageOrientation("landscape");
			sheet.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
			wb.finish();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}
}
