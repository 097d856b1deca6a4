package com.maturityworkbench.scoring.tests;

import static com.maturityworkbench.scoring.tests.HandModel.SMELTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.Comparison;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.BothReadings;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.ScoreResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.scoring.i18n.Language;

/** 9.2 and Table 10: met flags, S, progressive reading, bands. */
class LevelDeterminationTest {
	/** These messages are asserted in English; their Chinese texts in {@link RuntimeMessagesTest}. */
	@BeforeEach
	void english() {
		Language.set(Language.EN);
	}

	private static List<Rational> scores(String... values) {
		return Stream.of(values).map(Rational::parse).toList();
	}

	/** 生产作业 一级 rated 0.5, 0.5, 0: C = 1/3 and A(1) = 1 − 30% · 2/3 = 0.8 exactly. */
	private static ScoreResult levelOneAtExactlyPointEight(Comparison comparison) {
		RevisionModel model = HandModel.hand().comparison(comparison).build();
		return new ScoringEngine(model).score(Ratings.of(model, SMELTING).cell("表3.生产作业", "一级", "0.5", "0.5", "0").build());
	}

	@Test
	void levelScoreOfExactlyPointEightIsMetWithAtLeast() {
		ScoreResult r = levelOneAtExactlyPointEight(Comparison.AT_LEAST);
		assertEquals(Rational.of(4, 5), r.levelScore(1));
		assertTrue(r.met(1));
		// S = 1 + 1 + 1 + 1 + 1 = 5
		assertEquals(Rational.valueOf(5), r.total());
	}

	@Test
	void levelScoreOfExactlyPointEightIsNotMetWithGreaterThan() {
		ScoreResult r = levelOneAtExactlyPointEight(Comparison.GREATER_THAN);
		assertEquals(Rational.of(4, 5), r.levelScore(1));
		assertFalse(r.met(1));
		// S = 0.8 + 4 = 4.8, still 五级 (4.8 ≤ S ≤ 5)
		assertEquals(Rational.parse("4.8"), r.total());
		assertEquals(5, r.level());
	}

	@Test
	void progressiveReadingBlocksLevelsAboveAnUnmetLevel() {
		RevisionModel model = HandModel.model();
		Ratings ratings = Ratings.of(model, SMELTING).cell("表3.生产作业", "一级", "0", "0", "0").cell("表3.安全生产", "一级", "0", "0")
				.cell("表3.环保管理", "一级", "0", "0");
		for (String level : List.of("二级", "三级", "四级", "五级")) {
			ratings.cell("表3.技术创新与改造", level, "0", "0").cell("表3.中试验证", level, "0").cell("表3.环保管理", level, "0", "0");
		}
		BothReadings<ScoreResult> both = new ScoringEngine(model).scoreBothReadings(ratings.build());
		// A(1) = 1 − (30 + 10 + 10)% = 0.5; A(2..5) = 1 − (6 + 4 + 10)% = 0.8
		ScoreResult off = both.independent();
		assertEquals(Rational.of(1, 2), off.levelScore(1));
		assertEquals(Rational.of(4, 5), off.levelScore(2));
		// independent: S = 0.5 + 1 + 1 + 1 + 1 = 4.5 → 四级
		assertFalse(off.progressive());
		assertEquals(Rational.parse("4.5"), off.total());
		assertEquals("四级", off.levelName());
		// progressive: 一级 not met blocks 二级..五级, S = 0.5 + 4 · 0.8 = 3.7 → 三级
		ScoreResult on = both.progressive();
		assertTrue(on.progressive());
		assertTrue(on.determination().levels().get(1).metAlone());
		assertFalse(on.met(2));
		assertEquals(Rational.parse("3.7"), on.total());
		assertEquals("三级", on.levelName());
	}

	@ParameterizedTest(name = "A = {0} → S = {1}, level {2}")
	@CsvSource(delimiter = ';', value = {
			// S = 0.79 (nothing met) → below 一级
			"0.79 0 0 0 0; 0.79; 0",
			// 0.8 is met and counts 1 → S = 1 → 一级
			"0.8 0 0 0 0; 1; 1",
			// S = 1 + 0.79 + 0.01 = 1.8 exactly: lower bound inclusive → 二级
			"0.9 0.79 0.01 0 0; 1.8; 2",
			// S = 1 + 1 + 1 + 0.79 + 0.009 = 3.799 → 三级
			"1 1 1 0.79 0.009; 3.799; 3",
			// S = 4 + 0.79 = 4.79 → 四级
			"1 1 1 1 0.79; 4.79; 4",
			// S = 5: upper bound of 五级 closed
			"1 1 1 1 1; 5; 5" })
	void bandOfTableTenContainingS(String a, String s, int level) {
		ScoringEngine engine = new ScoringEngine(HandModel.model());
		Determination d = engine.determine(scores(a.split(" ")), false);
		assertEquals(Rational.parse(s), d.total());
		assertEquals(level, d.level());
		assertEquals(level == 0 ? null : HandModel.LEVELS.get(level - 1), d.levelName());
	}

	@Test
	void standardBandsHaveNoProblems() {
		assertEquals(List.of(), DeterminationRule.standard(HandModel.LEVELS).bandProblems(HandModel.LEVELS));
	}

	@Test
	void bandsWithAGapAndAnOpenTopAreReported() {
		List<Band> bands = new ArrayList<>(DeterminationRule.standard(HandModel.LEVELS).bands());
		bands.set(1, new Band("二级", Rational.parse("1.9"), Rational.parse("2.8"), false));
		bands.set(4, new Band("五级", Rational.parse("4.8"), Rational.valueOf(5), false));
		DeterminationRule rule = new DeterminationRule(Comparison.AT_LEAST, Rational.parse("0.8"), false, bands);
		assertEquals(List.of("gap between band 一级 [0.8, 1.8) and band 二级 [1.9, 2.8)", "the last band 五级 [4.8, 5) must end at 5 inclusive"),
				rule.bandProblems(HandModel.LEVELS));
		Language.set(Language.ZH);
		assertEquals(List.of("一级的得分区间 [0.8, 1.8) 与二级的得分区间 [1.9, 2.8) 之间有空档", "最高的得分区间（五级 [4.8, 5)）应止于并包含 5"),
				rule.bandProblems(HandModel.LEVELS));
	}

	@Test
	void levelNameIsNullBelowTheFirstBand() {
		Determination d = new ScoringEngine(HandModel.model()).determine(scores("0.1", "0.1", "0.1", "0.1", "0.1"), false);
		// S = 0.5
		assertEquals(0, d.level());
		assertNull(d.levelName());
		assertEquals("低于一级", d.levelLabel());
	}
}
