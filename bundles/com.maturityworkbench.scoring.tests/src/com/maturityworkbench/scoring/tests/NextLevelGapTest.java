package com.maturityworkbench.scoring.tests;

import static com.maturityworkbench.scoring.tests.HandModel.SMELTING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.NextLevelGap;
import com.maturityworkbench.scoring.result.ScoreResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gap to the next level: what raising one more clause of a cell to 全部满足 adds to S. */
class NextLevelGapTest {
	private final RevisionModel model = HandModel.model();

	@Test
	void cellsAreRankedByGainInTotalWithTiesInTableOrder() {
		ScoreResult r = new ScoringEngine(model).score(Ratings.of(model, SMELTING)
				// A(1) = 1 − 30% · 1/3 = 0.9, met
				.cell("表3.生产作业", "一级", "1", "1", "0")
				// A(2) = 1 − 12% − 10% − 10% · 3/4 − 3% = 1 − 0.325 = 0.675
				.cell("表1.组织建设", "二级", "0", "0", "0").cell("表1.转型战略", "二级", "0", "0").cell("表3.安全生产", "二级", "0.5", "0")
				.cell("表1.研发管理", "二级", "0")
				// A(3) = 1 − 30% · (1 − 1/6) = 0.75
				.cell("表3.生产作业", "三级", "0", "0", "0.5").build());
		// S = 1 + 0.675 + 0.75 + 1 + 1 = 4.425 → 四级; 五级 needs 4.8, 3/8 to go
		assertEquals(Rational.parse("4.425"), r.total());
		assertEquals(Rational.of(3, 8), r.determination().toNextLevel());
		List<NextLevelGap> gaps = r.nextLevelGaps();
		assertEquals(List.of("表3.生产作业@3", "表1.转型战略@2", "表3.安全生产@2", "表1.组织建设@2", "表1.研发管理@2", "表3.生产作业@1"),
				gaps.stream().map(g -> g.subdomainId() + "@" + g.levelNumber()).toList());
		// 生产作业 三级: raise a (0 → 1): ΔA = 30% · 1/3 = 0.1, A(3) = 0.85 becomes met: ΔS = 1 − 0.75 = 1/4
		NextLevelGap first = gaps.get(0);
		assertEquals("表3.生产作业.三级.a", first.clauseId());
		assertEquals(Rational.ZERO, first.currentRating());
		assertEquals(Rational.of(1, 10), first.levelScoreIncrease());
		assertEquals(Rational.of(1, 4), first.totalIncrease());
		assertEquals(Rational.parse("4.675"), first.totalAfter());
		// 转型战略 二级: 10% · 1/2 = 1/20, A(2) stays unmet so ΔS = ΔA; 安全生产 二级 raises its 0-rated clause b: 10% · 1/2 = 1/20
		assertEquals(Rational.of(1, 20), gaps.get(1).totalIncrease());
		assertEquals("表3.安全生产.二级.b", gaps.get(2).clauseId());
		assertEquals(Rational.of(1, 20), gaps.get(2).totalIncrease());
		// 组织建设 二级: 12% / 3 = 1/25; 研发管理 二级: 3% / 1 = 3/100
		assertEquals(Rational.of(1, 25), gaps.get(3).totalIncrease());
		assertEquals(Rational.of(3, 100), gaps.get(4).totalIncrease());
		// 生产作业 一级 is met already: A(1) would rise by 0.1 but S by nothing
		assertEquals(Rational.of(1, 10), gaps.get(5).levelScoreIncrease());
		assertEquals(Rational.ZERO, gaps.get(5).totalIncrease());
	}

	@Test
	void progressiveGainIncludesTheHigherLevelsAMetLevelUnblocks() {
		Ratings ratings = Ratings.of(model, SMELTING).cell("表3.生产作业", "一级", "0", "0", "0.5");
		for (String level : List.of("二级", "三级", "四级", "五级")) {
			ratings.cell("表1.转型战略", level, "0", "0");
		}
		ScoringEngine engine = new ScoringEngine(model);
		// A(1) = 1 − 30% · 5/6 = 0.75; A(2..5) = 1 − 10% = 0.9
		ScoreResult on = engine.score(ratings.build(), true);
		// progressive: S = 0.75 + 4 · 0.9 = 4.35; raising 生产作业 一级 a: A(1) = 0.85, met, unblocks all → S = 5, ΔS = 13/20
		assertEquals(Rational.parse("4.35"), on.total());
		assertEquals("表3.生产作业@1", on.nextLevelGaps().get(0).subdomainId() + "@" + on.nextLevelGaps().get(0).levelNumber());
		assertEquals(Rational.of(13, 20), on.nextLevelGaps().get(0).totalIncrease());
		assertEquals(5, on.nextLevelGaps().get(0).levelAfter());
		// independent: S = 0.75 + 4 = 4.75; the same raise gains only 1 − 0.75 = 1/4
		ScoreResult off = engine.score(ratings.build(), false);
		assertEquals(Rational.of(1, 4), off.nextLevelGaps().get(0).totalIncrease());
	}
}
