package com.maturityworkbench.assessment.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.assessment.report.ScoreView.DeterminationView;
import com.maturityworkbench.assessment.report.ScoreView.DomainView;
import com.maturityworkbench.assessment.report.ScoreView.DraftGapView;
import com.maturityworkbench.assessment.report.ScoreView.LevelView;
import com.maturityworkbench.assessment.report.ScoreView.NextGapView;
import com.maturityworkbench.assessment.report.ScoreView.CompositePlanView;
import com.maturityworkbench.assessment.report.ScoreView.PlanStepView;
import com.maturityworkbench.assessment.report.ScoreView.UnitStepView;
import com.maturityworkbench.assessment.report.ScoreView.PlanView;
import com.maturityworkbench.assessment.report.ScoreView.Num;
import com.maturityworkbench.assessment.report.ScoreView.ResultView;
import com.maturityworkbench.assessment.report.ScoreView.SubdomainView;
import com.maturityworkbench.assessment.report.ScoreView.TypeView;
import com.maturityworkbench.assessment.report.ScoreView.UnitView;
import com.maturityworkbench.scoring.i18n.Messages;

/**
 * The report for a terminal ({@code mwb score --format text}, the default; {@code java -jar … --format text}), in the
 * current language. Pure: view in, text out.
 */
public final class TextReport {
	/** How many next-level gaps the text lists. */
	static final int GAINS = 10;
	private static final Messages M = ReportMessages.M;

	private TextReport() {
	}

	public static String render(ScoreView v) {
		StringBuilder sb = new StringBuilder();
		sb.append(M.text("text.assessment", v.file(), v.isComposite() ? M.text("composite.format", ReportMessages.format(v.format())) : ReportMessages.format(v.format()))).append('\n');
		sb.append(M.text("text.revision", v.revision(), v.standard(), v.stage())).append('\n');
		if (v.isComposite()) {
			composite(sb, v);
		} else {
			enterprise(sb, v.single());
		}
		sb.append('\n');
		levels(sb, v.applied(), v.other(), v.metRule());
		reading(sb, v);
		if (v.isComposite()) {
			enterprisePlan(sb, v.composite().plan());
			for (UnitView u : v.composite().units()) {
				sb.append('\n').append(M.text("text.unit", u.name(), u.sector(), u.share().rounded(), u.source())).append('\n');
				enterprise(sb, u.result());
				sb.append('\n');
				levels(sb, u.result().applied(), u.result().other(), v.metRule());
				details(sb, v, u.result());
			}
		} else {
			details(sb, v, v.single());
		}
		sb.append('\n').append(v.rounding()).append('\n');
		return sb.toString();
	}

	/**
	 * An assessment in progress ({@code --partial}): both bounds per level, S and the level as ranges, every figure
	 * marked provisional, then the clauses still to rate.
	 */
	public static String render(PartialScoring.PartialView p) {
		ScoreView lo = p.lower();
		ScoreView hi = p.upper();
		String provisional = M.text("partial.provisional");
		StringBuilder sb = new StringBuilder();
		sb.append(M.text("partial.title")).append('\n');
		sb.append(M.text("partial.banner", p.unrated().size(), p.lowerRating(), p.upperRating())).append("\n\n");
		sb.append(M.text("text.assessment", lo.file(), lo.isComposite() ? M.text("composite.format", ReportMessages.format(lo.format())) : ReportMessages.format(lo.format()))).append('\n');
		sb.append(M.text("text.revision", lo.revision(), lo.standard(), lo.stage())).append('\n');
		if (!lo.isComposite()) {
			enterprise(sb, lo.single());
		}
		sb.append('\n');
		TextTable t = new TextTable("lrlrl");
		t.row(M.text("head.level"), M.text("partial.lower-head"), M.text("head.met"), M.text("partial.upper-head"), M.text("head.met"));
		for (int i = 0; i < lo.applied().levels().size(); i++) {
			LevelView l = lo.applied().levels().get(i);
			LevelView h = hi.applied().levels().get(i);
			t.row(l.name(), l.score().rounded() + " " + provisional, met(l), h.score().rounded() + " " + provisional, met(h));
		}
		sb.append(t.render("  "));
		sb.append(M.text("partial.s-line", lo.applied().total().rounded(), lo.applied().levelLabel(), hi.applied().total().rounded(), hi.applied().levelLabel()))
				.append('\n');
		String levels = lo.applied().levelLabel().equals(hi.applied().levelLabel()) ? lo.applied().levelLabel()
				: M.text("partial.level-range", lo.applied().levelLabel(), hi.applied().levelLabel());
		sb.append(M.text("partial.level-line", levels)).append('\n');
		sb.append(M.text("text.met-rule", lo.metRule())).append('\n');
		reading(sb, lo);
		if (lo.isComposite() && "trimmed".equals(lo.composite().aggregation())) {
			sb.append(M.text("partial.trimmed")).append('\n');
		}
		sb.append('\n').append(M.text("partial.unrated", p.unrated().size())).append('\n');
		String unit = null;
		for (PartialScoring.Unrated u : p.unrated()) {
			if (u.unit() != null && !u.unit().equals(unit)) {
				unit = u.unit();
				sb.append(M.text("partial.unit", unit)).append('\n');
			}
			sb.append("  ").append(u.clause());
			if (u.text() != null) {
				sb.append("  ").append(oneLine(u.text()));
			}
			sb.append('\n');
		}
		sb.append('\n').append(lo.rounding()).append('\n');
		return sb.toString();
	}

