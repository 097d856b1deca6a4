package com.maturityworkbench.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.AssessmentException;
import com.maturityworkbench.scoring.compiled.RevisionScorer;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.AssessmentRules;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.DraftGap;
import com.maturityworkbench.scoring.result.ScoreResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rule "not applicable" of a revision's rules block, worked by hand on the hand model (冶炼 enterprise: 表1 40 %,
 * 表3 60 %; 表3 数字化生产 = 生产作业 30 % + 安全生产 10 % + 环保管理 10 %). Every clause is rated 1 except
 * 生产作业 一级 = [1, 0.5, 不适用] and 安全生产 一级 = [0, 0.5].
 */
class NotApplicableTest {
	private static final String PRODUCTION = "表3.生产作业";
	private static final String SAFETY = "表3.安全生产";

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private static RevisionModel allowing() {
		return HandModel.hand().rules(AssessmentRules.allowingNotApplicable("不适用")).build();
	}

	/** The ratings above; {@code notApplicable} clause letters of 生产作业 一级 are left out of the ratings. */
	private static Assessment assessment(RevisionModel model, String... notApplicable) {
		Assessment rated = Ratings.of(model, HandModel.SMELTING).cell(PRODUCTION, "一级", "1", "0.5", "0").cell(SAFETY, "一级", "0", "0.5").build();
		Map<String, Rational> ratings = new HashMap<>(rated.ratings());
		Set<String> na = new java.util.LinkedHashSet<>();
		for (String letter : notApplicable) {
			String id = HandModel.clause(PRODUCTION, "一级", letter.charAt(0));
			ratings.remove(id);
			na.add(id);
		}
		return rated.withRatings(ratings).withNotApplicable(na);
	}

	@Test
	void aNotApplicableClauseLeavesTheCellsN() {
		ScoreResult r = new ScoringEngine(allowing()).score(assessment(allowing(), "c"));
		// C(生产作业,一级) = (1 + 0.5) / 2 = 3/4 (n = 2, not 3); C(安全生产,一级) = (0 + 0.5) / 2 = 1/4
		// A(1) = 1 − 0.30·(1 − 3/4) − 0.10·(1 − 1/4) = 1 − 0.075 − 0.075 = 0.85
		assertEquals(Rational.parse("0.85"), r.levelScore(1));
		assertEquals(Rational.of(3, 4), subdomain(r, PRODUCTION).scores().get(0));
		assertEquals(Rational.valueOf(5), r.total());
		assertEquals(5, r.level());
		assertEquals(List.of(HandModel.clause(PRODUCTION, "一级", 'c')), List.copyOf(r.notApplicable()));
		assertTrue(r.draftGaps().stream().noneMatch(g -> g.kind() == DraftGap.Kind.CELL_NOT_APPLICABLE));
	}

	@Test
	void ratedNotApplicableDiffersFromRatedZero() {
		// the same clause rated 0 instead: C = (1 + 0.5 + 0) / 3 = 1/2, A(1) = 1 − 0.30·1/2 − 0.075 = 0.775 (not met)
		ScoreResult r = new ScoringEngine(allowing()).score(assessment(allowing()));
		assertEquals(Rational.parse("0.775"), r.levelScore(1));
		// every other level is rated 1 and met: S = 4 + 0.775 = 4.775 → 四级, where the same clause rated 不适用 gives S = 5 → 五级
		assertEquals(Rational.parse("4.775"), r.total());
		assertEquals(4, r.level());
	}

	@Test
	void aCellWhollyNotApplicableIsScoredLikeAnEmptyCell() {
		ScoreResult r = new ScoringEngine(allowing()).score(assessment(allowing(), "a", "b", "c"));
		// 生产作业 is not scored at 一级: 数字化生产's 50 % goes to 安全生产 and 环保管理 (10 : 10) → 25 % each
		// A(1) = 0.40 + 0.10 (表3 技术) + 0.25·1/4 + 0.25·1 = 0.8125
		assertEquals(Rational.parse("0.8125"), r.levelScore(1));
		assertEquals(Rational.of(1, 4), subdomain(r, SAFETY).effectiveWeights().get(0));
		DraftGap gap = r.draftGaps().stream().filter(g -> g.kind() == DraftGap.Kind.CELL_NOT_APPLICABLE).findFirst().orElseThrow();
		assertEquals(PRODUCTION, gap.subdomainId());
		assertEquals("一级", gap.levelName());
		assertEquals("能力子域“表3.生产作业”的一级单元格的 3 个条款全部评为不适用：按空单元格计分，该等级的权重重新分配", gap.message());
	}

	@Test
	void refusedWhenTheRevisionForbidsIt() {
		RevisionModel forbidding = HandModel.model();
		AssessmentException e = assertThrows(AssessmentException.class, () -> new ScoringEngine(forbidding).score(assessment(forbidding, "c")));
		assertEquals(1, e.problems().size());
		assertEquals("条款“表3.生产作业.一级.c”评为“不适用”（不适用），但修订版“征求意见稿”不允许不适用的评分：每条条款都应按满足程度评分（规则 rules not applicable forbidden）",
				e.problems().get(0).message());
		Language.set(Language.EN);
		AssessmentException en = assertThrows(AssessmentException.class, () -> new ScoringEngine(forbidding).score(assessment(forbidding, "c")));
		assertTrue(en.problems().get(0).message().startsWith("clause \"表3.生产作业.一级.c\" is rated \"不适用\" (not applicable), but revision"), en.getMessage());
	}

	@Test
	void aClauseBothNotApplicableAndRatedIsAProblem() {
		RevisionModel model = allowing();
		Assessment both = assessment(model).withNotApplicable(Set.of(HandModel.clause(PRODUCTION, "一级", 'c')));
		AssessmentException e = assertThrows(AssessmentException.class, () -> new ScoringEngine(model).score(both));
		assertEquals("条款“表3.生产作业.一级.c”既评为“不适用”（不适用）又有满足程度的评分", e.problems().get(0).message());
	}

	@Test
	void theCompiledScorerAgreesWithTheEngine() {
		RevisionModel model = allowing();
		RevisionScorer scorer = new RevisionScorer(model, List.of());
		assertEquals(Rational.parse("0.85"), scorer.determine(assessment(model, "c")).levelScore(1));
		assertEquals(Rational.parse("0.8125"), scorer.determine(assessment(model, "a", "b", "c")).levelScore(1));
	}

	@Test
	void theNextLevelPlanNeverRaisesANotApplicableClause() {
		ScoreResult r = new ScoringEngine(allowing()).score(assessment(allowing(), "c"));
		String na = HandModel.clause(PRODUCTION, "一级", 'c');
		assertTrue(r.nextLevelGaps().stream().noneMatch(g -> na.equals(g.clauseId())));
		assertTrue(r.nextLevelPlan() == null || r.nextLevelPlan().steps().stream().noneMatch(s -> na.equals(s.clauseId())));
	}

	private static com.maturityworkbench.scoring.result.SubdomainScore subdomain(ScoreResult r, String id) {
		return r.subdomains().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
	}
}
