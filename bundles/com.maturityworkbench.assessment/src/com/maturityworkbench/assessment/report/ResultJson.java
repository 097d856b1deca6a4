package com.maturityworkbench.assessment.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import com.maturityworkbench.scoring.json.JsonWriter;

/**
 * The result format: what {@code mwb score --format json} and {@code java -jar <revision>-scoring.jar} print, declared
 * here once and described by the JSON Schema {@value #SCHEMA_RESOURCE} beside this class (written by
 * {@code mwb generate} into the output folder as {@code result.schema.json}). {@code layout} is the format's version
 * ({@value #LAYOUT}). Every number is a decimal string rounded half-up to 4 places, with the exact value beside it in
 * a member ending in {@code Exact} ("0.7667" and "23/30"): JSON numbers would invite float arithmetic. Top level for
 * one enterprise: {@code levelScores} A(1..n), {@code met}, {@code levels} (the same per level), {@code total} S,
 * {@code level} (0 = below the first level), {@code levelName}, {@code progressive} (the reading applied),
 * {@code otherReading}, {@code domains}, {@code subdomains}, {@code effectiveWeights}, {@code draftGaps},
 * {@code nextLevelGaps}, {@code rounding}. A composite has the same determination members for A_SUM plus
 * {@code composite} with its types and units (each unit with the members of one enterprise) and the enterprise's
 * {@code nextLevelPlan} (each step names its {@code unit} and nests the {@code raise}; added within layout 1, optional
 * for readers).
 */
public final class ResultJson {
	/** The version of the result format, the value of {@code layout}. */
	public static final int LAYOUT = 1;
	/** The JSON Schema of the format, a resource beside this class. */
	public static final String SCHEMA_RESOURCE = "result.schema.json";

	private ResultJson() {
	}

	/** The result as indented JSON text ending with a newline. */
	public static String render(ScoreView v) {
		return JsonWriter.writePretty(view(v));
	}