	private static String list(List<String> items) {
		return String.join(M.text("list.separator"), items);
	}

	private static void enterprise(StringBuilder sb, ResultView r) {
		sb.append(M.text("text.sector", r.sector()));
		sb.append(r.tailored().isEmpty() ? M.text("text.nothing-tailored") : M.text("text.tailored", r.tailored().size(), list(r.tailored())));
		sb.append('\n').append(M.text("text.ratings", r.ratings()));
		if (r.ratedNotScored() > 0) {
			sb.append(M.text("text.rated-not-scored", r.ratedNotScored()));
		}
		sb.append('\n');
		if (!r.notApplicable().isEmpty()) {
			sb.append(M.text("text.not-applicable", r.notApplicable().size(), list(r.notApplicable()))).append('\n');
		}
	}

	private static void composite(StringBuilder sb, ScoreView v) {
		var c = v.composite();
		sb.append(M.text("text.composite", c.units().size(), M.text("basis." + c.outputBasis()), M.text("aggregation." + c.aggregation()))).append("\n\n");
		TextTable types = new TextTable("lrl" + "r".repeat(v.levelNames().size()));
		List<String> head = new ArrayList<>(List.of(M.text("head.type"), M.text("head.weight"), M.text("head.units")));
		v.levelNames().forEach(n -> head.add("A " + n));
		types.row(head.toArray(String[]::new));
		for (TypeView t : c.types()) {
			List<String> row = new ArrayList<>(List.of(t.sector(), t.weight().rounded(), list(t.units())));
			t.aggregated().forEach(a -> row.add(a.rounded()));
			types.row(row.toArray(String[]::new));
		}
		sb.append(types.render("  "));
		for (TypeView t : c.types()) {
			for (int i = 0; i < t.excluded().size(); i++) {
				if (!t.excluded().get(i).isEmpty()) {
					sb.append(M.text("text.excluded", t.sector(), v.levelNames().get(i), list(t.excluded().get(i)))).append('\n');
				}
			}
		}
		TextTable units = new TextTable("llrr" + "r".repeat(v.levelNames().size()) + "rl");
		List<String> head2 = new ArrayList<>(List.of(M.text("head.unit"), M.text("head.type"), M.text("head.output"), M.text("head.share")));
		v.levelNames().forEach(n -> head2.add("A " + n));
		head2.add("S");
		head2.add(M.text("head.level"));
		units.row(head2.toArray(String[]::new));
		for (UnitView u : c.units()) {
			List<String> row = new ArrayList<>(List.of(u.name(), u.sector(), u.output().exact(), u.share().rounded()));
			u.result().applied().levels().forEach(l -> row.add(l.score().rounded()));
			row.add(u.result().applied().total().rounded());
			row.add(u.result().applied().levelLabel());
			units.row(row.toArray(String[]::new));
		}
		sb.append('\n').append(units.render("  "));
		sb.append(M.text("text.composite-sum")).append('\n');
	}

	private static String onOff(boolean progressive) {
		return progressive ? "on" : "off";
	}

	/** 逐级递进 / 逐级独立判定 (progressive on / off in English). */
	static String readingName(boolean progressive) {
		return M.text(progressive ? "reading.on" : "reading.off");
	}

