package com.maturityworkbench.generator;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The typography of GB/T 1.1-2020 on a POI document: A4 pages, 宋体 text and 黑体 headings (East Asian fonts set, Times
 * New Roman for Latin text), 五号 body and 小五 tables and notes, table captions centred above their tables, header
 * rows repeated on every page, merged cells. One concern: how things look; what is written is {@link DocxDoc}'s.
 */
final class WordWriter {
	static final String SONG = "宋体";
	static final String HEI = "黑体";
	static final String LATIN = "Times New Roman";
	/** Half-points: 五号 10.5 pt, 小五 9 pt, 四号 14 pt, 一号 26 pt. */
	static final int WUHAO = 21;
	static final int XIAOWU = 18;
	static final int SIHAO = 28;
	static final int YIHAO = 52;
	/** A4 in twentieths of a point, margins of the standard's template (25 mm top and inside, 20 mm else). */
	private static final int A4_WIDTH = 11906;
	private static final int A4_HEIGHT = 16838;
	private static final int MARGIN_25 = 1417;
	private static final int MARGIN_20 = 1134;
	static final int TEXT_WIDTH = A4_WIDTH - MARGIN_25 - MARGIN_20;

	final XWPFDocument doc;

	WordWriter(XWPFDocument doc) {
		this(doc, List.of(DocxLayout.STYLE_LEAD_IN, DocxLayout.STYLE_CLAUSE, DocxLayout.STYLE_CONTINUATION, DocxLayout.STYLE_CLAUSE_NOTE,
				DocxLayout.STYLE_CLAUSE_EXAMPLE, DocxLayout.STYLE_CELL_NOTE, DocxLayout.STYLE_CELL_EXAMPLE, DocxLayout.STYLE_EMPTY, DocxLayout.STYLE_LISTED, DocxLayout.STYLE_CAPTION));
	}

