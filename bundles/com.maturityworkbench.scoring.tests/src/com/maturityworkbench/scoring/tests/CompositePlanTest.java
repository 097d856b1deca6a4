package com.maturityworkbench.scoring.tests;

import static com.maturityworkbench.scoring.tests.HandModel.MINING;
import static com.maturityworkbench.scoring.tests.HandModel.SMELTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.assessment.OutputBasis;
import com.maturityworkbench.scoring.engine.Aggregations;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.Aggregation;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.CompositePlan;
import com.maturityworkbench.scoring.result.CompositePlanStep;
import com.maturityworkbench.scoring.result.CompositeResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The enterprise's plan to the next level for a composite: the fewest (unit, clause) raises to 全部满足, checked by
 * hand and against brute force over every subset of the raisable clauses of every unit, for each aggregation.
 */
class CompositePlanTest {
	/** Mean: A_SUM(i) = Σ (type weight / units of the type) · A_unit(i), so a raise in the larger type gains more. */
	@Test
	void meanPoolsTheUnitsRaisesWithTheirCoefficients() {
		RevisionModel model = HandModel.hand().aggregation(Aggregation.MEAN).build();
		// 冶炼 (output 400) rated 1 except 表3.生产作业 一级 (30%, three clauses) all 0: its A(1) = 0.7; 采选 (output 100)
		// all 1. Types: 冶炼 4/5, 采选 1/5. A_SUM(1) = 4/5 · 0.7 + 1/5 = 0.76 < 0.8, the rest met: S = 4.76 → 四级.
		// One raise of a 生产作业 一级 clause: +0.1 in the smelter's A(1), +0.08 in A_SUM(1) = 0.84 → met, S = 5.
		CompositeAssessment c = new CompositeAssessment(HandModel.REVISION, OutputBasis.VALUES,
				List.of(new CompositeUnit("冶炼厂", SMELTING, Rational.valueOf(400), Ratings.of(model, SMELTING).cell("表3.生产作业", "一级", "0", "0", "0").build()),
						new CompositeUnit("矿山", MINING, Rational.valueOf(100), Ratings.of(model, MINING).build())));
		CompositeResult r = new ScoringEngine(model).scoreComposite(c, false);
		assertEquals(Rational.parse("4.76"), r.total());
		CompositePlan plan = r.plan();
		assertEquals(CompositePlan.Method.POOLED, plan.method());
		assertEquals(1, plan.size());
		CompositePlanStep step = plan.steps().get(0);
		assertEquals("冶炼厂", step.unitName());
		assertEquals(SMELTING, step.sector());
		assertEquals("表3.生产作业.一级.a", step.step().clauseId());
		assertEquals(Rational.of(1, 10), step.step().levelScoreIncrease());
		assertEquals(Rational.of(5, 1), step.step().totalAfter());
	}

	/** Median over three smelters: raising one unit does nothing until it passes the middle one. */
	@Test
	void medianRaisesTheMiddleUnit() {
		RevisionModel model = HandModel.hand().aggregation(Aggregation.MEDIAN).build();
		// Three smelters of equal output, rated 1 except in 一级 as below; every other level is met.
		CompositeAssessment c = new CompositeAssessment(HandModel.REVISION, OutputBasis.VALUES, List.of(
				new CompositeUnit("一厂", SMELTING, Rational.valueOf(100), Ratings.of(model, SMELTING).cell("表3.生产作业", "一级", "0", "0", "0").build()),
				new CompositeUnit("二厂", SMELTING, Rational.valueOf(100),
						Ratings.of(model, SMELTING).cell("表3.生产作业", "一级", "0", "0", "0").cell("表1.组织建设", "一级", "0", "0", "0").cell("表1.转型战略", "一级", "0", "0")
								.cell("表1.流程管理", "一级", "0").build()),
				new CompositeUnit("三厂", SMELTING, Rational.valueOf(100), Ratings.of(model, SMELTING).build())));
		CompositeResult r = new ScoringEngine(model).scoreComposite(c, false);
		// 一厂 A(1) = 1 − 30% = 0.7; 二厂 = 1 − 30% − 12% − 10% − 8% = 0.4; 三厂 = 1. Median 0.7 < 0.8: S = 4.7.
		assertEquals(Rational.parse("4.7"), r.total());
		CompositePlan plan = r.plan();
		assertEquals(CompositePlan.Method.EXHAUSTIVE, plan.method());
		// raising 一厂 once (+0.1): the median is 0.8, met (>= in the hand model), S = 5; raising 二厂 does not move the median.
		assertEquals(1, plan.size());
		assertEquals("一厂", plan.steps().get(0).unitName());
		assertEquals(Rational.of(5, 1), plan.steps().get(0).step().totalAfter());
		assertTrue(plan.searchSize() > 0 && !plan.beyondLimit());
	}

