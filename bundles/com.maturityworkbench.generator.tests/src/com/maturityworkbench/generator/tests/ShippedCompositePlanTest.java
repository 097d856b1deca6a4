package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.report.AssessmentScoring;
import com.maturityworkbench.assessment.report.ResultJson;
import com.maturityworkbench.assessment.report.TextReport;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.json.JsonReader;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.CompositePlan;
import com.maturityworkbench.scoring.result.CompositePlanStep;
import com.maturityworkbench.scoring.result.CompositeResult;

/**
 * The enterprise's plan to the next level for the shipped composite (composite-综合型.json, mean aggregation): applying
 * it and scoring again reaches the next band; one raise fewer cannot, checked by a second method: every single raise
 * is scored on its own (the gain in A_SUM(i) is then the unit's gain in A(i) times type weight / units of the type),
 * and the largest S any k raises can give is found by a dynamic programme over the levels.
 */
class ShippedCompositePlanTest {

	/** The language a test set does not outlive it: the next test class starts in Chinese, the default. */
	@AfterEach
	void restoreChinese() {
		Language.set(Language.ZH);
	}
	private static final String FILE = "composite-综合型.json";
	private static AssessmentFiles.CompositeInput input;
	private static ScoringEngine engine;

	@BeforeAll
	static void load() throws Exception {
		RevisionModel draft = Generation.load(ShippedDraft.folder()).model().scoring();
		Path path = ShippedDraft.folder().resolve("assessments").resolve(FILE);
		input = (AssessmentFiles.CompositeInput) AssessmentFiles.read(path, FILE, Generation.revisions(draft));
		engine = new ScoringEngine(input.model());
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void theEnterprisesPlanReachesTheNextBandAndOneRaiseFewerCannot() {
		CompositeAssessment composite = input.composite();
		CompositeResult r = engine.scoreComposite(composite);
		CompositePlan plan = r.plan();
		assertEquals(Rational.parse("2.7324"), Rational.of(r.total().toDecimal(4)));
		assertEquals(CompositePlan.Method.POOLED, plan.method());
		assertEquals("三级", plan.targetLevelName());
		assertTrue(plan.reachable());
		int n = plan.size();
		assertTrue(n > 0);
		// applying the plan and scoring the composite again: S reaches the band, as the last step says
		CompositeResult after = engine.scoreComposite(raised(composite, plan.steps()));
		assertTrue(after.total().compareTo(plan.targetTotal()) >= 0, after.total().toExactString());
		assertEquals(after.total(), plan.steps().get(n - 1).step().totalAfter());
		assertEquals(3, after.level());
		// the second method: the largest S with n − 1 raises stays below the target, with n it reaches it
		List<List<Rational>> gains = singleRaiseGains(composite, r.determination().progressive());
		assertTrue(largestTotal(r, gains, n - 1).compareTo(plan.targetTotal()) < 0, "one raise fewer reaches the band");
		assertTrue(largestTotal(r, gains, n).compareTo(plan.targetTotal()) >= 0);
	}

	@Test
	void theReportsShowTheEnterprisesPlan() throws Exception {
		int n = engine.scoreComposite(input.composite()).plan().size();
		String text = TextReport.render(AssessmentScoring.score(input, null));
		assertTrue(text.contains("企业（组合）升到 三级（S ≥ 2.8）最少需将 " + n + " 条条款（单元中的条款）提高到最高评分"), text);
		assertTrue(text.contains("方法：mean 聚合下 A_SUM(i) 是各单元 A(i) 的线性组合"), text);
		Map<?, ?> json = (Map<?, ?>) JsonReader.parse(ResultJson.render(AssessmentScoring.score(input, null)));
		Map<?, ?> jsonPlan = (Map<?, ?>) ((Map<?, ?>) json.get("composite")).get("nextLevelPlan");
		assertEquals(new BigDecimal(n), jsonPlan.get("raises"));
		assertEquals("pooled", jsonPlan.get("method"));
		Map<?, ?> first = (Map<?, ?>) ((List<?>) jsonPlan.get("steps")).get(0);
		assertTrue(List.of("矿业公司", "冶炼厂", "再生铜厂").contains(first.get("unit")), String.valueOf(first));
		Language.set(Language.EN);
		assertTrue(TextReport.render(AssessmentScoring.score(input, null)).contains("to bring the enterprise (composite) to 三级 (S ≥ 2.8) at least " + n + " clauses"));
	}

	private static CompositeAssessment raised(CompositeAssessment c, List<CompositePlanStep> steps) {
		Rational top = engine.model().scale().top();
		List<CompositeUnit> units = new ArrayList<>();
		for (CompositeUnit u : c.units()) {
			Map<String, Rational> ratings = new LinkedHashMap<>(u.assessment().ratings());
			steps.stream().filter(s -> s.unitName().equals(u.name())).forEach(s -> ratings.put(s.step().clauseId(), top));
			units.add(new CompositeUnit(u.name(), u.sector(), u.output(), u.assessment().withRatings(ratings)));
		}
		return new CompositeAssessment(c.revisionId(), c.basis(), units);
	}

	/** Per level, the gain in A_SUM(i) of every single raise, measured by scoring the raised unit, largest first. */
	private static List<List<Rational>> singleRaiseGains(CompositeAssessment c, boolean progressive) {
		Rational top = engine.model().scale().top();
		Rational total = c.units().stream().map(CompositeUnit::output).reduce(Rational.ZERO, Rational::add);
		List<List<Rational>> gains = new ArrayList<>();
		for (int i = 0; i < engine.model().levelCount(); i++) {
			gains.add(new ArrayList<>());
		}
		for (CompositeUnit u : c.units()) {
			List<CompositeUnit> ofType = c.units().stream().filter(o -> o.sector().equals(u.sector())).toList();
			Rational typeWeight = ofType.stream().map(CompositeUnit::output).reduce(Rational.ZERO, Rational::add).divide(total);
			Rational coefficient = typeWeight.divide(Rational.valueOf(ofType.size()));
			Assessment a = u.assessment();
			List<Rational> before = engine.levelScores(a);
			for (Map.Entry<String, Rational> e : a.ratings().entrySet()) {
				if (e.getValue().compareTo(top) >= 0) {
					continue;
				}
				Map<String, Rational> one = new LinkedHashMap<>(a.ratings());
				one.put(e.getKey(), top);
				List<Rational> now = engine.levelScores(a.withRatings(one));
				for (int i = 0; i < now.size(); i++) {
					Rational g = now.get(i).subtract(before.get(i));
					if (g.signum() > 0) {
						gains.get(i).add(g.multiply(coefficient));
					}
				}
			}
		}
		gains.forEach(list -> list.sort(Comparator.reverseOrder()));
		return gains;
	}

	/** The largest S that k raises can give: per level the c largest gains; the levels combined by a dynamic programme. */
	private static Rational largestTotal(CompositeResult r, List<List<Rational>> gains, int k) {
		RevisionModel model = engine.model();
		boolean progressive = r.determination().progressive();
		// best[met][cost]: the largest partial S after the levels so far, with every level so far met (progressive)
		Rational[][] best = new Rational[2][k + 1];
		best[1][0] = Rational.ZERO;
		for (int i = 0; i < model.levelCount(); i++) {
			Rational[][] next = new Rational[2][k + 1];
			for (int m = 0; m < 2; m++) {
				for (int cost = 0; cost <= k; cost++) {
					if (best[m][cost] == null) {
						continue;
					}
					Rational a = r.levelScore(i + 1);
					for (int c = 0; cost + c <= k && c <= gains.get(i).size(); c++) {
						if (c > 0) {
							a = a.add(gains.get(i).get(c - 1));
						}
						boolean met = model.determination().comparison().holds(a, model.determination().threshold()) && (!progressive || m == 1);
						int nm = progressive && !met ? 0 : 1;
						Rational s = best[m][cost].add(met ? Rational.ONE : a);
						if (next[nm][cost + c] == null || s.compareTo(next[nm][cost + c]) > 0) {
							next[nm][cost + c] = s;
						}
					}
				}
			}
			best = next;
		}
		Rational max = Rational.ZERO;
		for (Rational[] row : best) {
			for (Rational s : row) {
				if (s != null && s.compareTo(max) > 0) {
					max = s;
				}
			}
		}
		return max;
	}
}