	private static void levels(StringBuilder sb, DeterminationView a, DeterminationView o, String metRule) {
		TextTable t = new TextTable("lrrlrlllr");
		t.row(M.text("head.level"), "A(i)", M.text("head.exact"), M.text("head.met"), M.text("head.counted"), "│",
				M.text("head.other-reading", readingName(o.progressive())), M.text("head.met"), M.text("head.counted"));
		for (int i = 0; i < a.levels().size(); i++) {
			LevelView l = a.levels().get(i);
			LevelView ol = o.levels().get(i);
			t.row(l.name(), l.score().rounded(), l.score().exact(), met(l), l.counted().rounded(), "│", "", met(ol), ol.counted().rounded());
		}
		sb.append(t.render("  "));
		if (a.levels().stream().anyMatch(l -> l.metAlone() && !l.met()) || o.levels().stream().anyMatch(l -> l.metAlone() && !l.met())) {
			sb.append(M.text("text.lower-not-met")).append('\n');
		}
		sb.append(M.text("text.s-line", a.total().rounded(), a.levelLabel(), readingName(o.progressive()), o.total().rounded(), o.levelLabel())).append('\n');
		sb.append(M.text("text.met-rule", metRule));
		sb.append(a.nextLevel() != null ? M.text("text.next-level", a.nextLevel(), a.nextLevelFrom().exact(), a.toNextLevel().rounded())
				: M.text("text.top-level"));
		sb.append('\n');
	}

	private static String met(LevelView l) {
		return M.text(l.met() ? "yes" : l.metAlone() ? "no.lower" : "no");
	}

	private static void reading(StringBuilder sb, ScoreView v) {
		boolean on = v.applied().progressive();
		sb.append(M.text(on ? "text.reading.on" : "text.reading.off"));
		sb.append(v.progressiveOverridden() ? M.text("text.reading.overridden", onOff(on), onOff(v.progressiveDeclared()))
				: M.text("text.reading.declared", onOff(!on)));
		sb.append('\n');
	}

	private static void details(StringBuilder sb, ScoreView v, ResultView r) {
		List<String> levels = v.levelNames();
		sb.append('\n').append(M.text("text.domains", levels.get(0))).append('\n');
		TextTable d = new TextTable("llr" + "r".repeat(levels.size()));
		List<String> head = new ArrayList<>(List.of(M.text("head.domain"), M.text("head.tables"), M.text("head.weight")));
		head.addAll(levels);
		d.row(head.toArray(String[]::new));
		for (DomainView dv : r.domains()) {
			List<String> row = new ArrayList<>(List.of(dv.name(), String.join("+", dv.tables()), dv.weights().get(0).percent()));
			dv.scores().forEach(s -> row.add(s == null ? "—" : s.rounded()));
			d.row(row.toArray(String[]::new));
		}
		sb.append(d.render("  "));
		sb.append('\n').append(M.text("text.subdomains")).append('\n');
		TextTable s = new TextTable("lrr" + "r".repeat(levels.size()));
		List<String> head2 = new ArrayList<>(List.of(M.text("head.subdomain"), M.text("head.weight"), "w'"));
		head2.addAll(levels);
		s.row(head2.toArray(String[]::new));
		List<String> notes = new ArrayList<>();
		for (SubdomainView sv : r.subdomains()) {
			List<String> row = new ArrayList<>(List.of(sv.id(), sv.weight().percent().replace(".0000%", "%")));
			if (sv.tailored()) {
				row.add(M.text("text.tailored-cell"));
			} else if (sv.uniformWeight()) {
				row.add(sv.effectiveWeights().get(0).percent());
			} else {
				row.add(firstNonZero(sv.effectiveWeights()) + " *");
				List<String> ws = new ArrayList<>();
				for (int i = 0; i < levels.size(); i++) {
					ws.add(levels.get(i) + " " + sv.effectiveWeights().get(i).percent());
				}
				notes.add(M.text("text.subdomain-weights", sv.id(), String.join(M.text("list.separator"), ws)));
			}
			sv.scores().forEach(x -> row.add(x == null ? "—" : x.rounded()));
			s.row(row.toArray(String[]::new));
		}
		sb.append(s.render("  "));
		notes.forEach(n -> sb.append(n).append('\n'));
		draftGaps(sb, r.draftGaps());
		plan(sb, r);
		gains(sb, r);
	}

	private static String firstNonZero(List<Num> weights) {
		for (Num n : weights) {
			if (!n.exact().equals("0")) {
				return n.percent();
			}
		}
		return weights.get(0).percent();
	}