	/** Trimmed: every subset of a unit's raises is a possible A(i); three smelters rated 0 exceed the search limit. */
	@Test
	void trimmedBeyondTheSearchLimitIsRefusedWithTheReason() {
		RevisionModel model = HandModel.hand().aggregation(Aggregation.TRIMMED).build();
		List<CompositeUnit> units = new ArrayList<>();
		for (String name : List.of("一厂", "二厂", "三厂")) {
			units.add(new CompositeUnit(name, SMELTING, Rational.valueOf(100), Ratings.of(model, SMELTING).all("0").build()));
		}
		CompositeResult r = new ScoringEngine(model).scoreComposite(new CompositeAssessment(HandModel.REVISION, OutputBasis.VALUES, units), false);
		assertEquals(Rational.ZERO, r.total());
		CompositePlan plan = r.plan();
		assertEquals("一级", plan.targetLevelName());
		assertTrue(plan.beyondLimit());
		assertFalse(plan.reachable());
		assertEquals(0, plan.size());
		assertTrue(plan.searchSize() > plan.searchLimit());
	}

	@Test
	void agreesWithBruteForceOnRandomCompositesForEveryAggregation() {
		Random random = new Random(20261201);
		Map<Aggregation, Integer> reachable = new EnumMap<>(Aggregation.class);
		for (Aggregation aggregation : Aggregation.values()) {
			int checked = 0;
			while (checked < 60) {
				boolean progressive = random.nextBoolean();
				RevisionModel model = HandModel.hand().aggregation(aggregation).progressive(progressive).build();
				ScoringEngine engine = new ScoringEngine(model);
				int unitCount = 2 + random.nextInt(3);
				int budget = 3 + random.nextInt(8); // raisable clauses over all units, so that brute force stays small
				List<CompositeUnit> units = new ArrayList<>();
				for (int u = 0; u < unitCount; u++) {
					Assessment a = RandomCases.assessment(model, random);
					int keep = u == unitCount - 1 ? budget : random.nextInt(budget + 1);
					budget -= keep;
					units.add(new CompositeUnit("单元" + u, a.sector(), Rational.valueOf(1 + random.nextInt(5)), withFewRaisable(model, a, random, keep)));
				}
				CompositeAssessment composite = new CompositeAssessment(HandModel.REVISION, OutputBasis.VALUES, units);
				CompositePlan plan = engine.scoreComposite(composite, progressive).plan();
				if (plan.atTopLevel()) {
					continue;
				}
				checked++;
				int brute = bruteForceMinimum(engine, aggregation, composite, progressive, plan.targetTotal());
				if (brute < 0) {
					assertFalse(plan.reachable(), "plan says reachable, brute force finds none");
					continue;
				}
				reachable.merge(aggregation, 1, Integer::sum);
				assertTrue(plan.reachable(), aggregation + ": brute force reaches the target with " + brute);
				assertEquals(brute, plan.size(), aggregation + ": minimum number of raises");
				// applying the plan really gives its last step's S, at or above the target
				Rational after = compositeTotal(engine, aggregation, raised(model, composite, plan.steps()), progressive);
				assertEquals(after, plan.steps().get(plan.size() - 1).step().totalAfter());
				assertTrue(after.compareTo(plan.targetTotal()) >= 0);
			}
		}
		for (Aggregation aggregation : Aggregation.values()) {
			assertTrue(reachable.getOrDefault(aggregation, 0) > 20, aggregation + ": enough reachable cases: " + reachable);
		}
	}

	/** The composite with the plan's raises applied. */
	static CompositeAssessment raised(RevisionModel model, CompositeAssessment c, List<CompositePlanStep> steps) {
		List<CompositeUnit> units = new ArrayList<>();
		for (CompositeUnit u : c.units()) {
			Map<String, Rational> ratings = new LinkedHashMap<>(u.assessment().ratings());
			steps.stream().filter(s -> s.unitName().equals(u.name())).forEach(s -> ratings.put(s.step().clauseId(), model.scale().top()));
			units.add(new CompositeUnit(u.name(), u.sector(), u.output(), u.assessment().withRatings(ratings)));
		}
		return new CompositeAssessment(c.revisionId(), c.basis(), units);
	}

