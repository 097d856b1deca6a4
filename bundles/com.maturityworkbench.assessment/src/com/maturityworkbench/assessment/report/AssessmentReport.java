package com.maturityworkbench.assessment.report;

import static com.maturityworkbench.assessment.report.HtmlReport.esc;

import java.util.List;

import com.maturityworkbench.scoring.i18n.Messages;

/**
 * {@code mwb report MODEL ASSESSMENT --out FILE.html}: the 评估报告 of 8.7.4 ({@link ReportDocument}) as one
 * self-contained, printable page: the parts as headings (h2, a composite's units h2 with their parts h3), 基本情况 as
 * a table of facts, the figures as tables and the charts as inline SVG ({@link SvgCharts}), the panel's own text of a
 * part after the computed one. This class only lays the document out.
 */
public final class AssessmentReport {
	private static final Messages M = ReportMessages.M;

	private AssessmentReport() {
	}

	public static String render(ScoreView v) {
		ReportDocument doc = ReportDocument.of(v);
		StringBuilder h = new StringBuilder();
		h.append("<!DOCTYPE html>\n<html lang=\"").append(M.text("html.lang")).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
				.append(esc(doc.title())).append("</title>\n<style>\n").append(HtmlReport.STYLE).append(WRITTEN_STYLE).append("</style>\n</head>\n<body>\n");
		h.append("<h1>").append(esc(doc.heading())).append("</h1>\n");
		for (ReportDocument.Block b : doc.blocks()) {
			block(h, b);
		}
		h.append("<p class=\"muted\">").append(esc(doc.note())).append("</p>\n</body>\n</html>\n");
		return h.toString();
	}

	private static final String WRITTEN_STYLE = """
			.written{border-left:4px solid #4a7fc1;padding:.2em .8em;margin:.6em 0;background:#f6f9fd}.written p{margin:.3em 0}td.unfilled{color:#999}
			""";

	private static void block(StringBuilder h, ReportDocument.Block block) {
		if (block instanceof ReportDocument.Heading x) {
			String tag = "h" + (x.level() + 1);
			h.append('<').append(tag).append(x.part() == null ? "" : " class=\"part-" + x.part() + "\"").append('>').append(esc(x.text())).append("</").append(tag).append(">\n");
		} else if (block instanceof ReportDocument.Paragraph x) {
			h.append("<p>").append(esc(x.text())).append("</p>\n");
		} else if (block instanceof ReportDocument.Bullets x) {
			h.append("<ul>\n");
			x.items().forEach(i -> h.append("<li>").append(esc(i)).append("</li>\n"));
			h.append("</ul>\n");
		} else if (block instanceof ReportDocument.Facts x) {
			h.append("<table class=\"facts\">\n<tbody>\n");
			for (ReportDocument.Fact f : x.facts()) {
				h.append("<tr><th>").append(esc(f.label())).append("</th><td").append(f.filled() ? "" : " class=\"unfilled\"").append('>').append(esc(f.value()).replace("\n", "<br>"))
						.append("</td></tr>\n");
			}
			h.append("</tbody>\n</table>\n");
		} else if (block instanceof ReportDocument.Table x) {
			table(h, x);
		} else if (block instanceof ReportDocument.LevelChart x) {
			h.append("<figure>\n").append(SvgCharts.levels(x.levels(), List.of(new SvgCharts.Series("A(i)", x.scores())), x.threshold(), x.title())).append("<figcaption>")
					.append(esc(x.title())).append("</figcaption>\n</figure>\n");
		} else if (block instanceof ReportDocument.DomainChart x) {
			h.append("<figure>\n").append(SvgCharts.domains(x.domains(), x.levels(), x.threshold(), x.title())).append("<figcaption>").append(esc(x.title()))
					.append("</figcaption>\n</figure>\n");
		} else if (block instanceof ReportDocument.Written x) {
			h.append("<div class=\"written\">\n<p><strong>").append(esc(x.label())).append("</strong></p>\n");
			for (String line : x.text().split("\\R")) {
				h.append("<p>").append(esc(line)).append("</p>\n");
			}
			h.append("</div>\n");
		}
	}

	private static void table(StringBuilder h, ReportDocument.Table t) {
		if (t.caption() != null) {
			h.append("<h3>").append(esc(t.caption())).append("</h3>\n");
		}
		h.append("<table>\n<thead><tr>");
		t.header().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
		h.append("</tr></thead>\n<tbody>\n");
		for (List<ReportDocument.Cell> row : t.rows()) {
			h.append("<tr>");
			for (ReportDocument.Cell c : row) {
				if (c.isNumber()) {
					h.append("<td class=\"n\" title=\"").append(esc(c.exact())).append("\">").append(esc(c.text())).append("</td>");
				} else {
					h.append("<td>").append(esc(c.text()).replace("\n", "<br>")).append("</td>");
				}
			}
			h.append("</tr>\n");
		}
		h.append("</tbody>\n</table>\n");
	}
}
