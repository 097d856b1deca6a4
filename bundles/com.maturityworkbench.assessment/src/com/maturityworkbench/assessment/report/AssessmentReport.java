package com.maturityworkbench.assessment.report;

import static com.maturityworkbench.assessment.report.HtmlReport.esc;

import java.util.List;

import com.maturityworkbench.assessment.report.ScoreView.DeterminationView;
import com.maturityworkbench.assessment.report.ScoreView.LevelView;
import com.maturityworkbench.assessment.report.ScoreView.ResultView;
import com.maturityworkbench.assessment.report.ScoreView.StandingView;
import com.maturityworkbench.assessment.report.ScoreView.UnitView;
import com.maturityworkbench.scoring.i18n.Messages;

/**
 * {@code mwb report MODEL ASSESSMENT --out FILE.html}: the 评估报告 of 8.7.4 as one self-contained, printable page with
 * the parts the standard names — 基本情况, 企业成熟度总体评估 (S, the level, A(i), both readings where they differ),
 * 能力域成熟度分项评估 (per domain and subdomain, with the charts), 分析报告, 优秀经验 (the strongest subdomains at the
 * level the enterprise works towards), 短板不足 (the weakest relative to their weight), 改进建议 (the plan to the next
 * level). Every figure is the runtime's ({@link ScoreView}); this class only lays them out. A composite enterprise
 * gets the overall parts for the enterprise and parts 3, 5, 6 and 7 per unit.
 */
public final class AssessmentReport {
	private static final Messages M = ReportMessages.M;

	private AssessmentReport() {
	}

	public static String render(ScoreView v) {
		StringBuilder h = new StringBuilder();
		h.append("<!DOCTYPE html>\n<html lang=\"").append(M.text("html.lang")).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
				.append(esc(M.text("report.title", v.file()))).append("</title>\n<style>\n").append(HtmlReport.STYLE).append("</style>\n</head>\n<body>\n");
		h.append("<h1>").append(esc(M.text("report.heading"))).append("</h1>\n");

		h.append("<h2 id=\"basics\">").append(esc(M.text("report.basics"))).append("</h2>\n<table class=\"facts\">\n<tbody>\n");
		fact(h, M.text("report.fact.standard"), v.standard() + " · " + v.revision() + "（" + v.stage() + "）");
		fact(h, M.text("report.fact.file"), v.file() + "（" + (v.isComposite() ? M.text("composite.format", ReportMessages.format(v.format())) : ReportMessages.format(v.format())) + "）");
		if (v.isComposite()) {
			fact(h, M.text("report.fact.units"), String.valueOf(v.composite().units().size()));
		} else {
			ResultView r = v.single();
			fact(h, M.text("report.fact.sector"), r.sector());
			fact(h, M.text("report.fact.tailored"), r.tailored().isEmpty() ? M.text("html.nothing-tailored") : String.join(M.text("list.separator"), r.tailored()));
			fact(h, M.text("report.fact.ratings"), String.valueOf(r.ratings()));
		}
		h.append("</tbody>\n</table>\n");
		if (v.isComposite()) {
			HtmlReport.composite(h, v);
		}

		h.append("<h2 id=\"overall\">").append(esc(M.text("report.overall"))).append("</h2>\n");
		h.append("<p>").append(esc(M.text("report.overall.line", v.applied().total().rounded(), v.applied().levelLabel(), v.applied().total().exact())));
		if (!v.applied().levelLabel().equals(v.other().levelLabel())) {
			h.append(esc(M.text("report.readings-differ", TextReport.readingName(v.other().progressive()), v.other().total().rounded(), v.other().levelLabel(),
					TextReport.readingName(v.applied().progressive()))));
		}
		h.append("</p>\n");
		HtmlReport.levels(h, v.applied(), v.other(), v.metRule());
		HtmlReport.charts(h, v.levelNames(), List.of(new SvgCharts.Series("A(i)", HtmlReport.scores(v.applied()))), null, v.threshold());

		if (v.isComposite()) {
			for (UnitView u : v.composite().units()) {
				h.append("<h2>").append(esc(M.text("report.unit", u.name(), u.sector(), u.result().applied().total().rounded(), u.result().applied().levelLabel())))
						.append("</h2>\n");
				parts(h, v, u.result(), "h3");
			}
		} else {
			parts(h, v, v.single(), "h2");
		}
		h.append("<p class=\"muted\">").append(esc(v.rounding())).append("</p>\n</body>\n</html>\n");
		return h.toString();
	}

