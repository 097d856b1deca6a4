package com.maturityworkbench.scoring.tests;

import static com.maturityworkbench.scoring.tests.HandModel.SMELTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.NextLevelPlan;
import com.maturityworkbench.scoring.result.PlanStep;
import com.maturityworkbench.scoring.result.ScoreResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plan to the next level: the fewest raises to 全部满足 that bring S into the next band, checked by hand and by brute force. */
class NextLevelPlanTest {
	private final RevisionModel model = HandModel.model();

	@Test
	void fewestRaisesCombineLevelsExactly() {
		ScoreResult r = new ScoringEngine(model).score(Ratings.of(model, SMELTING)
				// A(1) = 0.9 met; A(2) = 1 − 12% − 10% − 10% · 3/4 − 3% = 0.675; A(3) = 1 − 30% · 5/6 = 0.75; S = 4.425 → 四级
				.cell("表3.生产作业", "一级", "1", "1", "0")
				.cell("表1.组织建设", "二级", "0", "0", "0").cell("表1.转型战略", "二级", "0", "0").cell("表3.安全生产", "二级", "0.5", "0")
				.cell("表1.研发管理", "二级", "0")
				.cell("表3.生产作业", "三级", "0", "0", "0.5").build());
		NextLevelPlan plan = r.nextLevelPlan();
		// 五级 needs S ≥ 4.8. Meeting 三级 alone (one raise, 生产作业 a: +30%/3 = 0.1 → 0.85) gives 4.675; the two largest
		// gains of 二级 that do not yet meet it add 0.05 + 0.05 = 0.1 → 4.775 < 4.8. Meeting 二级 takes three raises
		// (0.675 + 3 · 0.05 = 0.825): 二级 + 三级 met → S = 5, four raises; meeting 二级 alone gives 4.75. So: four.
		assertTrue(plan.reachable());
		assertEquals("五级", plan.targetLevelName());
		assertEquals(Rational.parse("4.8"), plan.targetTotal());
		assertEquals(List.of("表1.转型战略.二级.a", "表1.转型战略.二级.b", "表3.安全生产.二级.b", "表3.生产作业.三级.a"),
				plan.steps().stream().map(PlanStep::clauseId).toList());
		assertEquals(List.of(Rational.parse("4.475"), Rational.parse("4.525"), Rational.parse("4.75"), Rational.of(5, 1)),
				plan.steps().stream().map(PlanStep::totalAfter).toList());
		PlanStep last = plan.steps().get(3);
		assertEquals(3, last.levelNumber());
		assertEquals(Rational.of(1, 10), last.levelScoreIncrease());
		assertEquals(5, last.levelAfter());
	}

	@Test
	void progressiveMeetsTheLowestLevelFirst() {
		Ratings ratings = Ratings.of(model, SMELTING).cell("表3.生产作业", "一级", "0", "0", "0.5");
		for (String level : List.of("二级", "三级", "四级", "五级")) {
			ratings.cell("表1.转型战略", level, "0", "0");
		}
		// A(1) = 0.75, A(2..5) = 0.9. Progressive: S = 0.75 + 3.6 = 4.35 → 四级; one raise of 生产作业 一级 a (+0.1) meets 一级
		// and unblocks every level: S = 5.
		NextLevelPlan plan = new ScoringEngine(model).score(ratings.build(), true).nextLevelPlan();
		assertEquals(1, plan.size());
		assertEquals("表3.生产作业.一级.a", plan.steps().get(0).clauseId());
		assertEquals(Rational.of(5, 1), plan.steps().get(0).totalAfter());
		assertTrue(plan.progressive());
	}

	@Test
	void topLevelHasNoPlan() {
		NextLevelPlan plan = new ScoringEngine(model).score(Ratings.of(model, SMELTING).build()).nextLevelPlan();
		assertTrue(plan.atTopLevel());
		assertNull(plan.targetTotal());
		assertEquals(0, plan.size());
	}

