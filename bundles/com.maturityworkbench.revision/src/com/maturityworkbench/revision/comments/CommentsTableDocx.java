package com.maturityworkbench.revision.comments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import com.maturityworkbench.poi.PoiContext;

/**
 * Writes the 征求意见汇总处理表 ({@link CommentsTable}) as a Word document with Apache POI: A4 landscape, the title
 * centred in 黑体, then one table in the columns of {@link CommentColumns#SUMMARY_TABLE} whose header row (bold) is
 * repeated on every page, a row per comment, line breaks kept.
 */
public final class CommentsTableDocx {
	/** A4 landscape in twentieths of a point: 297 mm × 210 mm. */
	static final BigInteger PAGE_WIDTH = BigInteger.valueOf(16838);
	static final BigInteger PAGE_HEIGHT = BigInteger.valueOf(11906);
	private static final BigInteger MARGIN = BigInteger.valueOf(1134); // 2 cm
	private static final String[] WIDTHS = { "6%", "14%", "36%", "14%", "8%", "22%" };

	private CommentsTableDocx() {
	}

	public static byte[] write(String title, List<List<String>> rows) {
		try {
			return PoiContext.call(() -> render(title, rows));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] render(String title, List<List<String>> rows) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CTSectPr section = document.getDocument().getBody().addNewSectPr();
			CTPageSz size = section.addNewPgSz();
			size.setW(PAGE_WIDTH);
			size.setH(PAGE_HEIGHT);
			size.setOrient(STPageOrientation.LANDSCAPE);
			CTPageMar margins = section.addNewPgMar();
			margins.setTop(MARGIN);
			margins.setBottom(MARGIN);
			margins.setLeft(MARGIN);
			margins.setRight(MARGIN);
			XWPFParagraph heading = document.createParagraph();
			heading.setAlignment(ParagraphAlignment.CENTER);
			XWPFRun run = heading.createRun();
			run.setText(title);
			run.setBold(true);
			run.setFontSize(14);
			run.setFontFamily("黑体", XWPFRun.FontCharRange.eastAsia);
			List<String> header = CommentColumns.SUMMARY_TABLE;
			XWPFTable table = document.createTable(rows.size() + 1, header.size());
			table.setWidth("100%");
			XWPFTableRow head = table.getRow(0);
			head.setRepeatHeader(true);
			for (int c = 0; c < header.size(); c++) {
				cell(head.getCell(c), header.get(c), true, WIDTHS[c]);
			}
			for (int r = 0; r < rows.size(); r++) {
				XWPFTableRow row = table.getRow(r + 1);
				row.setCantSplitRow(true);
				for (int c = 0; c < header.size(); c++) {
					cell(row.getCell(c), rows.get(r).get(c), false, WIDTHS[c]);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	/** A cell's text, each line of it a line of the cell. */
	private static void cell(XWPFTableCell cell, String text, boolean bold, String width) {
		cell.setWidth(width);
		XWPFParagraph p = cell.getParagraphs().get(0);
		if (bold) {
			p.setAlignment(ParagraphAlignment.CENTER);
		}
		XWPFRun run = p.createRun();
		run.setBold(bold);
		run.setFontSize(10.5);
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
	}
}