	private static void parts(StringBuilder h, ScoreView v, ResultView r, String heading) {
		part(h, heading, "domains", "report.domains");
		HtmlReport.charts(h, v.levelNames(), List.of(), r, v.threshold());
		HtmlReport.domainTables(h, v.levelNames(), r);
		HtmlReport.draftGaps(h, r);

		part(h, heading, "analysis", "report.analysis");
		h.append("<ul>\n");
		for (String line : analysis(v, r)) {
			h.append("<li>").append(esc(line)).append("</li>\n");
		}
		h.append("</ul>\n");

		part(h, heading, "strengths", "report.strengths");
		String level = focusLevel(r.applied());
		if (r.strongest().isEmpty()) {
			h.append("<p>").append(esc(M.text("report.strengths.none", level, v.threshold().exact()))).append("</p>\n");
		} else {
			h.append("<p>").append(esc(M.text("report.strengths.lead", level))).append("</p>\n");
			standings(h, r.strongest());
		}

		part(h, heading, "weaknesses", "report.weaknesses");
		if (r.weakest().isEmpty()) {
			h.append("<p>").append(esc(M.text("report.weaknesses.none", level))).append("</p>\n");
		} else {
			h.append("<p>").append(esc(M.text("report.weaknesses.lead", level))).append("</p>\n");
			standings(h, r.weakest());
		}

		part(h, heading, "advice", "report.advice");
		if (r.plan() == null) {
			h.append("<p>").append(esc(M.text("report.advice.top"))).append("</p>\n");
		} else if (!r.plan().reachable()) {
			h.append("<p>").append(esc(M.text("text.plan-unreachable", r.plan().target()))).append("</p>\n");
		} else {
			HtmlReport.plan(h, r);
		}
	}

	private static void part(StringBuilder h, String heading, String id, String key) {
		h.append('<').append(heading).append(" class=\"part-").append(id).append("\">").append(esc(M.text(key))).append("</").append(heading).append(">\n");
	}

	/** The level the enterprise works towards: its first level not met, or the top level. */
	static String focusLevel(DeterminationView d) {
		for (LevelView l : d.levels()) {
			if (!l.met()) {
				return l.name();
			}
		}
		return d.levels().get(d.levels().size() - 1).name();
	}

	/** 分析报告: which levels are met, what is missing to the next level and at the level worked towards, the draft's gaps. */
	static List<String> analysis(ScoreView v, ResultView r) {
		DeterminationView a = r.applied();
		List<String> lines = new java.util.ArrayList<>();
		List<String> met = a.levels().stream().filter(LevelView::met).map(LevelView::name).toList();
		lines.add(met.isEmpty() ? M.text("report.analysis.none-met") : M.text("report.analysis.met", String.join(M.text("list.separator"), met)));
		if (a.nextLevel() == null) {
			lines.add(M.text("report.analysis.top"));
		} else {
			LevelView focus = a.levels().stream().filter(l -> !l.met()).findFirst().orElseThrow();
			lines.add(M.text("report.analysis.next", a.nextLevel(), a.toNextLevel().rounded(), a.nextLevelFrom().exact(), focus.name(), focus.score().rounded(),
					v.threshold().exact()));
		}
		if (!r.draftGaps().isEmpty()) {
			lines.add(M.text("report.analysis.gaps", r.draftGaps().size()));
		}
		return lines;
	}

	private static void standings(StringBuilder h, List<StandingView> list) {
		h.append("<table>\n<thead><tr><th>").append(M.text("head.subdomain")).append("</th><th>").append(M.text("head.level")).append("</th><th>C(s,i)</th><th>w'</th><th>")
				.append(M.text("head.loss")).append("</th></tr></thead>\n<tbody>\n");
		for (StandingView s : list) {
			h.append("<tr><td>").append(esc(s.subdomain())).append("</td><td>").append(esc(s.level())).append("</td>").append(HtmlReport.num(s.score()))
					.append("<td class=\"n\">").append(esc(s.weight().percent())).append("</td>").append(HtmlReport.num(s.loss())).append("</tr>\n");
		}
		h.append("</tbody>\n</table>\n");
	}

	private static void fact(StringBuilder h, String key, String value) {
		h.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
	}
}