	@Test
	void oneLevelJustBelowTheThresholdTakesItsLargestGains() {
		Assessment a = Ratings.of(model, SMELTING).cell("表1.研发管理", "五级", "0").cell("表1.流程管理", "五级", "0")
				.cell("表1.信息安全", "五级", "0", "0").cell("表1.组织建设", "五级", "0", "0", "0").build();
		ScoreResult r = new ScoringEngine(model).score(a);
		// A(5) = 1 − 3% − 8% − 7% − 12% = 0.70; S = 4 + 0.70 = 4.70 → 四级. 五级 needs +0.10: the largest single gain is
		// 流程管理 (8%), not enough; then the first 4% raise of 组织建设 (12%/3) in table order: 0.82 → met, S = 5.
		assertEquals(Rational.parse("4.7"), r.total());
		NextLevelPlan plan = r.nextLevelPlan();
		assertEquals(List.of("表1.流程管理.五级.a", "表1.组织建设.五级.a"), plan.steps().stream().map(PlanStep::clauseId).toList());
		assertEquals(List.of(Rational.parse("4.78"), Rational.of(5, 1)), plan.steps().stream().map(PlanStep::totalAfter).toList());
		assertEquals(List.of(4, 5), plan.steps().stream().map(PlanStep::levelAfter).toList());
	}

	@Test
	void agreesWithBruteForceOnRandomAssessments() {
		Random random = new Random(20261201);
		int checked = 0;
		int reachable = 0;
		while (checked < 150) {
			RevisionModel m = RandomCases.model(random);
			Assessment base = RandomCases.assessment(m, random);
			Assessment few = withFewRaisable(m, base, random, 1 + random.nextInt(10));
			boolean progressive = random.nextBoolean();
			ScoringEngine engine = new ScoringEngine(m);
			ScoreResult result = engine.score(few, progressive);
			NextLevelPlan plan = result.nextLevelPlan();
			if (plan.atTopLevel()) {
				continue;
			}
			checked++;
			int brute = bruteForceMinimum(engine, few, progressive, plan.targetTotal());
			if (brute < 0) {
				assertFalse(plan.reachable(), "plan says reachable, brute force finds none");
				continue;
			}
			reachable++;
			assertTrue(plan.reachable());
			assertEquals(brute, plan.size(), "minimum number of raises");
			// applying the plan's raises really gives the last step's S, at or above the target
			Map<String, Rational> raised = new LinkedHashMap<>(few.ratings());
			plan.steps().forEach(s -> raised.put(s.clauseId(), m.scale().top()));
			Determination after = engine.determine(new Assessment(few.revisionId(), few.sector(), few.tailored(), raised), progressive);
			assertEquals(after.total(), plan.steps().get(plan.size() - 1).totalAfter());
			assertTrue(after.total().compareTo(plan.targetTotal()) >= 0);
		}
		assertTrue(reachable > 50, "enough reachable cases: " + reachable);
	}

	/** Keeps {@code keep} randomly chosen clauses of the assessment below the top rating; every other clause at the top. */
	private static Assessment withFewRaisable(RevisionModel m, Assessment a, Random random, int keep) {
		List<String> below = new ArrayList<>();
		a.ratings().forEach((id, r) -> {
			if (r.compareTo(m.scale().top()) < 0) {
				below.add(id);
			}
		});
		java.util.Collections.shuffle(below, random);
		Map<String, Rational> ratings = new LinkedHashMap<>();
		a.ratings().forEach((id, r) -> ratings.put(id, m.scale().top()));
		below.stream().limit(keep).forEach(id -> ratings.put(id, a.ratings().get(id)));
		return new Assessment(a.revisionId(), a.sector(), a.tailored(), ratings);
	}

	/** The smallest subset of below-top clauses whose raise brings S to {@code target}, by trying every subset; -1 if none. */
	private static int bruteForceMinimum(ScoringEngine engine, Assessment a, boolean progressive, Rational target) {
		Rational top = engine.model().scale().top();
		List<String> below = a.ratings().entrySet().stream().filter(e -> e.getValue().compareTo(top) < 0).map(Map.Entry::getKey).toList();
		int best = -1;
		for (int mask = 0; mask < 1 << below.size(); mask++) {
			int count = Integer.bitCount(mask);
			if (best >= 0 && count >= best) {
				continue;
			}
			Map<String, Rational> raised = new LinkedHashMap<>(a.ratings());
			for (int k = 0; k < below.size(); k++) {
				if ((mask & 1 << k) != 0) {
					raised.put(below.get(k), top);
				}
			}
			Rational s = engine.determine(new Assessment(a.revisionId(), a.sector(), a.tailored(), raised), progressive).total();
			if (s.compareTo(target) >= 0) {
				best = count;
			}
		}
		return best;
	}
}