	/**
	 * An assessment in progress ({@code --partial}): {@code provisional} true, {@code unratedAs} the two ratings given
	 * to the unrated clauses, {@code unrated} the clauses (unit, clause, text), and {@code lowerBound} and
	 * {@code upperBound}, each a whole result of this format. Not described by the schema of a result, which is for
	 * complete assessments.
	 */
	public static String render(PartialScoring.PartialView p) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("layout", LAYOUT);
		m.put("provisional", true);
		Map<String, Object> unratedAs = new LinkedHashMap<>();
		unratedAs.put("lowerBound", p.lowerRating());
		unratedAs.put("upperBound", p.upperRating());
		m.put("unratedAs", unratedAs);
		List<Object> unrated = new ArrayList<>();
		for (PartialScoring.Unrated u : p.unrated()) {
			Map<String, Object> um = new LinkedHashMap<>();
			if (u.unit() != null) {
				um.put("unit", u.unit());
			}
			um.put("clause", u.clause());
			if (u.text() != null) {
				um.put("text", u.text());
			}
			unrated.add(um);
		}
		m.put("unrated", unrated);
		m.put("lowerBound", view(p.lower()));
		m.put("upperBound", view(p.upper()));
		return JsonWriter.writePretty(m);
	}

	/** The JSON Schema (2020-12) of the format. */
	public static String schema() {
		try (InputStream in = ResultJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(SCHEMA_RESOURCE + " is missing beside " + ResultJson.class.getName());
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The result as maps, lists, strings, booleans and integers, in the order of the format. */
	public static Map<String, Object> view(ScoreView v) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("layout", LAYOUT);
		m.put("file", v.file());
		m.put("format", v.format());
		m.put("standard", v.standard());
		m.put("revision", v.revision());
		if (!v.revisionLabel().isEmpty()) {
			m.put("revisionLabel", v.revisionLabel());
		}
		m.put("status", v.status());
		m.put("stage", v.stage());
		m.put("kind", v.isComposite() ? "composite" : "single");
		if (!v.isComposite()) {
			m.put("sector", v.single().sector());
			m.put("tailored", v.single().tailored());
		}
		m.put("levelNames", v.levelNames());
		m.put("metWhen", v.metRule());
		m.put("progressiveSource", v.progressiveOverridden() ? "--progressive" : "revision");
		determination(m, v.applied());
		m.put("otherReading", other(v.other()));
		if (v.isComposite()) {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("aggregation", v.composite().aggregation());
			c.put("outputBasis", v.composite().outputBasis());
			List<Object> types = new ArrayList<>();
			for (TypeView t : v.composite().types()) {
				Map<String, Object> tm = new LinkedHashMap<>();
				tm.put("sector", t.sector());
				tm.put("weight", t.weight().rounded());
				tm.put("weightExact", t.weight().exact());
				tm.put("units", t.units());
				tm.put("aggregated", rounded(t.aggregated()));
				tm.put("aggregatedExact", exact(t.aggregated()));
				tm.put("excludedUnits", t.excluded());
				types.add(tm);
			}
			c.put("types", types);
			List<Object> units = new ArrayList<>();
			for (UnitView u : v.composite().units()) {
				Map<String, Object> um = new LinkedHashMap<>();
				um.put("name", u.name());
				um.put("sector", u.sector());
				um.put("output", u.output().exact());
				um.put("share", u.share().rounded());
				um.put("shareExact", u.share().exact());
				um.put("file", u.source());
				um.put("format", u.format());
				um.put("tailored", u.result().tailored());
				determination(um, u.result().applied());
				um.put("otherReading", other(u.result().other()));
				result(um, u.result());
				units.add(um);
			}
			c.put("units", units);
			c.put("nextLevelPlan", plan(v.composite().plan()));
			m.put("composite", c);
		} else {
			result(m, v.single());
		}
		m.put("rounding", v.rounding());
		return m;
	}

	private static void determination(Map<String, Object> m, DeterminationView d) {
		m.put("progressive", d.progressive());
		List<Num> scores = d.levels().stream().map(LevelView::score).toList();
		m.put("levelScores", rounded(scores));
		m.put("levelScoresExact", exact(scores));
		m.put("met", d.levels().stream().map(LevelView::met).toList());
		m.put("metAlone", d.levels().stream().map(LevelView::metAlone).toList());
		m.put("counted", rounded(d.levels().stream().map(LevelView::counted).toList()));
		List<Object> levels = new ArrayList<>();
		for (LevelView l : d.levels()) {
			Map<String, Object> lm = new LinkedHashMap<>();
			lm.put("number", l.number());
			lm.put("name", l.name());
			lm.put("score", l.score().rounded());
			lm.put("scoreExact", l.score().exact());
			lm.put("metAlone", l.metAlone());
			lm.put("met", l.met());
			lm.put("counted", l.counted().rounded());
			lm.put("countedExact", l.counted().exact());
			levels.add(lm);
		}
		m.put("levels", levels);
		m.put("total", d.total().rounded());
		m.put("totalExact", d.total().exact());
		m.put("level", d.level());
		m.put("levelName", d.levelName());
		m.put("levelLabel", d.levelLabel());
		m.put("nextLevel", d.nextLevel());
		m.put("nextLevelFrom", d.nextLevelFrom() == null ? null : d.nextLevelFrom().exact());
		m.put("toNextLevel", d.toNextLevel() == null ? null : d.toNextLevel().rounded());
		m.put("toNextLevelExact", d.toNextLevel() == null ? null : d.toNextLevel().exact());
	}

	private static Map<String, Object> other(DeterminationView d) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("progressive", d.progressive());
		m.put("met", d.levels().stream().map(LevelView::met).toList());
		m.put("total", d.total().rounded());
		m.put("totalExact", d.total().exact());
		m.put("level", d.level());
		m.put("levelLabel", d.levelLabel());
		return m;
	}

	private static void result(Map<String, Object> m, ResultView r) {
		m.put("ratings", r.ratings());
		m.put("ratedNotScored", r.ratedNotScored());
		if (!r.notApplicable().isEmpty()) {
			// only when the revision allows it and the assessment uses it: a result without one is as layout 1 always was
			m.put("notApplicable", r.notApplicable());
		}
		List<Object> domains = new ArrayList<>();
		for (DomainView d : r.domains()) {
			Map<String, Object> dm = new LinkedHashMap<>();
			dm.put("name", d.name());
			dm.put("tables", d.tables());
			dm.put("weights", rounded(d.weights()));
			dm.put("weightsExact", exact(d.weights()));
			dm.put("scores", rounded(d.scores()));
			dm.put("scoresExact", exact(d.scores()));
			domains.add(dm);
		}
		m.put("domains", domains);
		List<Object> subdomains = new ArrayList<>();
		Map<String, Object> effective = new LinkedHashMap<>();
		Map<String, Object> effectiveExact = new LinkedHashMap<>();
		for (SubdomainView s : r.subdomains()) {
			Map<String, Object> sm = new LinkedHashMap<>();
			sm.put("id", s.id());
			sm.put("name", s.name());
			sm.put("table", s.table());
			sm.put("domain", s.domain());
			sm.put("weight", s.weight().rounded());
			sm.put("weightExact", s.weight().exact());
			sm.put("tailored", s.tailored());
			sm.put("effectiveWeights", rounded(s.effectiveWeights()));
			sm.put("effectiveWeightsExact", exact(s.effectiveWeights()));
			sm.put("scores", rounded(s.scores()));
			sm.put("scoresExact", exact(s.scores()));
			subdomains.add(sm);
			effective.put(s.id(), rounded(s.effectiveWeights()));
			effectiveExact.put(s.id(), exact(s.effectiveWeights()));
		}
		m.put("subdomains", subdomains);
		m.put("effectiveWeights", effective);
		m.put("effectiveWeightsExact", effectiveExact);
		List<Object> gaps = new ArrayList<>();
		for (DraftGapView g : r.draftGaps()) {
			Map<String, Object> gm = new LinkedHashMap<>();
			gm.put("kind", g.kind());
			gm.put("table", g.table());
			gm.put("domain", g.domain());
			gm.put("subdomain", g.subdomain());
			gm.put("level", g.level());
			gm.put("reason", g.reason());
			gm.put("clauses", g.clauseIds().size());
			gm.put("clauseIds", g.clauseIds());
			gm.put("message", g.message());
			gaps.add(gm);
		}
		m.put("draftGaps", gaps);
		List<Object> next = new ArrayList<>();
		for (NextGapView g : r.nextLevelGaps()) {
			Map<String, Object> gm = new LinkedHashMap<>();
			gm.put("subdomain", g.subdomain());
			gm.put("subdomainName", g.subdomainName());
			gm.put("table", g.table());
			gm.put("level", g.level());
			gm.put("clause", g.clause());
			if (g.text() != null) {
				gm.put("text", g.text());
			}
			gm.put("currentRating", g.rating().exact());
			gm.put("levelScoreIncrease", g.levelGain().rounded());
			gm.put("levelScoreIncreaseExact", g.levelGain().exact());
			gm.put("totalIncrease", g.totalGain().rounded());
			gm.put("totalIncreaseExact", g.totalGain().exact());
			gm.put("totalAfter", g.totalAfter().rounded());
			gm.put("totalAfterExact", g.totalAfter().exact());
			gm.put("levelAfter", g.levelAfter());
			next.add(gm);
		}
		m.put("nextLevelGaps", next);
		m.put("nextLevelPlan", plan(r.plan()));
	}

	/** The plan to the next level; null at the top level. */
	private static Map<String, Object> plan(PlanView plan) {
		if (plan == null) {
			return null;
		}
		Map<String, Object> m = planHead(plan.target(), plan.targetTotal(), plan.reachable(), plan.steps().size());
		List<Object> steps = new ArrayList<>();
		for (PlanStepView s : plan.steps()) {
			steps.add(step(s));
		}
		m.put("steps", steps);
		return m;
	}

	/** The members a plan of one enterprise and of a composite share, in the format's order. */
	private static Map<String, Object> planHead(String target, Num targetTotal, boolean reachable, int raises) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("target", target);
		m.put("targetTotal", targetTotal.exact());
		m.put("reachable", reachable);
		m.put("raises", raises);
		return m;
	}

	private static Map<String, Object> step(PlanStepView s) {
		Map<String, Object> sm = new LinkedHashMap<>();
		sm.put("clause", s.clause());
		if (s.text() != null) {
			sm.put("text", s.text());
		}
		sm.put("subdomain", s.subdomain());
		sm.put("level", s.level());
		sm.put("currentRating", s.rating().exact());
		sm.put("levelScoreIncrease", s.levelGain().rounded());
		sm.put("levelScoreIncreaseExact", s.levelGain().exact());
		sm.put("totalAfter", s.totalAfter().rounded());
		sm.put("totalAfterExact", s.totalAfter().exact());
		sm.put("levelAfter", s.levelAfter());
		return sm;
	}

	/** The enterprise's plan of a composite; null at the top level. Each step names its unit and nests the raise. */
	private static Map<String, Object> plan(CompositePlanView plan) {
		if (plan == null) {
			return null;
		}
		Map<String, Object> m = planHead(plan.target(), plan.targetTotal(), plan.reachable(), plan.steps().size());
		m.put("method", plan.method());
		m.put("searchSize", plan.searchSize());
		m.put("searchLimit", plan.searchLimit());
		m.put("beyondLimit", plan.beyondLimit());
		List<Object> steps = new ArrayList<>();
		for (UnitStepView s : plan.steps()) {
			Map<String, Object> sm = new LinkedHashMap<>();
			sm.put("unit", s.unit());
			sm.put("sector", s.sector());
			sm.put("raise", step(s.step()));
			steps.add(sm);
		}
		m.put("steps", steps);
		return m;
	}

	private static List<Object> rounded(List<Num> values) {
		List<Object> r = new ArrayList<>();
		values.forEach(n -> r.add(n == null ? null : n.rounded()));
		return r;
	}

	private static List<Object> exact(List<Num> values) {
		List<Object> r = new ArrayList<>();
		values.forEach(n -> r.add(n == null ? null : n.exact()));
		return r;
	}
}
