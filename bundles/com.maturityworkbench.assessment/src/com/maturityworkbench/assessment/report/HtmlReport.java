package com.maturityworkbench.assessment.report;

import java.util.List;

import com.maturityworkbench.assessment.report.ScoreView.DeterminationView;
import com.maturityworkbench.assessment.report.ScoreView.DomainView;
import com.maturityworkbench.assessment.report.ScoreView.DraftGapView;
import com.maturityworkbench.assessment.report.ScoreView.LevelView;
import com.maturityworkbench.assessment.report.ScoreView.NextGapView;
import com.maturityworkbench.assessment.report.ScoreView.Num;
import com.maturityworkbench.assessment.report.ScoreView.ResultView;
import com.maturityworkbench.assessment.report.ScoreView.SubdomainView;
import com.maturityworkbench.assessment.report.ScoreView.TypeView;
import com.maturityworkbench.assessment.report.ScoreView.UnitView;

/**
 * {@code mwb score --format html}: one self-contained UTF-8 page (inline style, no script, no external resource)
 * with a CJK font stack, for a browser or for pasting into a report. Pure: view in, page out.
 */
public final class HtmlReport {
	private static final String STYLE = """
			body{font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;margin:2em auto;max-width:72em;color:#222;line-height:1.45}
			h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}h3{font-size:1.05em}
			table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.2em .6em}th{background:#f3f3f3;text-align:left}
			td.n{text-align:right;font-variant-numeric:tabular-nums}td.met{background:#e7f5e7}td.not{background:#fbeaea}
			.bar{display:inline-block;height:.7em;background:#4a7fc1;vertical-align:middle}.muted{color:#777}.big{font-size:1.3em;font-weight:bold}
			details{margin:.4em 0}summary{cursor:pointer;font-weight:bold}
			""";

	private HtmlReport() {
	}

