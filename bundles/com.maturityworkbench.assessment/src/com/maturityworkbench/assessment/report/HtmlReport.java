package com.maturityworkbench.assessment.report;

import java.util.List;

import com.maturityworkbench.assessment.report.ScoreView.DeterminationView;
import com.maturityworkbench.assessment.report.ScoreView.DomainView;
import com.maturityworkbench.assessment.report.ScoreView.DraftGapView;
import com.maturityworkbench.assessment.report.ScoreView.LevelView;
import com.maturityworkbench.assessment.report.ScoreView.NextGapView;
import com.maturityworkbench.assessment.report.ScoreView.CompositePlanView;
import com.maturityworkbench.assessment.report.ScoreView.PlanStepView;
import com.maturityworkbench.assessment.report.ScoreView.UnitStepView;
import com.maturityworkbench.assessment.report.ScoreView.Num;
import com.maturityworkbench.assessment.report.ScoreView.ResultView;
import com.maturityworkbench.assessment.report.ScoreView.SubdomainView;
import com.maturityworkbench.assessment.report.ScoreView.TypeView;
import com.maturityworkbench.assessment.report.ScoreView.UnitView;
import com.maturityworkbench.scoring.html.Html;
import com.maturityworkbench.scoring.i18n.Messages;

/**
 * {@code mwb score --format html} (and {@code java -jar … --format html}): one self-contained UTF-8 page (inline
 * style, no script, no external resource) with a CJK font stack, for a browser, for print (A4, header rows repeated
 * on every page, no heading left at a page foot) or for pasting into a report, in the current language: A(i) and the
 * domains' B(i) as inline SVG charts ({@link SvgCharts}) with the threshold line, the tables per domain and subdomain,
 * what the draft's gaps did to the effective weights, and the plan to the next level with each clause's text. Pure:
 * view in, page out.
 */
public final class HtmlReport {
	private static final Messages M = ReportMessages.M;
	static final String STYLE = """
			body{font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;margin:2em auto;max-width:72em;color:#222;line-height:1.45}
			h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}h3{font-size:1.05em}
			table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.2em .6em}th{background:#f3f3f3;text-align:left}
			td.n{text-align:right;font-variant-numeric:tabular-nums}td.met{background:#e7f5e7}td.not{background:#fbeaea}
			.bar{display:inline-block;height:.7em;background:#4a7fc1;vertical-align:middle}.muted{color:#777}.big{font-size:1.3em;font-weight:bold}
			details{margin:.4em 0}summary{cursor:pointer;font-weight:bold}figure{margin:.8em 0}figcaption{font-size:.9em;color:#333;margin-top:.2em}
			.provisional{background:#fff4ce;border-left:5px solid #e0a800;padding:.4em .8em}.prov{color:#8a5a00;font-size:.8em;margin-left:.3em}
			td.text{max-width:36em}svg.chart{max-width:100%;height:auto}
			@page{size:A4;margin:16mm 14mm}
			@media print{body{margin:0;max-width:none;font-size:10.5pt}h2,h3,figcaption{break-after:avoid}thead{display:table-header-group}
			 tr,figure,svg{break-inside:avoid}details>summary{list-style:none}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
			""";

	private HtmlReport() {
	}