	/** A4 pages with the standard's margins and the paragraph styles {@code styleIds} (empty ones, named as their id). */
	WordWriter(XWPFDocument doc, List<String> styleIds) {
		this.doc = doc;
		CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_WIDTH));
		size.setH(BigInteger.valueOf(A4_HEIGHT));
		CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
		mar.setTop(BigInteger.valueOf(MARGIN_25));
		mar.setBottom(BigInteger.valueOf(MARGIN_20));
		mar.setLeft(BigInteger.valueOf(MARGIN_25));
		mar.setRight(BigInteger.valueOf(MARGIN_20));
		XWPFStyles styles = doc.createStyles();
		for (String id : styleIds) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId(id);
			style.addNewName().setVal(id);
			style.setType(STStyleType.PARAGRAPH);
			styles.addStyle(new XWPFStyle(style));
		}
	}

	/**
	 * Word's heading styles {@code Heading1} … {@code Heading<levels>} (named "heading 1" …, with their outline level),
	 * so that Word's navigation pane and table of contents list the headings that use them.
	 */
	void headingStyles(int levels) {
		XWPFStyles styles = doc.createStyles();
		for (int level = 1; level <= levels; level++) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId(HEADING_STYLE + level);
			style.addNewName().setVal("heading " + level);
			style.setType(STStyleType.PARAGRAPH);
			style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
			styles.addStyle(new XWPFStyle(style));
		}
	}

	/** The style id prefix of {@link #headingStyles}. */
	static final String HEADING_STYLE = "Heading";

	/** A heading of {@link #headingStyles} in 黑体: level 1 in 四号, deeper levels in 五号, kept with what follows. */
	XWPFParagraph outlineHeading(String text, int level) {
		XWPFParagraph p = paragraph(text, HEI, level == 1 ? SIHAO : WUHAO, ParagraphAlignment.LEFT);
		p.setStyle(HEADING_STYLE + level);
		p.setSpacingBefore(level == 1 ? 360 : 200);
		p.setSpacingAfter(120);
		p.setKeepNext(true);
		return p;
	}

	/** Sets 宋体/黑体 (East Asian) with Times New Roman for Latin text, and the size in half-points. */
	static void font(XWPFRun run, String eastAsian, int halfPoints) {
		CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
		fonts.setEastAsia(eastAsian);
		fonts.setAscii(LATIN);
		fonts.setHAnsi(LATIN);
		run.setFontSize(halfPoints / 2.0);
	}

	XWPFParagraph paragraph(String text, String eastAsian, int halfPoints, ParagraphAlignment align) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(align);
		run(p, text, eastAsian, halfPoints, false);
		return p;
	}

	/** A body paragraph (宋体 五号, first line indented by two characters). */
	XWPFParagraph body(String text) {
		XWPFParagraph p = paragraph(text, SONG, WUHAO, ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(2 * WUHAO * 10);
		return p;
	}

	/** 注：… in 小五, as the standard sets notes. */
	XWPFParagraph note(String text) {
		XWPFParagraph p = paragraph(text, SONG, XIAOWU, ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(2 * WUHAO * 10);
		return p;
	}

	/** A chapter (level 1) or clause heading: 黑体 五号, numbered as the standard numbers it. */
	XWPFParagraph heading(String number, String title, boolean pageBreak) {
		XWPFParagraph p = paragraph(number + "　" + title, HEI, WUHAO, ParagraphAlignment.LEFT);
		p.setPageBreak(pageBreak);
		p.setSpacingBefore(240);
		p.setSpacingAfter(240);
		p.setKeepNext(true);
		return p;
	}

	/** An annex heading: 附　录　A, （规范性）/（资料性）, its title, centred on a new page. */
	void annex(String heading, String kind, String title) {
		XWPFParagraph p = paragraph(heading, HEI, WUHAO, ParagraphAlignment.CENTER);
		p.setPageBreak(true);
		p.setKeepNext(true);
		paragraph(kind, HEI, WUHAO, ParagraphAlignment.CENTER).setKeepNext(true);
		XWPFParagraph t = paragraph(title, HEI, WUHAO, ParagraphAlignment.CENTER);
		t.setSpacingAfter(240);
		t.setKeepNext(true);
	}

	/** 表N title, centred above its table in 黑体 五号 and kept with it. */
	void caption(String id, String title) {
		XWPFParagraph p = paragraph(id + "　" + (title == null ? "" : title), HEI, WUHAO, ParagraphAlignment.CENTER);
		p.setStyle(DocxLayout.STYLE_CAPTION);
		p.setKeepNext(true);
		p.setSpacingBefore(120);
		p.setSpacingAfter(120);
	}

	/** A formula centred with its number right-aligned: "A = Σ(Bᵢ × α)    （1）". */
	void formula(String text, String number) {
		XWPFParagraph p = doc.createParagraph();
		CTTabStop centre = p.getCTP().addNewPPr().addNewTabs().addNewTab();
		centre.setVal(STTabJc.CENTER);
		centre.setPos(BigInteger.valueOf(TEXT_WIDTH / 2));
		CTTabStop right = p.getCTP().getPPr().getTabs().addNewTab();
		right.setVal(STTabJc.RIGHT);
		right.setPos(BigInteger.valueOf(TEXT_WIDTH));
		XWPFRun r = p.createRun();
		font(r, SONG, WUHAO);
		r.addTab();
		r.setText(text);
		r.addTab();
		r.setText(DocText.t("doc.formula-number", number));

	}

	static XWPFRun run(XWPFParagraph p, String text, String eastAsian, int halfPoints, boolean bold) {
		XWPFRun r = p.createRun();
		font(r, eastAsian, halfPoints);
		r.setBold(bold);
		r.setText(text == null ? "" : text);
		return r;
	}

	/** A full-width bordered table with the given column widths (twips); row 0 is the header, repeated on every page. */
	XWPFTable table(int rows, int[] widths, List<String> header) {
		XWPFTable t = grid(rows, widths);
		XWPFTableRow head = t.getRow(0);
		head.setRepeatHeader(true);
		head.setCantSplitRow(true);
		for (int c = 0; c < header.size(); c++) {
			XWPFParagraph p = head.getCell(c).getParagraphs().get(0);
			p.setAlignment(ParagraphAlignment.CENTER);
			run(p, header.get(c), HEI, XIAOWU, false);
		}
		return t;
	}

	/** A full-width bordered table with the given column widths (twips), without a header row. */
	XWPFTable grid(int rows, int[] widths) {
		XWPFTable t = doc.createTable(rows, widths.length);
		t.setTableAlignment(TableRowAlign.CENTER);
		CTTblWidth w = t.getCTTbl().getTblPr().isSetTblW() ? t.getCTTbl().getTblPr().getTblW() : t.getCTTbl().getTblPr().addNewTblW();
		w.setType(STTblWidth.DXA);
		w.setW(BigInteger.valueOf(TEXT_WIDTH));
		var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
		for (int c = 0; c < widths.length; c++) {
			(c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol()).setW(BigInteger.valueOf(widths[c]));
		}
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < widths.length; c++) {
				t.getRow(r).getCell(c).setWidth(String.valueOf(widths[c]));
			}
		}
		return t;
	}

	/** Text of a table cell in 宋体 小五 (its first paragraph). */
	static XWPFParagraph cellText(XWPFTableCell cell, String text, ParagraphAlignment align) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		p.setAlignment(align);
		run(p, text, SONG, XIAOWU, false);
		return p;
	}

	/** A further paragraph of a cell, with its style (the import reads it). */
	static XWPFParagraph cellParagraph(XWPFTableCell cell, boolean first, String style) {
		XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
		p.setStyle(style);
		p.setAlignment(ParagraphAlignment.BOTH);
		return p;
	}

	/** Merges cells of column {@code column} from row {@code from} to {@code to} (inclusive) vertically. */
	static void mergeDown(XWPFTable table, int column, int from, int to) {
		if (to <= from) {
			return;
		}
		for (int r = from; r <= to; r++) {
			var pr = table.getRow(r).getCell(column).getCTTc();
			var tcPr = pr.isSetTcPr() ? pr.getTcPr() : pr.addNewTcPr();
			tcPr.addNewVMerge().setVal(r == from ? STMerge.RESTART : STMerge.CONTINUE);
		}
	}
}