	public static String render(ScoreView v) {
		StringBuilder h = new StringBuilder();
		h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc("成熟度评分 — " + v.file()))
				.append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
		h.append("<h1>数字化转型成熟度评分 · Maturity score</h1>\n<p>").append(esc(v.standard())).append(" · revision <b>").append(esc(v.revision()))
				.append("</b> (").append(esc(v.status())).append(")<br>assessment <code>").append(esc(v.file())).append("</code> (").append(esc(v.format()))
				.append(")</p>\n");
		if (v.isComposite()) {
			composite(h, v);
		} else {
			enterprise(h, v.single());
		}
		h.append("<h2>成熟度等级 · Level</h2>\n");
		levels(h, v.applied(), v.other(), v.metRule());
		h.append("<p>").append(v.applied().progressive() ? "Reading applied: <b>progressive on</b> — a level counts as met only when every lower level is met"
				: "Reading applied: <b>progressive off</b> — every level counts on its own (formulas of 9.1-9.2)");
		h.append(v.progressiveOverridden() ? " (chosen with <code>--progressive</code>; the revision declares " + (v.progressiveDeclared() ? "on" : "off") + ")."
				: " (declared by the revision; <code>--progressive " + (v.applied().progressive() ? "off" : "on") + "</code> applies the other reading).");
		h.append("</p>\n");
		if (v.isComposite()) {
			for (UnitView u : v.composite().units()) {
				h.append("<details>\n<summary>").append(esc("unit " + u.name() + " · " + u.sector() + " · S = " + u.result().applied().total().rounded() + " → "
						+ u.result().applied().levelLabel())).append("</summary>\n");
				h.append("<p class=\"muted\">").append(esc(u.source() + " (" + u.format() + "), share " + u.share().rounded())).append("</p>\n");
				enterprise(h, u.result());
				levels(h, u.result().applied(), u.result().other(), v.metRule());
				details(h, v.levelNames(), u.result());
				h.append("</details>\n");
			}
		} else {
			details(h, v.levelNames(), v.single());
		}
		h.append("<p class=\"muted\">").append(esc(v.rounding())).append("</p>\n</body>\n</html>\n");
		return h.toString();
	}

	private static void enterprise(StringBuilder h, ResultView r) {
		h.append("<p>sector <b>").append(esc(r.sector())).append("</b>; ")
				.append(r.tailored().isEmpty() ? "nothing tailored" : "tailored: " + esc(String.join(", ", r.tailored()))).append("; ").append(r.ratings())
				.append(" clauses rated");
		if (r.ratedNotScored() > 0) {
			h.append(" (").append(r.ratedNotScored()).append(" in requirement rows without weight: not scored)");
		}
		h.append("</p>\n");
	}

	private static void composite(StringBuilder h, ScoreView v) {
		var c = v.composite();
		h.append("<p>composite enterprise (Annex A): ").append(c.units().size()).append(" units, output ").append(esc(c.outputBasis()))
				.append(", A(i) of a type's units aggregated by <b>").append(esc(c.aggregation())).append("</b> (declared by the revision).</p>\n");
		h.append("<table>\n<tr><th>type</th><th>weight</th><th>units</th>");
		v.levelNames().forEach(n -> h.append("<th>A ").append(esc(n)).append("</th>"));
		h.append("</tr>\n");
		for (TypeView t : c.types()) {
			h.append("<tr><td>").append(esc(t.sector())).append("</td>").append(num(t.weight())).append("<td>").append(esc(String.join(", ", t.units())))
					.append("</td>");
			t.aggregated().forEach(a -> h.append(num(a)));
			h.append("</tr>\n");
		}
		h.append("</table>\n<table>\n<tr><th>unit</th><th>type</th><th>output</th><th>share</th>");
		v.levelNames().forEach(n -> h.append("<th>A ").append(esc(n)).append("</th>"));
		h.append("<th>S</th><th>level</th></tr>\n");
		for (UnitView u : c.units()) {
			h.append("<tr><td>").append(esc(u.name())).append("</td><td>").append(esc(u.sector())).append("</td><td class=\"n\">").append(esc(u.output().exact()))
					.append("</td>").append(num(u.share()));
			u.result().applied().levels().forEach(l -> h.append(num(l.score())));
			h.append(num(u.result().applied().total())).append("<td>").append(esc(u.result().applied().levelLabel())).append("</td></tr>\n");
		}
		h.append("</table>\n");
	}

	private static void levels(StringBuilder h, DeterminationView a, DeterminationView o, String metRule) {
		h.append("<p class=\"big\">S = ").append(a.total().rounded()).append(" → ").append(esc(a.levelLabel())).append("</p>\n");
		h.append("<table>\n<tr><th>level</th><th>A(i)</th><th>exact</th><th></th><th>met</th><th>counted</th><th>progressive ")
				.append(o.progressive() ? "on" : "off").append(": met</th><th>counted</th></tr>\n");
		for (int i = 0; i < a.levels().size(); i++) {
			LevelView l = a.levels().get(i);
			LevelView ol = o.levels().get(i);
			int width = (int) Math.round(Math.min(1.0, Double.parseDouble(l.score().rounded())) * 120);
			h.append("<tr><td>").append(esc(l.name())).append("</td>").append(num(l.score())).append("<td class=\"n muted\">").append(esc(l.score().exact()))
					.append("</td><td><span class=\"bar\" style=\"width:").append(width).append("px\"></span></td>").append(met(l)).append(num(l.counted()))
					.append(met(ol)).append(num(ol.counted())).append("</tr>\n");
		}
		h.append("<tr><th>S</th>").append("<td></td><td></td><td></td><td></td>").append(num(a.total())).append("<td></td>").append(num(o.total()))
				.append("</tr>\n<tr><th>level</th><td></td><td></td><td></td><td></td><td>").append(esc(a.levelLabel())).append("</td><td></td><td>")
				.append(esc(o.levelLabel())).append("</td></tr>\n</table>\n");
		h.append("<p>A level is met when ").append(esc(metRule));
		if (a.nextLevel() != null) {
			h.append("; the next level ").append(esc(a.nextLevel())).append(" starts at S = ").append(esc(a.nextLevelFrom().exact())).append(": ")
					.append(a.toNextLevel().rounded()).append(" to go.");
		} else {
			h.append("; the top level is reached.");
		}
		h.append("</p>\n");
	}

	private static String met(LevelView l) {
		return "<td class=\"" + (l.met() ? "met" : "not") + "\">" + (l.met() ? "yes" : l.metAlone() ? "no (a lower level is not met)" : "no") + "</td>";
	}

	private static void details(StringBuilder h, List<String> levels, ResultView r) {
		h.append("<h3>能力域 · Domains: B(i)</h3>\n<table>\n<tr><th>domain</th><th>tables</th><th>weight</th>");
		levels.forEach(n -> h.append("<th>").append(esc(n)).append("</th>"));
		h.append("</tr>\n");
		for (DomainView d : r.domains()) {
			h.append("<tr><td>").append(esc(d.name())).append("</td><td>").append(esc(String.join("+", d.tables()))).append("</td><td class=\"n\">")
					.append(d.weights().get(0).percent()).append("</td>");
			d.scores().forEach(s -> h.append(num(s)));
			h.append("</tr>\n");
		}
		h.append("</table>\n<h3>能力子域 · Subdomains: C(s,i) and effective weights w'</h3>\n<table>\n<tr><th>subdomain</th><th>weight</th>");
		levels.forEach(n -> h.append("<th>w' ").append(esc(n)).append("</th>"));
		levels.forEach(n -> h.append("<th>").append(esc(n)).append("</th>"));
		h.append("</tr>\n");
		for (SubdomainView s : r.subdomains()) {
			h.append("<tr><td>").append(esc(s.id())).append(s.tailored() ? " <span class=\"muted\">(tailored)</span>" : "").append("</td><td class=\"n\">")
					.append(s.weight().percent()).append("</td>");
			s.effectiveWeights().forEach(w -> h.append("<td class=\"n\">").append(w.percent()).append("</td>"));
			s.scores().forEach(x -> h.append(num(x)));
			h.append("</tr>\n");
		}
		h.append("</table>\n");
		if (!r.draftGaps().isEmpty()) {
			h.append("<h3>Gaps of the revision that shaped this score (").append(r.draftGaps().size()).append(")</h3>\n<ul>\n");
			for (DraftGapView g : r.draftGaps()) {
				h.append("<li>").append(esc(g.message())).append("</li>\n");
			}
			h.append("</ul>\n");
		}
		if (r.applied().nextLevel() != null && !r.nextLevelGaps().isEmpty()) {
			h.append("<h3>Gap to the next level ").append(esc(r.applied().nextLevel())).append(": largest gains in S per clause raised to the top rating</h3>\n");
			h.append("<table>\n<tr><th>ΔS</th><th>S after</th><th>subdomain</th><th>level</th><th>clause</th><th>now</th></tr>\n");
			for (NextGapView g : r.nextLevelGaps()) {
				h.append("<tr>").append("<td class=\"n\">+").append(g.totalGain().rounded()).append("</td>").append(num(g.totalAfter())).append("<td>")
						.append(esc(g.subdomain())).append("</td><td>").append(esc(g.level())).append("</td><td>").append(esc(g.clause())).append("</td><td class=\"n\">")
						.append(esc(g.rating().exact())).append("</td></tr>\n");
			}
			h.append("</table>\n");
		}
	}

	private static String num(Num n) {
		return n == null ? "<td class=\"n muted\">—</td>" : "<td class=\"n\" title=\"" + esc(n.exact()) + "\">" + n.rounded() + "</td>";
	}

	static String esc(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			switch (c) {
			case '<' -> sb.append("&lt;");
			case '>' -> sb.append("&gt;");
			case '&' -> sb.append("&amp;");
			case '"' -> sb.append("&quot;");
			case '\'' -> sb.append("&#39;");
			default -> sb.append(c);
			}
		}
		return sb.toString();
	}
}
