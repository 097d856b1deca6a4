package com.maturityworkbench.scoring.tests;

import static com.maturityworkbench.scoring.tests.HandModel.SMELTING;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.AssessmentException;
import com.maturityworkbench.scoring.compiled.CompiledScore;
import com.maturityworkbench.scoring.compiled.CompiledScorer;
import com.maturityworkbench.scoring.compiled.CompiledScorerBuilder;
import com.maturityworkbench.scoring.compiled.CompiledTables;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.Cell;
import com.maturityworkbench.scoring.model.Comparison;
import com.maturityworkbench.scoring.model.CompositeRule;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.RatingScale;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.RevisionStatus;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.Subdomain;
import com.maturityworkbench.scoring.model.TablePart;
import com.maturityworkbench.scoring.model.TailoringRule;
import com.maturityworkbench.scoring.result.Determination;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The compiled fast scorer is a specialisation of the engine: same numbers, long arithmetic. */
class CompiledScorerTest {
	private final RevisionModel model = HandModel.model();

	@Test
	void tablesHoldWeightsOverOneCommonDenominatorPerLevel() {
		CompiledTables t = CompiledScorerBuilder.tables(new ScoringEngine(model).effectiveModel(SMELTING, Set.of()));
		// w'/n per cell: 组织建设 12%/3 = 1/25, 转型战略 10%/2 = 1/20, 流程管理 8%, 信息安全 7%/2 = 7/200, 研发管理 3/100,
		// 技术创新与改造 3/100, 中试验证 1/25, 生产作业 1/10, 安全生产 1/20, 环保管理 1/20 → D = lcm = 200
		// E = D · 10 (the scale's denominator: 1, 0.8, 0.5, 0 = 10/10, 8/10, 5/10, 0/10) = 2000
		assertArrayEquals(new long[] { 2000, 2000, 2000, 2000, 2000 }, t.levelDenominators());
		assertArrayEquals(new int[] { 10, 8, 5, 0 }, t.ratingValues());
		// factor = D · w'/n: 组织建设 200/25 = 8, 转型战略 10, 流程管理 16, 信息安全 7
		long[] f = t.cellFactors();
		assertArrayEquals(new long[] { 8, 8, 8, 8, 8, 10 }, Arrays.copyOf(f, 6));
		assertEquals(7, f[15]);
		// 19 clauses per level × 5 = 95 clauses; 10 subdomains × 5 levels = 50 cells
		assertEquals(95, t.clauseCount());
		assertEquals(50, t.cellCount());
	}

	@Test
	void compiledScoreOfTheWorkedExampleMatchesTheHandValues() {
		Assessment a = Ratings.of(model, SMELTING).cell("表1.信息安全", "二级", "0.5", "0").cell("表3.生产作业", "二级", "0.8", "0.8", "0.5")
				.cell("表1.组织建设", "二级", "0", "0", "0").build();
		CompiledScorer scorer = CompiledScorerBuilder.build(model, SMELTING, Set.of());
		CompiledScore s = scorer.score(scorer.ratingIndexes(a.ratings()));
		// A(2) = 59/80 (see ScoringEngineTest): numerator over E = 2000 is 1475
		assertEquals(1475, s.levelNumerator(2));
		assertEquals(Rational.of(59, 80), s.levelScore(2));
		assertFalse(s.met(2));
		assertEquals(Rational.of(379, 80), s.total());
		assertEquals(4, s.level());
		assertEquals("四级", s.levelName());
		assertFalse(s.usedFallback());
	}

	@Test
	void compiledScorerEqualsTheEngineOnTwelveThousandSeededRandomAssessments() {
		Random random = new Random(20240601L);
		int compared = 0;
		int levelsSeen = 0;
		boolean[] seen = new boolean[6];
		for (int m = 0; m < 60; m++) {
			RevisionModel variant = RandomCases.model(random);
			ScoringEngine engine = new ScoringEngine(variant);
			Map<String, CompiledScorer> scorers = new HashMap<>();
			for (int k = 0; k < 200; k++) {
				Assessment a = RandomCases.assessment(variant, random);
				boolean progressive = random.nextBoolean();
				CompiledScorer scorer = scorers.computeIfAbsent(a.sector() + a.tailored().stream().sorted().toList(),
						key -> CompiledScorerBuilder.build(engine, a.sector(), a.tailored()));
				CompiledScore fast = scorer.score(scorer.ratingIndexes(a.ratings()), progressive);
				Determination exact = engine.determine(a, progressive);
				String where = "model " + m + ", case " + k;
				for (int i = 1; i <= 5; i++) {
					assertEquals(exact.score(i), fast.levelScore(i), where + ", A(" + i + ")");
					assertEquals(exact.met(i), fast.met(i), where + ", met(" + i + ")");
					assertEquals(exact.levels().get(i - 1).metAlone(), fast.metAlone(i), where);
				}
				assertEquals(exact.total(), fast.total(), where + ", S");
				assertEquals(exact.level(), fast.level(), where + ", level");
				assertEquals(exact.levelName(), fast.levelName(), where);
				assertFalse(fast.usedFallback());
				seen[fast.level()] = true;
				compared++;
			}
		}
		assertEquals(12_000, compared);
		for (int level = 0; level <= 5; level++) {
			levelsSeen += seen[level] ? 1 : 0;
		}
		// the random cases reach every level 0..5
		assertEquals(6, levelsSeen, "levels seen " + Arrays.toString(seen));
	}