	public static String render(ScoreView v) {
		StringBuilder h = new StringBuilder();
		h.append("<!DOCTYPE html>\n<html lang=\"").append(M.text("html.lang")).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
				.append(esc(M.text("html.title", v.file()))).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
		String format = v.isComposite() ? M.text("composite.format", ReportMessages.format(v.format())) : ReportMessages.format(v.format());
		h.append("<h1>").append(M.text("html.heading")).append("</h1>\n<p>")
				.append(M.text("html.intro", esc(v.standard()), esc(v.revision()), esc(v.stage()), esc(v.file()), esc(format))).append("</p>\n");
		if (v.isComposite()) {
			composite(h, v);
		} else {
			enterprise(h, v.single());
		}
		h.append("<h2>").append(M.text("html.level")).append("</h2>\n");
		levels(h, v.applied(), v.other(), v.metRule());
		h.append("<p>").append(M.text(v.applied().progressive() ? "html.reading.on" : "html.reading.off"));
		h.append(v.progressiveOverridden() ? M.text("html.reading.overridden", onOff(v.progressiveDeclared()))
				: M.text("html.reading.declared", onOff(!v.applied().progressive())));
		h.append("</p>\n");
		charts(h, v.levelNames(), List.of(new SvgCharts.Series("A(i)", scores(v.applied()))), v.isComposite() ? null : v.single(), v.threshold());
		if (v.isComposite()) {
			enterprisePlan(h, v.composite().plan());
			for (UnitView u : v.composite().units()) {
				h.append("<details open>\n<summary>").append(esc(M.text("html.unit", u.name(), u.sector(), u.result().applied().total().rounded(),
						u.result().applied().levelLabel()))).append("</summary>\n");
				h.append("<p class=\"muted\">").append(esc(M.text("html.unit-source", u.source(), ReportMessages.format(u.format()), u.share().rounded()))).append("</p>\n");
				enterprise(h, u.result());
				levels(h, u.result().applied(), u.result().other(), v.metRule());
				charts(h, v.levelNames(), List.of(new SvgCharts.Series("A(i)", scores(u.result().applied()))), u.result(), v.threshold());
				details(h, v.levelNames(), u.result());
				h.append("</details>\n");
			}
		} else {
			details(h, v.levelNames(), v.single());
		}
		h.append("<p class=\"muted\">").append(esc(v.rounding())).append("</p>\n</body>\n</html>\n");
		return h.toString();
	}

