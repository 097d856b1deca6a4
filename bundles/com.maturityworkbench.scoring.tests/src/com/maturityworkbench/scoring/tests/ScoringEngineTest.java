package com.maturityworkbench.scoring.tests;

import static com.maturityworkbench.scoring.tests.HandModel.SMELTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.DomainScore;
import com.maturityworkbench.scoring.result.DraftGap;
import com.maturityworkbench.scoring.result.ScoreResult;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.scoring.i18n.Language;

/** Formulas (1)-(3) of 9.1 on the hand model (see {@link HandModel}). */
class ScoringEngineTest {
	/** These messages are asserted in English; their Chinese texts in {@link RuntimeMessagesTest}. */
	@BeforeEach
	void english() {
		Language.set(Language.EN);
	}

	private final RevisionModel model = HandModel.model();
	private final ScoringEngine engine = new ScoringEngine(model);

	@Test
	void subdomainScoreIsTheExactMeanOfItsClauseRatings() {
		ScoreResult r = engine.score(Ratings.of(model, SMELTING).cell("表1.组织建设", "一级", "1", "0.8", "0.5").build());
		// C = (1 + 0.8 + 0.5) / 3 = 2.3 / 3 = 23/30 = 0.7666...
		assertEquals(Rational.of(23, 30), r.subdomain("表1.组织建设").score(1));
		// A(1) = 12% · 23/30 + (100% − 12%) · 1 = 276/3000 + 2640/3000 = 2916/3000 = 243/250 = 0.972
		assertEquals(Rational.of(243, 250), r.levelScore(1));
		// every other level is fully met: S = 5
		assertEquals(Rational.valueOf(5), r.total());
	}

	@Test
	void levelScoreIsTheWeightedSumOfSubdomainScores() {
		ScoreResult r = engine.score(Ratings.of(model, SMELTING)
				.cell("表1.信息安全", "二级", "0.5", "0")
				.cell("表3.生产作业", "二级", "0.8", "0.8", "0.5")
				.cell("表1.组织建设", "二级", "0", "0", "0").build());
		// C(信息安全) = (0.5 + 0) / 2 = 1/4; C(生产作业) = 2.1 / 3 = 7/10; C(组织建设) = 0
		assertEquals(Rational.of(1, 4), r.subdomain("表1.信息安全").score(2));
		assertEquals(Rational.of(7, 10), r.subdomain("表3.生产作业").score(2));
		// A(2) = 7%·1/4 + 30%·7/10 + 12%·0 + (100 − 7 − 30 − 12)%·1 = 7/400 + 84/400 + 204/400 = 295/400 = 59/80
		assertEquals(Rational.of(59, 80), r.levelScore(2));
		assertFalse(r.met(2));
		// S = 1 + 59/80 + 1 + 1 + 1 = 379/80 = 4.7375 → 四级 [3.8, 4.8)
		assertEquals(Rational.of(379, 80), r.total());
		assertEquals(4, r.level());
		assertEquals("四级", r.levelName());
	}

	@Test
	void domainScoresAreMergedByNameAcrossTables() {
		ScoreResult r = engine.score(Ratings.of(model, SMELTING).cell("表1.信息安全", "一级", "0", "0").cell("表3.技术创新与改造", "一级", "1", "0.5").build());
		DomainScore technology = r.domain("技术");
		assertEquals(List.of("表1", "表3"), technology.tableIds());
		// weight = 7% + 3% (表1) + 6% + 4% (表3) = 1/5
		assertEquals(Rational.of(1, 5), technology.weights().get(0));
		// contribution = 7%·0 + 3%·1 + 6%·(1 + 0.5)/2 + 4%·1 = 0.03 + 0.045 + 0.04 = 0.115 = 23/200
		assertEquals(Rational.of(23, 200), technology.contributions().get(0));
		// B = 0.115 / 0.2 = 23/40 (formula 2: Σ C·β with β the subdomain's share of the domain)
		assertEquals(Rational.of(23, 40), technology.score(1));
		// untouched level: B = 1
		assertEquals(Rational.ONE, technology.score(2));
	}

	@Test
	void ratingsOfAnUnweightedRowAreAcceptedNotScoredAndTheRowIsListed() {
		ScoreResult r = engine.score(Ratings.of(model, SMELTING).set("表3.数字化营销.一级.a", "0").build());
		// the row has no weight: A(1) stays 1
		assertEquals(Rational.ONE, r.levelScore(1));
		DraftGap row = r.draftGaps().stream().filter(g -> g.kind() == DraftGap.Kind.UNWEIGHTED_ROW).findFirst().orElseThrow();
		assertEquals("表3", row.tableId());
		assertEquals(List.of("表3.数字化营销.一级.a"), row.clauseIds());
		assertEquals("requirement row \"数字化营销\" of table 表3 has no weight: its 1 clause(s) are not scored", row.message());
	}

	@Test
	void belowTheLowestBandIsLevelZero() {
		// only 转型战略 (10%) is fully met, everything else 0: A(i) = 1/10 at every level, S = 5 · 1/10 = 1/2 < 0.8
		ScoreResult r = engine.score(Ratings.of(model, SMELTING).all("0").subdomain("表1.转型战略", "1").build());
		assertEquals(Rational.of(1, 10), r.levelScore(3));
		assertEquals(Rational.of(1, 2), r.total());
		assertEquals(0, r.level());
		assertNull(r.levelName());
		assertEquals("低于一级", r.determination().levelLabel());
		// next level 一级 starts at 0.8: 0.8 − 0.5 = 3/10 to go
		assertEquals("一级", r.determination().nextLevelName());
		assertEquals(Rational.of(3, 10), r.determination().toNextLevel());
	}

	@Test
	void effectiveWeightsWithoutTailoringAreTheDeclaredWeights() {
		ScoreResult r = engine.score(Ratings.of(model, SMELTING).build());
		assertEquals(Rational.of(12, 100), r.subdomain("表1.组织建设").effectiveWeight(3));
		assertEquals(Rational.of(30, 100), r.subdomain("表3.生产作业").effectiveWeight(5));
		Rational sum = r.subdomains().stream().map(s -> s.effectiveWeight(1)).reduce(Rational.ZERO, Rational::add);
		assertEquals(Rational.ONE, sum);
		assertTrue(r.draftGaps().stream().allMatch(g -> g.kind() == DraftGap.Kind.UNWEIGHTED_ROW));
	}
}
