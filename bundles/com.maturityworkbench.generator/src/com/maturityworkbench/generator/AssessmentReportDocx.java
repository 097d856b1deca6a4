package com.maturityworkbench.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import com.maturityworkbench.assessment.report.ReportDocument;
import com.maturityworkbench.assessment.report.ReportDocument.Block;
import com.maturityworkbench.assessment.report.ReportDocument.Cell;
import com.maturityworkbench.assessment.report.ScoreView;
import com.maturityworkbench.assessment.report.ScoreView.DomainView;
import com.maturityworkbench.assessment.report.ScoreView.Num;
import com.maturityworkbench.poi.PoiContext;

/**
 * {@code mwb report MODEL ASSESSMENT --out FILE.docx}: the 评估报告 of 8.7.4 ({@link ReportDocument}, the same content
 * as the HTML page) as a Word document in the typography of {@link WordWriter}: A4, 宋体 text and 黑体 headings, the
 * parts as Word headings (Heading1/Heading2, listed by Word's navigation pane), 基本情况 as a two-column table, the
 * figures as tables with their header rows repeated, and the two charts as bar tables: one row per level (per domain
 * and level), the bar a run of {@value #BAR_CELLS} shaded cells of 1/{@value #BAR_CELLS} each, the threshold a red
 * line on the left edge of its cell — text and shading only, so that Word, WPS and LibreOffice show it alike and the
 * file stays byte-identical for the same assessment ({@link FixedZip}).
 */
public final class AssessmentReportDocx {
	/** The cells of a bar: each stands for 1/20 = 0.05 of a score. */
	static final int BAR_CELLS = 20;
	private static final int BAR_CELL_WIDTH = 230;
	private static final String BAR_FILL = "4A7FC1";
	private static final String THRESHOLD_COLOUR = "C00000";

	private AssessmentReportDocx() {
	}