	/**
	 * An assessment in progress ({@code --partial}): the lower and the upper bound side by side in the chart and the
	 * table, every figure marked provisional, then the clauses still to rate.
	 */
	public static String render(PartialScoring.PartialView p) {
		ScoreView lo = p.lower();
		ScoreView hi = p.upper();
		String prov = "<span class=\"prov\">" + esc(M.text("partial.provisional")) + "</span>";
		String lower = M.text("partial.lower", p.lowerRating());
		String upper = M.text("partial.upper", p.upperRating());
		StringBuilder h = new StringBuilder();
		h.append("<!DOCTYPE html>\n<html lang=\"").append(M.text("html.lang")).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
				.append(esc(M.text("partial.title") + " — " + lo.file())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
		String format = lo.isComposite() ? M.text("composite.format", ReportMessages.format(lo.format())) : ReportMessages.format(lo.format());
		h.append("<h1>").append(esc(M.text("partial.title"))).append("</h1>\n<p>")
				.append(M.text("html.intro", esc(lo.standard()), esc(lo.revision()), esc(lo.stage()), esc(lo.file()), esc(format))).append("</p>\n");
		h.append("<p class=\"provisional\">").append(esc(M.text("partial.banner", p.unrated().size(), p.lowerRating(), p.upperRating()))).append("</p>\n");
		if (!lo.isComposite()) {
			enterprise(h, lo.single());
		}
		h.append("<p class=\"big\">").append(esc(M.text("partial.s-line", lo.applied().total().rounded(), lo.applied().levelLabel(), hi.applied().total().rounded(),
				hi.applied().levelLabel()))).append("</p>\n");
		h.append("<table>\n<thead><tr><th>").append(M.text("head.level")).append("</th><th>").append(esc("A(i) " + lower)).append("</th><th>")
				.append(M.text("head.met")).append("</th><th>").append(esc("A(i) " + upper)).append("</th><th>").append(M.text("head.met"))
				.append("</th></tr></thead>\n");
		for (int i = 0; i < lo.applied().levels().size(); i++) {
			LevelView l = lo.applied().levels().get(i);
			LevelView u = hi.applied().levels().get(i);
			h.append("<tr><td>").append(esc(l.name())).append("</td><td class=\"n\">").append(l.score().rounded()).append(prov).append("</td>").append(met(l))
					.append("<td class=\"n\">").append(u.score().rounded()).append(prov).append("</td>").append(met(u)).append("</tr>\n");
		}
		h.append("<tr><th>S</th><td class=\"n\">").append(lo.applied().total().rounded()).append(prov).append("</td><td>").append(esc(lo.applied().levelLabel()))
				.append("</td><td class=\"n\">").append(hi.applied().total().rounded()).append(prov).append("</td><td>").append(esc(hi.applied().levelLabel()))
				.append("</td></tr>\n</table>\n");
		h.append("<p>").append(esc(M.text("html.met-rule", lo.metRule()))).append("</p>\n");
		if (lo.isComposite() && "trimmed".equals(lo.composite().aggregation())) {
			h.append("<p>").append(esc(M.text("partial.trimmed"))).append("</p>\n");
		}
		String title = M.text("html.chart.levels", lo.threshold().exact()) + " — " + M.text("partial.provisional");
		h.append("<figure>\n").append(SvgCharts.levels(lo.levelNames(), List.of(new SvgCharts.Series(lower, scores(lo.applied())),
				new SvgCharts.Series(upper, scores(hi.applied()))), lo.threshold(), title)).append("<figcaption>").append(esc(title)).append("</figcaption>\n</figure>\n");
		h.append("<h2>").append(esc(M.text("partial.unrated", p.unrated().size()))).append("</h2>\n<table>\n<thead><tr>");
		boolean units = p.unrated().stream().anyMatch(u -> u.unit() != null);
		if (units) {
			h.append("<th>").append(M.text("head.unit")).append("</th>");
		}
		h.append("<th>").append(M.text("head.clause")).append("</th><th>").append(M.text("head.text")).append("</th></tr></thead>\n");
		for (PartialScoring.Unrated u : p.unrated()) {
			h.append("<tr>");
			if (units) {
				h.append("<td>").append(esc(u.unit())).append("</td>");
			}
			h.append("<td>").append(esc(u.clause())).append("</td>").append(text(u.text())).append("</tr>\n");
		}
		h.append("</table>\n<p class=\"muted\">").append(esc(lo.rounding())).append("</p>\n</body>\n</html>\n");
		return h.toString();
	}

	static void enterprise(StringBuilder h, ResultView r) {
		String tailored = r.tailored().isEmpty() ? M.text("html.nothing-tailored") : M.text("html.tailored", String.join(M.text("list.separator"), r.tailored()));
		h.append("<p>").append(M.text("html.sector", esc(r.sector()), esc(tailored), r.ratings()));
		if (r.ratedNotScored() > 0) {
			h.append(M.text("html.rated-not-scored", r.ratedNotScored()));
		}
		h.append("</p>\n");
		if (!r.notApplicable().isEmpty()) {
			h.append("<p>").append(M.text("html.not-applicable", r.notApplicable().size(), esc(String.join(M.text("list.separator"), r.notApplicable()))))
					.append("</p>\n");
		}
	}

	static void composite(StringBuilder h, ScoreView v) {
		var c = v.composite();
		h.append("<p>").append(M.text("html.composite", c.units().size(), esc(M.text("basis." + c.outputBasis())), esc(M.text("aggregation." + c.aggregation()))))
				.append("</p>\n");
		h.append("<table>\n<thead><tr><th>").append(M.text("head.type")).append("</th><th>").append(M.text("head.weight")).append("</th><th>")
				.append(M.text("head.units")).append("</th>");
		v.levelNames().forEach(n -> h.append("<th>A ").append(esc(n)).append("</th>"));
		h.append("</tr></thead>\n");
		for (TypeView t : c.types()) {
			h.append("<tr><td>").append(esc(t.sector())).append("</td>").append(num(t.weight())).append("<td>").append(esc(String.join(M.text("list.separator"), t.units())))
					.append("</td>");
			t.aggregated().forEach(a -> h.append(num(a)));
			h.append("</tr>\n");
		}
		h.append("</table>\n<table>\n<thead><tr>");
		for (String key : List.of("head.unit", "head.type", "head.output", "head.share")) {
			h.append("<th>").append(M.text(key)).append("</th>");
		}
		v.levelNames().forEach(n -> h.append("<th>A ").append(esc(n)).append("</th>"));
		h.append("<th>S</th><th>").append(M.text("head.level")).append("</th></tr></thead>\n");
		for (UnitView u : c.units()) {
			h.append("<tr><td>").append(esc(u.name())).append("</td><td>").append(esc(u.sector())).append("</td><td class=\"n\">").append(esc(u.output().exact()))
					.append("</td>").append(num(u.share()));
			u.result().applied().levels().forEach(l -> h.append(num(l.score())));
			h.append(num(u.result().applied().total())).append("<td>").append(esc(u.result().applied().levelLabel())).append("</td></tr>\n");
		}
		h.append("</table>\n");
	}

	/** The enterprise's plan of a composite (the text report has the same rows). */
	private static void enterprisePlan(StringBuilder h, CompositePlanView plan) {
		if (plan == null) {
			return;
		}
		if (plan.beyondLimit() || !plan.reachable()) {
			String key = plan.beyondLimit() ? "text.enterprise-plan-beyond" : "text.enterprise-plan-unreachable";
			h.append("<p>").append(esc(M.text(key, plan.target(), plan.searchSize(), plan.searchLimit()))).append("</p>\n");
			return;
		}
		h.append("<h2>").append(esc(M.text("html.enterprise-plan", plan.target(), plan.steps().size()))).append("</h2>\n<p class=\"muted\">")
				.append(esc(ReportMessages.planMethod(plan))).append("</p>\n<table>\n<tr>");
		for (String key : List.of("head.step", "head.unit", "head.clause", "head.level", "head.now", "head.unit-gain", "head.after", "head.level-after")) {
			h.append("<th>").append(M.text(key)).append("</th>");
		}
		h.append("</tr>\n");
		int n = 0;
		for (UnitStepView u : plan.steps()) {
			PlanStepView s = u.step();
			h.append("<tr><td class=\"n\">").append(++n).append("</td><td>").append(esc(u.unit())).append("</td><td>").append(esc(s.clause())).append("</td><td>")
					.append(esc(s.level())).append("</td><td class=\"n\">").append(esc(s.rating().exact())).append("</td><td class=\"n\">+")
					.append(s.levelGain().rounded()).append("</td>").append(num(s.totalAfter())).append("<td>").append(esc(s.levelAfter())).append("</td></tr>\n");
		}
		h.append("</table>\n");
	}

	static void levels(StringBuilder h, DeterminationView a, DeterminationView o, String metRule) {
		h.append("<p class=\"big\">S = ").append(a.total().rounded()).append(" → ").append(esc(a.levelLabel())).append("</p>\n");
		h.append("<table>\n<thead><tr><th>").append(M.text("head.level")).append("</th><th>A(i)</th><th>").append(M.text("head.exact")).append("</th><th></th><th>")
				.append(M.text("head.met")).append("</th><th>").append(M.text("head.counted")).append("</th><th>")
				.append(esc(M.text("head.other-reading", TextReport.readingName(o.progressive())) + " " + M.text("head.met"))).append("</th><th>").append(M.text("head.counted"))
				.append("</th></tr></thead>\n");
		for (int i = 0; i < a.levels().size(); i++) {
			LevelView l = a.levels().get(i);
			LevelView ol = o.levels().get(i);
			int width = (int) Math.round(Math.min(1.0, Double.parseDouble(l.score().rounded())) * 120);
			h.append("<tr><td>").append(esc(l.name())).append("</td>").append(num(l.score())).append("<td class=\"n muted\">").append(esc(l.score().exact()))
					.append("</td><td><span class=\"bar\" style=\"width:").append(width).append("px\"></span></td>").append(met(l)).append(num(l.counted()))
					.append(met(ol)).append(num(ol.counted())).append("</tr>\n");
		}
		h.append("<tr><th>S</th>").append("<td></td><td></td><td></td><td></td>").append(num(a.total())).append("<td></td>").append(num(o.total()))
				.append("</tr>\n<tr><th>").append(M.text("head.level")).append("</th><td></td><td></td><td></td><td></td><td>").append(esc(a.levelLabel())).append("</td><td></td><td>")
				.append(esc(o.levelLabel())).append("</td></tr>\n</table>\n");
		h.append("<p>").append(esc(M.text("html.met-rule", metRule)));
		h.append(esc(a.nextLevel() != null ? M.text("html.next-level", a.nextLevel(), a.nextLevelFrom().exact(), a.toNextLevel().rounded())
				: M.text("html.top-level")));
		h.append("</p>\n");
	}

	private static String met(LevelView l) {
		return "<td class=\"" + (l.met() ? "met" : "not") + "\">" + M.text(l.met() ? "yes" : l.metAlone() ? "html.met.lower" : "no") + "</td>";
	}

	private static void details(StringBuilder h, List<String> levels, ResultView r) {
		domainTables(h, levels, r);
		draftGaps(h, r);
		plan(h, r);
		gains(h, r);
	}

	/** B(i) per domain, C(s,i) and w' per subdomain. */
	static void domainTables(StringBuilder h, List<String> levels, ResultView r) {
		h.append("<h3>").append(M.text("html.domains")).append("</h3>\n<table>\n<thead><tr>");
		for (String key : List.of("head.domain", "head.tables", "head.weight")) {
			h.append("<th>").append(M.text(key)).append("</th>");
		}
		levels.forEach(n -> h.append("<th>").append(esc(n)).append("</th>"));
		h.append("</tr></thead>\n");
		for (DomainView d : r.domains()) {
			h.append("<tr><td>").append(esc(d.name())).append("</td><td>").append(esc(String.join("+", d.tables()))).append("</td><td class=\"n\">")
					.append(d.weights().get(0).percent()).append("</td>");
			d.scores().forEach(s -> h.append(num(s)));
			h.append("</tr>\n");
		}
		h.append("</table>\n<h3>").append(M.text("html.subdomains")).append("</h3>\n<table>\n<thead><tr><th>").append(M.text("head.subdomain")).append("</th><th>")
				.append(M.text("head.weight")).append("</th>");
		levels.forEach(n -> h.append("<th>w' ").append(esc(n)).append("</th>"));
		levels.forEach(n -> h.append("<th>").append(esc(n)).append("</th>"));
		h.append("</tr></thead>\n");
		for (SubdomainView s : r.subdomains()) {
			h.append("<tr><td>").append(esc(s.id())).append(s.tailored() ? " <span class=\"muted\">" + M.text("html.tailored-mark").strip() + "</span>" : "").append("</td><td class=\"n\">")
					.append(s.weight().percent()).append("</td>");
			s.effectiveWeights().forEach(w -> h.append("<td class=\"n\">").append(w.percent()).append("</td>"));
			s.scores().forEach(x -> h.append(num(x)));
			h.append("</tr>\n");
		}
		h.append("</table>\n");
	}

	/** What the draft's gaps did to the effective weights. */
	static void draftGaps(StringBuilder h, ResultView r) {
		if (!r.draftGaps().isEmpty()) {
			h.append("<h3>").append(esc(M.text("html.gaps", r.draftGaps().size()))).append("</h3>\n<p>").append(esc(M.text("html.gaps.lead"))).append("</p>\n<ul>\n");
			for (DraftGapView g : r.draftGaps()) {
				h.append("<li>").append(esc(g.message())).append("</li>\n");
			}
			h.append("</ul>\n");
		}
	}

	/** The plan to the next level: the fewest raises, each clause with its text and S after it. */
	static void plan(StringBuilder h, ResultView r) {
		if (r.plan() != null && r.plan().reachable()) {
			h.append("<h3>").append(esc(M.text("html.plan", r.plan().target(), r.plan().steps().size()))).append("</h3>\n<table>\n<thead><tr>");
			boolean texts = r.plan().steps().stream().anyMatch(s -> s.text() != null);
			for (String key : List.of("head.step", "head.clause", "head.text", "head.level", "head.now", "head.level-gain", "head.after", "head.level-after")) {
				if (texts || !key.equals("head.text")) {
					h.append("<th>").append(M.text(key)).append("</th>");
				}
			}
			h.append("</tr></thead>\n");
			int n = 0;
			for (PlanStepView s : r.plan().steps()) {
				h.append("<tr><td class=\"n\">").append(++n).append("</td><td>").append(esc(s.clause())).append("</td>").append(texts ? text(s.text()) : "").append("<td>").append(esc(s.level()))
						.append("</td><td class=\"n\">").append(esc(s.rating().exact())).append("</td><td class=\"n\">+").append(s.levelGain().rounded())
						.append("</td>").append(num(s.totalAfter())).append("<td>").append(esc(s.levelAfter())).append("</td></tr>\n");
			}
			h.append("</table>\n");
		}
	}

	/** The largest single gains towards the next level. */
	static void gains(StringBuilder h, ResultView r) {
		if (r.applied().nextLevel() != null && !r.nextLevelGaps().isEmpty()) {
			h.append("<h3>").append(esc(M.text("html.gains", r.applied().nextLevel()))).append("</h3>\n<table>\n<thead><tr>");
			boolean texts = r.nextLevelGaps().stream().anyMatch(g -> g.text() != null);
			for (String key : List.of("head.gain", "head.after", "head.subdomain", "head.level", "head.clause", "head.text", "head.now")) {
				if (texts || !key.equals("head.text")) {
					h.append("<th>").append(M.text(key)).append("</th>");
				}
			}
			h.append("</tr></thead>\n");
			for (NextGapView g : r.nextLevelGaps()) {
				h.append("<tr>").append("<td class=\"n\">+").append(g.totalGain().rounded()).append("</td>").append(num(g.totalAfter())).append("<td>")
						.append(esc(g.subdomain())).append("</td><td>").append(esc(g.level())).append("</td><td>").append(esc(g.clause())).append("</td>").append(texts ? text(g.text()) : "").append("<td class=\"n\">")
						.append(esc(g.rating().exact())).append("</td></tr>\n");
			}
			h.append("</table>\n");
		}
	}

	private static String onOff(boolean progressive) {
		return progressive ? "on" : "off";
	}

	static String num(Num n) {
		return n == null ? "<td class=\"n muted\">—</td>" : "<td class=\"n\" title=\"" + esc(n.exact()) + "\">" + n.rounded() + "</td>";
	}

	static String esc(String s) {
		return Html.escape(s);
	}

	/** A clause text cell, its paragraphs as line breaks. */
	private static String text(String t) {
		return "<td class=\"text\">" + (t == null ? "" : esc(t).replace("\n", "<br>")) + "</td>";
	}

	static List<Num> scores(DeterminationView d) {
		return d.levels().stream().map(LevelView::score).toList();
	}

	/** Figure 1 (A(i) with the threshold) and, for an enterprise or unit, Figure 2 (B(i) per domain). */
	static void charts(StringBuilder h, List<String> levels, List<SvgCharts.Series> series, ResultView r, Num threshold) {
		if (!series.isEmpty()) {
			String levelsTitle = M.text("html.chart.levels", threshold.exact());
			h.append("<figure>\n").append(SvgCharts.levels(levels, series, threshold, levelsTitle)).append("<figcaption>").append(esc(levelsTitle))
					.append("</figcaption>\n</figure>\n");
		}
		if (r != null && !r.domains().isEmpty()) {
			String domainsTitle = M.text("html.chart.domains", threshold.exact());
			h.append("<figure>\n").append(SvgCharts.domains(r.domains(), levels, threshold, domainsTitle)).append("<figcaption>").append(esc(domainsTitle))
					.append("</figcaption>\n</figure>\n");
		}
	}
}