	/** S of a composite computed here from the units' A(i) by Annex A's formula (not by the composite scorer). */
	private static Rational compositeTotal(ScoringEngine engine, Aggregation aggregation, CompositeAssessment c, boolean progressive) {
		List<List<Rational>> scores = c.units().stream().map(u -> engine.levelScores(u.assessment())).toList();
		return compositeTotal(engine, aggregation, c, scores, progressive);
	}

	private static Rational compositeTotal(ScoringEngine engine, Aggregation aggregation, CompositeAssessment c, List<List<Rational>> scores,
			boolean progressive) {
		Rational output = c.units().stream().map(CompositeUnit::output).reduce(Rational.ZERO, Rational::add);
		List<Rational> sum = new ArrayList<>();
		for (int level = 0; level < engine.model().levelCount(); level++) {
			Rational s = Rational.ZERO;
			for (String sector : engine.model().sectors()) {
				List<Rational> values = new ArrayList<>();
				Rational typeOutput = Rational.ZERO;
				for (int u = 0; u < c.units().size(); u++) {
					if (c.units().get(u).sector().equals(sector)) {
						values.add(scores.get(u).get(level));
						typeOutput = typeOutput.add(c.units().get(u).output());
					}
				}
				if (!values.isEmpty()) {
					s = s.add(typeOutput.divide(output).multiply(Aggregations.aggregate(aggregation, values).value()));
				}
			}
			sum.add(s);
		}
		return engine.determine(sum, progressive).total();
	}

	/** The fewest (unit, clause) raises that bring S to {@code target}, by trying every subset; -1 if none. */
	private static int bruteForceMinimum(ScoringEngine engine, Aggregation aggregation, CompositeAssessment c, boolean progressive, Rational target) {
		Rational top = engine.model().scale().top();
		List<int[]> below = new ArrayList<>(); // {unit, index in that unit's list}
		List<List<String>> ids = new ArrayList<>();
		for (int u = 0; u < c.units().size(); u++) {
			List<String> list = c.units().get(u).assessment().ratings().entrySet().stream().filter(e -> e.getValue().compareTo(top) < 0)
					.map(Map.Entry::getKey).toList();
			ids.add(list);
			for (int k = 0; k < list.size(); k++) {
				below.add(new int[] { u, k });
			}
		}
		int best = -1;
		for (int mask = 0; mask < 1 << below.size(); mask++) {
			int count = Integer.bitCount(mask);
			if (best >= 0 && count >= best) {
				continue;
			}
			List<Map<String, Rational>> ratings = new ArrayList<>();
			c.units().forEach(u -> ratings.add(new LinkedHashMap<>(u.assessment().ratings())));
			for (int b = 0; b < below.size(); b++) {
				if ((mask & 1 << b) != 0) {
					int[] ref = below.get(b);
					ratings.get(ref[0]).put(ids.get(ref[0]).get(ref[1]), top);
				}
			}
			List<List<Rational>> scores = new ArrayList<>();
			for (int u = 0; u < c.units().size(); u++) {
				scores.add(engine.levelScores(c.units().get(u).assessment().withRatings(ratings.get(u))));
			}
			if (compositeTotal(engine, aggregation, c, scores, progressive).compareTo(target) >= 0) {
				best = count;
			}
		}
		return best;
	}

	/** Keeps {@code keep} randomly chosen clauses below the top rating; every other clause at the top. */
	private static Assessment withFewRaisable(RevisionModel m, Assessment a, Random random, int keep) {
		List<String> below = new ArrayList<>();
		a.ratings().forEach((id, r) -> {
			if (r.compareTo(m.scale().top()) < 0) {
				below.add(id);
			}
		});
		Collections.shuffle(below, random);
		Map<String, Rational> ratings = new LinkedHashMap<>();
		a.ratings().forEach((id, r) -> ratings.put(id, m.scale().top()));
		below.stream().limit(keep).forEach(id -> ratings.put(id, a.ratings().get(id)));
		return a.withRatings(ratings);
	}
}