	public static byte[] render(ScoreView view) {
		ReportDocument report = ReportDocument.of(view);
		return PoiContext.call(() -> {
			try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16)) {
				WordWriter w = new WordWriter(doc, List.of());
				w.headingStyles(3);
				var core = doc.getProperties().getCoreProperties();
				core.setTitle(report.title());
				core.setCreated(Optional.of(new Date(0)));
				w.paragraph(report.heading(), WordWriter.HEI, WordWriter.SIHAO + 4, ParagraphAlignment.CENTER).setSpacingAfter(360);
				for (Block b : report.blocks()) {
					block(w, b);
				}
				w.note(report.note());
				doc.write(out);
				return FixedZip.of(out.toByteArray());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private static void block(WordWriter w, Block block) {
		if (block instanceof ReportDocument.Heading x) {
			w.outlineHeading(x.text(), x.level());
		} else if (block instanceof ReportDocument.Paragraph x) {
			w.body(x.text());
		} else if (block instanceof ReportDocument.Bullets x) {
			x.items().forEach(i -> w.body("——" + i));
		} else if (block instanceof ReportDocument.Facts x) {
			facts(w, x);
		} else if (block instanceof ReportDocument.Table x) {
			table(w, x);
		} else if (block instanceof ReportDocument.LevelChart x) {
			levelChart(w, x);
		} else if (block instanceof ReportDocument.DomainChart x) {
			domainChart(w, x);
		} else if (block instanceof ReportDocument.Written x) {
			XWPFParagraph label = w.paragraph(x.label(), WordWriter.HEI, WordWriter.WUHAO, ParagraphAlignment.LEFT);
			label.setSpacingBefore(120);
			label.setKeepNext(true);
			for (String line : x.text().split("\\R")) {
				w.body(line);
			}
		}
	}

	private static void facts(WordWriter w, ReportDocument.Facts facts) {
		int label = 2600;
		XWPFTable t = w.grid(facts.facts().size(), new int[] { label, WordWriter.TEXT_WIDTH - label });
		for (int r = 0; r < facts.facts().size(); r++) {
			ReportDocument.Fact f = facts.facts().get(r);
			XWPFParagraph p = t.getRow(r).getCell(0).getParagraphs().get(0);
			WordWriter.run(p, f.label(), WordWriter.HEI, WordWriter.XIAOWU, false);
			List<org.apache.poi.xwpf.usermodel.XWPFRun> runs = lines(t.getRow(r).getCell(1), f.value());
			if (!f.filled()) {
				runs.forEach(run -> run.setColor("808080"));
			}
			t.getRow(r).setCantSplitRow(true);
		}
	}

	/** The cell's text in 宋体 小五, a line break for each line of it; its runs. */
	private static List<org.apache.poi.xwpf.usermodel.XWPFRun> lines(XWPFTableCell cell, String text) {
		List<org.apache.poi.xwpf.usermodel.XWPFRun> runs = new ArrayList<>();
		String[] lines = text.split("\\R", -1);
		XWPFParagraph p = cell.getParagraphs().get(0);
		for (int i = 0; i < lines.length; i++) {
			var run = WordWriter.run(i == 0 ? p : cell.addParagraph(), lines[i], WordWriter.SONG, WordWriter.XIAOWU, false);
			runs.add(run);
		}
		return runs;
	}

	private static void table(WordWriter w, ReportDocument.Table t) {
		if (t.caption() != null) {
			caption(w, t.caption());
		}
		XWPFTable table = w.table(t.rows().size() + 1, widths(t), t.header());
		for (int r = 0; r < t.rows().size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			row.setCantSplitRow(true);
			List<Cell> cells = t.rows().get(r);
			for (int c = 0; c < cells.size(); c++) {
				XWPFTableCell cell = row.getCell(c);
				Cell value = cells.get(c);
				lines(cell, value.text());
				cell.getParagraphs().forEach(p -> p.setAlignment(value.isNumber() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT));
			}
		}
		w.paragraph("", WordWriter.SONG, WordWriter.XIAOWU, ParagraphAlignment.LEFT);
	}

	/**
	 * Column widths by what the columns hold: each column the length of its longest line (header included, at least 4
	 * characters, at most 30), scaled to the text width.
	 */
	private static int[] widths(ReportDocument.Table t) {
		int[] chars = new int[t.header().size()];
		for (int c = 0; c < chars.length; c++) {
			chars[c] = Math.max(4, longestLine(t.header().get(c)));
			for (List<Cell> row : t.rows()) {
				chars[c] = Math.max(chars[c], longestLine(row.get(c).text()));
			}
			chars[c] = Math.min(30, chars[c]);
		}
		int total = java.util.Arrays.stream(chars).sum();
		int[] widths = new int[chars.length];
		for (int c = 0; c < chars.length; c++) {
			widths[c] = WordWriter.TEXT_WIDTH * chars[c] / total;
		}
		return widths;
	}

	/** A line's length in half-width characters (a CJK character counts two). */
	private static int longestLine(String text) {
		int longest = 0;
		for (String line : text.split("\\R")) {
			int n = line.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
			longest = Math.max(longest, n);
		}
		return (longest + 1) / 2 + 1;
	}

	private static void caption(WordWriter w, String text) {
		XWPFParagraph p = w.paragraph(text, WordWriter.HEI, WordWriter.WUHAO, ParagraphAlignment.CENTER);
		p.setKeepNext(true);
		p.setSpacingBefore(120);
		p.setSpacingAfter(120);
	}

	/** Figure 1: a row per level, its A(i) and its bar. */
	private static void levelChart(WordWriter w, ReportDocument.LevelChart chart) {
		caption(w, chart.title());
		int[] widths = barWidths(1200, 1200);
		XWPFTable t = w.grid(chart.levels().size(), widths);
		for (int r = 0; r < chart.levels().size(); r++) {
			XWPFTableRow row = t.getRow(r);
			WordWriter.cellText(row.getCell(0), chart.levels().get(r), ParagraphAlignment.CENTER);
			bar(row, 1, chart.scores().get(r), chart.threshold());
		}
		w.paragraph("", WordWriter.SONG, WordWriter.XIAOWU, ParagraphAlignment.LEFT);
	}

	/** Figure 2: per domain a row per level (the domain's cell merged down), B(i) and its bar. */
	private static void domainChart(WordWriter w, ReportDocument.DomainChart chart) {
		caption(w, chart.title());
		int levels = chart.levels().size();
		int[] bar = barWidths(1000, 900);
		int[] widths = new int[bar.length + 1];
		widths[0] = 1800;
		System.arraycopy(bar, 0, widths, 1, bar.length);
		widths[1] = 700;
		XWPFTable t = w.grid(chart.domains().size() * levels, widths);
		int r = 0;
		for (DomainView d : chart.domains()) {
			int first = r;
			for (int i = 0; i < levels; i++) {
				XWPFTableRow row = t.getRow(r);
				row.setCantSplitRow(true);
				WordWriter.cellText(row.getCell(0), i == 0 ? d.name() : "", ParagraphAlignment.CENTER);
				WordWriter.cellText(row.getCell(1), chart.levels().get(i), ParagraphAlignment.CENTER);
				bar(row, 2, d.scores().get(i), chart.threshold());
				r++;
			}
			WordWriter.mergeDown(t, 0, first, r - 1);
		}
		w.paragraph("", WordWriter.SONG, WordWriter.XIAOWU, ParagraphAlignment.LEFT);
	}

	/** The widths of a chart's columns: a label, the figure, then {@value #BAR_CELLS} bar cells. */
	private static int[] barWidths(int label, int figure) {
		int[] widths = new int[2 + BAR_CELLS];
		widths[0] = label;
		widths[1] = figure;
		for (int i = 0; i < BAR_CELLS; i++) {
			widths[2 + i] = BAR_CELL_WIDTH;
		}
		return widths;
	}

	/**
	 * The figure in cell {@code column} and its bar in the {@value #BAR_CELLS} cells after it: as many shaded as the
	 * score holds twentieths (rounded half up, at most all), the threshold's cell edged in red; no bar for no figure.
	 */
	private static void bar(XWPFTableRow row, int column, Num score, Num threshold) {
		WordWriter.cellText(row.getCell(column), score == null ? "—" : score.rounded(), ParagraphAlignment.RIGHT);
		int filled = score == null ? 0 : twentieths(score);
		int mark = twentieths(threshold);
		for (int i = 0; i < BAR_CELLS; i++) {
			XWPFTableCell cell = row.getCell(column + 1 + i);
			CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
			var borders = pr.addNewTcBorders();
			nil(borders.addNewTop());
			nil(borders.addNewBottom());
			nil(borders.addNewLeft());
			nil(borders.addNewRight());
			if (i < filled) {
				cell.setColor(BAR_FILL);
			}
			if (i == mark && mark < BAR_CELLS) {
				CTBorder left = borders.getLeft();
				left.setVal(STBorder.DASHED);
				left.setSz(BigInteger.valueOf(12));
				left.setColor(THRESHOLD_COLOUR);
			}
		}
	}

	private static void nil(CTBorder b) {
		b.setVal(STBorder.NIL);
	}

	/** A score in twentieths, rounded half up, between 0 and {@value #BAR_CELLS}. */
	static int twentieths(Num n) {
		int k = new BigDecimal(n.rounded()).multiply(BigDecimal.valueOf(BAR_CELLS)).setScale(0, RoundingMode.HALF_UP).intValue();
		return Math.max(0, Math.min(BAR_CELLS, k));
	}
}