	@Test
	void scorerFallsBackToTheEngineWhenTheTablesDoNotFitInLongs() {
		// weights with large prime denominators: lcm = 1000003 · 1000033 · 1000037 · 1000039 ≈ 10^24 > 2^63;
		// 丁 takes the rest, so that the model's weights add up to 1 (the engine scores no other model)
		List<String> levels = List.of("一级");
		Rational wa = Rational.of(1, 1000003);
		Rational wb = Rational.of(1, 1000033);
		Rational wc = Rational.of(1, 1000037);
		Rational we = Rational.of(1, 1000039);
		Subdomain a = new Subdomain("表1.甲", "甲", wa, List.of(Cell.of("表1.甲.一级.a")));
		Subdomain b = new Subdomain("表1.乙", "乙", wb, List.of(Cell.of("表1.乙.一级.a")));
		Subdomain c = new Subdomain("表1.丙", "丙", wc, List.of(Cell.of("表1.丙.一级.a")));
		Subdomain e = new Subdomain("表1.戊", "戊", we, List.of(Cell.of("表1.戊.一级.a")));
		Subdomain d = new Subdomain("表2.丁", "丁", Rational.ONE.subtract(wa).subtract(wb).subtract(wc).subtract(we), List.of(Cell.of("表2.丁.一级.a")));
		DeterminationRule rule = new DeterminationRule(Comparison.AT_LEAST, Rational.parse("0.8"), false,
				List.of(new Band("一级", Rational.parse("0.8"), Rational.ONE, true)));
		RevisionModel huge = new RevisionModel("X", "R", RevisionStatus.DRAFT, levels, RatingScale.standard(),
				List.of(new ScoredTable("表1", TablePart.COMMON, null, List.of(new Domain("域", List.of(a, b, c, e)))),
						new ScoredTable("表2", TablePart.SECTOR, "冶炼", List.of(new Domain("域", List.of(d))))),
				TailoringRule.none(), rule, CompositeRule.mean());
		ScoringEngine engine = new ScoringEngine(huge);
		assertThrows(ArithmeticException.class, () -> CompiledScorerBuilder.tables(engine.effectiveModel("冶炼", Set.of())));
		CompiledScorer scorer = CompiledScorerBuilder.build(engine, "冶炼", Set.of());
		assertNull(scorer.tables());
		// ratings 1, 1, 0, 1, 1 (甲 乙 丙 戊 丁) → A = 1 − w(丙) = 1 − 1/1000037
		CompiledScore s = scorer.score(new int[] { 0, 0, 3, 0, 0 });
		assertTrue(s.usedFallback());
		assertEquals(Rational.ONE.subtract(Rational.of(1, 1000037)), s.levelScore(1));
	}

	@Test
	void overflowOnTheLongPathIsGuardedAndFallsBack() {
		// one cell whose factor times a rating sum of 10 overflows a long
		CompiledTables t = new CompiledTables("R", "冶炼", List.of(), new String[] { "c1" }, new String[] { "一级" }, new int[] { 10, 0 }, 10,
				new int[] { 0 }, new int[] { 0 }, new int[] { 1 }, new long[] { Long.MAX_VALUE / 5 }, new long[] { 10 }, Comparison.AT_LEAST, 4, 5,
				false, new int[] { 1 }, new long[] { 4 }, new long[] { 5 }, new long[] { 1 }, new long[] { 1 }, new boolean[] { true });
		Determination sentinel = new ScoringEngine(model).determine(List.of(Rational.ONE, Rational.ONE, Rational.ONE, Rational.ONE, Rational.ONE), false);
		CompiledScore s = new CompiledScorer(t, (ratings, progressive) -> sentinel).score(new int[] { 0 });
		assertTrue(s.usedFallback());
		assertEquals(5, s.level());
		assertThrows(ArithmeticException.class, () -> new CompiledScorer(t, null).score(new int[] { 0 }));
		// rating 0 (index 1) does not overflow: 0 · factor = 0 → A = 0, level 0
		assertEquals(Rational.ZERO, new CompiledScorer(t, null).score(new int[] { 1 }).levelScore(1));
	}

	@Test
	void ratingIndexOffTheScaleNamesTheClause() {
		CompiledScorer scorer = CompiledScorerBuilder.build(model, SMELTING, Set.of());
		int[] ratings = scorer.ratingIndexes(Ratings.of(model, SMELTING).build().ratings());
		ratings[4] = 7;
		AssessmentException e = assertThrows(AssessmentException.class, () -> scorer.score(ratings));
		// clause order: 组织建设 一级 a, b, c, 二级 a, b ...
		assertEquals("rating index 7 of clause \"表1.组织建设.二级.b\" is not a scale index (0..3)", e.getMessage());
		assertEquals("表1.组织建设.二级.b", e.clauseId());
	}

	@Test
	void clausesOfTailoredSubdomainsAreNotRead() {
		Assessment a = Ratings.of(model, SMELTING).tailor("表1.流程管理").cell("表1.组织建设", "一级", "1", "0.8", "0.5").cell("表1.转型战略", "一级", "0", "0")
				.build();
		CompiledScorer scorer = CompiledScorerBuilder.build(model, SMELTING, Set.of("表1.流程管理"));
		int[] ratings = scorer.ratingIndexes(a.ratings());
		// 流程管理 一级 a sits after 组织建设 (15 clauses) and 转型战略 (10 clauses): position 25, left at -1
		assertEquals("表1.流程管理.一级.a", scorer.clauseIds().get(25));
		assertEquals(-1, ratings[25]);
		// A(1) = 227/275 as worked out in TailoringTest
		assertEquals(Rational.of(227, 275), scorer.score(ratings).levelScore(1));
	}
}
