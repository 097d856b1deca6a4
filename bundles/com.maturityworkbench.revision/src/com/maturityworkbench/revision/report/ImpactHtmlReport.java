package com.maturityworkbench.revision.report;

import static com.maturityworkbench.revision.report.DiffTexts.M;
import static com.maturityworkbench.revision.report.ImpactTexts.n;
import static com.maturityworkbench.revision.report.ImpactTexts.n6;

import java.util.Locale;

import com.maturityworkbench.scoring.html.Html;
import com.maturityworkbench.revision.simulate.ImpactReport;
import com.maturityworkbench.revision.simulate.ImpactReport.Attribution;
import com.maturityworkbench.revision.simulate.ImpactReport.Effect;
import com.maturityworkbench.revision.simulate.ImpactReport.Sensitivity;
import com.maturityworkbench.revision.simulate.Population.Unreadable;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * The impact simulation as one self-contained HTML page (no script, no external resource): the summary, the level
 * transition heatmap and the histograms of S before and after as inline SVG with the standard's Chinese labels, the
 * matrices per sector, the attribution and the sensitivity as tables; printable on A4. Texts are escaped by the same
 * escaper as the diff's page (Guava's).
 */
public final class ImpactHtmlReport {
	private static final String FONT = "\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif";
	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="%s">
			<head>
			<meta charset="UTF-8">
			<title>%s</title>
			<style>
			@page{size:A4;margin:15mm}
			body{font-family:%s;margin:2em;color:#222;max-width:60em}
			h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}
			table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.2em .5em;vertical-align:top}
			th{background:#f0f0f0}td.n{text-align:right;font-variant-numeric:tabular-nums}td.diag{font-weight:bold}
			svg{max-width:100%%;height:auto;display:block;margin:.5em 0}.note{color:#555;font-size:.9em}
			@media print{body{margin:0;max-width:none}h2{break-after:avoid}svg,table{break-inside:avoid}}
			</style>
			</head>
			<body>
			<h1>%s</h1>
			%s</body>
			</html>
			""";

	private ImpactHtmlReport() {
	}

	public static String of(ImpactReport r) {
		String title = M.text("sim.title", r.oldRevision(), r.newRevision());
		StringBuilder body = new StringBuilder();
		summary(body, r);
		body.append("<h2>").append(e(M.text("html.sim.heatmap"))).append("</h2>\n").append(heatmap(r, r.transitions().get(ImpactReport.ALL)));
		body.append("<h2>").append(e(M.text("html.sim.histogram"))).append("</h2>\n").append(histogram(r));
		for (String key : r.transitions().keySet()) {
			body.append("<h2>").append(e(M.text("sim.matrix", ImpactTexts.group(key)))).append("</h2>\n");
			matrix(body, r, r.transitions().get(key));
		}
		if (r.attribution() != null) {
			attribution(body, r.attribution());
		}
		if (r.sensitivity() != null) {
			sensitivity(body, r);
		} else if (r.sensitivityScope() != null) {
			body.append("<p class=\"note\">").append(e(ImpactTexts.sensitivityScope(r))).append("</p>\n");
		}
		ImpactReport.Timings t = r.millis();
		body.append("<p class=\"note\">").append(e(M.text("sim.times", t.generation(), t.generationCpu(), t.scoring(), t.scoringCpu(), t.attribution(), t.attributionCpu(), t.sensitivity(),
				t.sensitivityCpu()))).append("</p>\n");
		return String.format(Locale.ROOT, PAGE, Language.current() == Language.EN ? "en" : "zh-CN", e(title), FONT, e(title), body);
	}

	private static void summary(StringBuilder h, ImpactReport r) {
		h.append("<h2>").append(e(M.text("html.sim.summary"))).append("</h2>\n<p>")
				.append(e(M.text("sim.population", ImpactTexts.population(r), r.enterprises(), r.composites()))).append("</p>\n<p>")
				.append(e(M.text("sim.drawn", r.drawnRatings())));
		if (r.drawnRatings() > 0) {
			h.append("<br><span class=\"note\">").append(e(ImpactTexts.drawnHow(r))).append("</span>");
		}
		h.append("</p>\n");
		ImpactReport.DeltaStatistics d = r.delta();
		h.append("<p>").append(e(M.text("sim.delta", n(d.mean()), n(d.min()), n(d.p10()), n(d.p50()), n(d.p90()), n(d.max()), d.up(), d.down(), d.same())))
				.append("</p>\n");
		if (!r.unreadable().isEmpty()) {
			h.append("<p>").append(e(M.text("sim.unreadable", r.unreadable().size()))).append("</p>\n<ul>\n");
			for (Unreadable u : r.unreadable()) {
				for (String p : u.problems()) {
					h.append("<li>").append(e(u.file())).append("：").append(e(p)).append("</li>\n");
				}
			}
			h.append("</ul>\n");
		}
	}

	/** The transition matrix as a heatmap: the darker, the more enterprises (square root scale); counts written in the cells. */
	static String heatmap(ImpactReport r, int[][] m) {
		int cell = 56;
		int left = 90;
		int top = 60;
		int size = m.length;
		int max = 1;
		for (int[] row : m) {
			for (int v : row) {
				max = Math.max(max, v);
			}
		}
		StringBuilder s = new StringBuilder();
		int width = left + cell * size + 10;
		int height = top + cell * size + 10;
		s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" font-family=\"%s\" font-size=\"13\">\n",
				width, height, width, height, FONT.replace('"', '\'')));
		s.append(text(left + cell * size / 2, 16, "middle", M.text("html.sim.new-level")));
		s.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\">%s</text>\n", top + cell * size / 2,
				top + cell * size / 2, e(M.text("html.sim.old-level"))));
		for (int j = 0; j < size; j++) {
			s.append(text(left + j * cell + cell / 2, top - 10, "middle", ImpactTexts.level(r, j)));
			s.append(text(left - 8, top + j * cell + cell / 2 + 5, "end", ImpactTexts.level(r, j)));
		}
		for (int i = 0; i < size; i++) {
			for (int j = 0; j < size; j++) {
				double shade = m[i][j] == 0 ? 0 : Math.sqrt((double) m[i][j] / max);
				int light = (int) Math.round(255 - 200 * shade);
				s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"rgb(%d,%d,255)\" stroke=\"%s\" stroke-width=\"%d\"/>\n",
						left + j * cell, top + i * cell, cell, cell, light, light, i == j ? "#333" : "#bbb", i == j ? 2 : 1));
				s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%d</text>\n", left + j * cell + cell / 2,
						top + i * cell + cell / 2 + 5, shade > 0.6 ? "#fff" : "#000", m[i][j]));
			}
		}
		return s.append("</svg>\n").toString();
	}

	/** The distribution of S under both revisions as paired bars per bin of 0.25, with a legend. */
	static String histogram(ImpactReport r) {
		int[] before = r.oldHistogram();
		int[] after = r.newHistogram();
		int max = 1;
		for (int b = 0; b < before.length; b++) {
			max = Math.max(max, Math.max(before[b], after[b]));
		}
		int bar = 12;
		int left = 60;
		int top = 30;
		int plot = 220;
		int width = left + before.length * (2 * bar + 6) + 20;
		int height = top + plot + 50;
		StringBuilder s = new StringBuilder();
		s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" font-family=\"%s\" font-size=\"12\">\n",
				width, height, width, height, FONT.replace('"', '\'')));
		s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"12\" height=\"12\" fill=\"#8a8fa0\"/>", left));
		s.append(text(left + 16, 18, "start", M.text("sim.histogram.old")));
		s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"12\" height=\"12\" fill=\"#2f6fd0\"/>", left + 130));
		s.append(text(left + 146, 18, "start", M.text("sim.histogram.new")));
		s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>\n", left, top + plot, width - 10, top + plot));
		s.append(text(left - 6, top + 10, "end", String.valueOf(max)));
		s.append(text(left - 6, top + plot, "end", "0"));
		s.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\">%s</text>\n", top + plot / 2,
				top + plot / 2, e(M.text("sim.histogram.count"))));
		for (int b = 0; b < before.length; b++) {
			int x = left + 4 + b * (2 * bar + 6);
			int h0 = (int) Math.round((double) plot * before[b] / max);
			int h1 = (int) Math.round((double) plot * after[b] / max);
			s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#8a8fa0\"><title>%d</title></rect>", x, top + plot - h0,
					bar, h0, before[b]));
			s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#2f6fd0\"><title>%d</title></rect>\n", x + bar,
					top + plot - h1, bar, h1, after[b]));
			if (b % 4 == 0) {
				s.append(text(x, top + plot + 16, "middle", ImpactTexts.n2(b * ImpactReport.BIN)));
			}
		}
		s.append(text(left + 4 + before.length * (2 * bar + 6), top + plot + 16, "middle", ImpactTexts.n2(before.length * ImpactReport.BIN)));
		s.append(text((left + width) / 2, top + plot + 40, "middle", M.text("sim.histogram.axis")));
		return s.append("</svg>\n").toString();
	}

	private static void matrix(StringBuilder h, ImpactReport r, int[][] m) {
		h.append("<table>\n<tr><th></th>");
		for (int j = 0; j < m.length; j++) {
			h.append("<th>").append(e(ImpactTexts.level(r, j))).append("</th>");
		}
		h.append("</tr>\n");
		for (int i = 0; i < m.length; i++) {
			h.append("<tr><th>").append(e(ImpactTexts.level(r, i))).append("</th>");
			for (int j = 0; j < m.length; j++) {
				h.append(i == j ? "<td class=\"n diag\">" : "<td class=\"n\">").append(m[i][j]).append("</td>");
			}
			h.append("</tr>\n");
		}
		h.append("</table>\n");
	}

	private static void attribution(StringBuilder h, Attribution a) {
		h.append("<h2>").append(e(M.text("sim.attribution"))).append("</h2>\n<p class=\"note\">").append(e(M.text("sim.attribution.definition")))
				.append("</p>\n<table>\n<tr><th>").append(e(M.text("html.sim.table.kind"))).append("</th><th>").append(e(M.text("html.sim.table.change")))
				.append("</th><th>").append(e(M.text("html.sim.table.values"))).append("</th><th>").append(e(M.text("html.sim.table.mean")))
				.append("</th><th>").append(e(M.text("html.sim.table.up"))).append("</th><th>").append(e(M.text("html.sim.table.down")))
				.append("</th></tr>\n");
		for (Effect x : a.effects()) {
			h.append("<tr><td>").append(e(ImpactTexts.kind(x.change().kind()))).append("</td><td>").append(e(x.change().subject())).append("</td><td>")
					.append(e(ImpactTexts.values(x.change()))).append("</td><td class=\"n\">").append(n6(x.meanDelta())).append("</td><td class=\"n\">")
					.append(x.up()).append("</td><td class=\"n\">").append(x.down()).append("</td></tr>\n");
		}
		h.append("</table>\n<p>").append(e(M.text("sim.attribution.total", n6(a.total().meanDelta()), a.total().up(), a.total().down())))
				.append("<br>").append(e(M.text("sim.attribution.remainder", n6(a.remainderMean()), a.remainderMoved())));
		if (!a.unattributed().isEmpty()) {
			h.append("<br>").append(e(M.text("sim.attribution.unattributed", String.join("、", a.unattributed().stream().map(ImpactTexts::kind).toList()))));
		}
		h.append("</p>\n");
	}

	private static void sensitivity(StringBuilder h, ImpactReport r) {
		h.append("<h2>").append(e(M.text("sim.sensitivity"))).append("</h2>\n<p class=\"note\">").append(e(M.text("sim.sensitivity.definition")))
				.append(ImpactTexts.isSample(r) ? " " + e(ImpactTexts.sensitivityScope(r)) : "").append("</p>\n<table>\n<tr><th>").append(e(M.text("html.sim.table.subdomain"))).append("</th><th>")
				.append(e(M.text("html.sim.table.weight"))).append("</th><th>").append(e(M.text("html.sim.table.sensitivity"))).append("</th><th>")
				.append(e(M.text("html.sim.table.enterprises"))).append("</th><th>").append(e(M.text("html.sim.table.up"))).append("</th><th>")
				.append(e(M.text("html.sim.table.down"))).append("</th></tr>\n");
		for (Sensitivity s : r.sensitivity()) {
			h.append("<tr><td>").append(e(s.table() + " " + s.domain() + " / " + s.subdomain())).append("</td><td class=\"n\">")
					.append(e(ImpactTexts.weight(s.weight()))).append("</td><td class=\"n\">").append(n6(s.meanDelta())).append("</td><td class=\"n\">")
					.append(s.enterprises()).append("</td><td class=\"n\">").append(s.up()).append("</td><td class=\"n\">").append(s.down())
					.append("</td></tr>\n");
		}
		h.append("</table>\n");
	}

	private static String text(int x, int y, String anchor, String label) {
		return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>\n", x, y, anchor, e(label));
	}

	private static String e(String s) {
		return Html.escape(s);
	}
}