	private static void draftGaps(StringBuilder sb, List<DraftGapView> gaps) {
		if (gaps.isEmpty()) {
			sb.append('\n').append(M.text("text.no-gaps")).append('\n');
			return;
		}
		Map<String, Integer> byKind = new LinkedHashMap<>();
		gaps.forEach(g -> byKind.merge(g.kind(), 1, Integer::sum));
		List<String> parts = new ArrayList<>();
		byKind.forEach((k, n) -> parts.add(M.text("text.gap-count", M.has("gap." + k) ? M.text("gap." + k) : k, n)));
		sb.append('\n').append(M.text("text.gaps", String.join(M.text("text.gap-separator"), parts))).append('\n');
		for (DraftGapView g : gaps) {
			sb.append("  - ").append(g.message()).append('\n');
		}
	}

	/** The fewest raises to 全部满足 that reach the next level, with S after each (the runtime's plan). */
	private static void plan(StringBuilder sb, ResultView r) {
		PlanView plan = r.plan();
		if (plan == null) {
			return;
		}
		if (!plan.reachable()) {
			sb.append('\n').append(M.text("text.plan-unreachable", plan.target())).append('\n');
			return;
		}
		sb.append('\n').append(M.text("text.plan", plan.target(), plan.targetTotal().exact(), plan.steps().size())).append('\n');
		boolean texts = plan.steps().stream().anyMatch(s -> s.text() != null);
		TextTable t = new TextTable("rllrrrll");
		t.row(M.text("head.step"), M.text("head.clause"), M.text("head.level"), M.text("head.now"), M.text("head.level-gain"), M.text("head.after"),
				M.text("head.level-after"), texts ? M.text("head.text") : "");
		int n = 0;
		for (PlanStepView s : plan.steps()) {
			t.row(String.valueOf(++n), s.clause(), s.level(), s.rating().exact(), "+" + s.levelGain().rounded(), s.totalAfter().rounded(), s.levelAfter(),
					oneLine(s.text()));
		}
		sb.append(t.render("  "));
	}

	/** The enterprise's plan of a composite: the fewest (unit, clause) raises, with the composite's S after each. */
	private static void enterprisePlan(StringBuilder sb, CompositePlanView plan) {
		if (plan == null) {
			return;
		}
		sb.append('\n');
		if (plan.beyondLimit()) {
			sb.append(M.text("text.enterprise-plan-beyond", plan.target(), plan.searchSize(), plan.searchLimit())).append('\n');
			return;
		}
		if (!plan.reachable()) {
			sb.append(M.text("text.enterprise-plan-unreachable", plan.target())).append('\n');
			return;
		}
		sb.append(M.text("text.enterprise-plan", plan.target(), plan.targetTotal().exact(), plan.steps().size())).append('\n');
		sb.append(ReportMessages.planMethod(plan)).append('\n');
		TextTable t = new TextTable("rlllrrrl");
		t.row(M.text("head.step"), M.text("head.unit"), M.text("head.clause"), M.text("head.level"), M.text("head.now"), M.text("head.unit-gain"),
				M.text("head.after"), M.text("head.level-after"));
		int n = 0;
		for (UnitStepView u : plan.steps()) {
			PlanStepView s = u.step();
			t.row(String.valueOf(++n), u.unit(), s.clause(), s.level(), s.rating().exact(), "+" + s.levelGain().rounded(), s.totalAfter().rounded(), s.levelAfter());
		}
		sb.append(t.render("  "));
	}

	private static void gains(StringBuilder sb, ResultView r) {
		DeterminationView a = r.applied();
		List<NextGapView> gains = r.nextLevelGaps().stream().limit(GAINS).toList();
		if (a.nextLevel() == null) {
			return;
		}
		sb.append('\n').append(M.text("text.gains", a.nextLevel(), a.toNextLevel().rounded(), a.nextLevelFrom().exact()));
		if (gains.isEmpty()) {
			sb.append(M.text("text.no-gain")).append('\n');
			return;
		}
		sb.append(M.text("text.largest-gains")).append('\n');
		TextTable t = new TextTable("rrlllll");
		t.row(M.text("head.gain"), M.text("head.after"), M.text("head.subdomain"), M.text("head.level"), M.text("head.clause"), M.text("head.now"),
				gains.stream().anyMatch(g -> g.text() != null) ? M.text("head.text") : "");
		for (NextGapView g : gains) {
			t.row("+" + g.totalGain().rounded(), g.totalAfter().rounded(), g.subdomain(), g.level(), g.clause(), g.rating().exact(), oneLine(g.text()));
		}
		sb.append(t.render("  "));
	}

	/** A clause text on one line of the terminal (its paragraphs joined); empty where the text is not at hand. */
	static String oneLine(String text) {
		return text == null ? "" : text.replace('\n', ' ');
	}
}
