package com.maturityworkbench.scoring.tests;

import static com.maturityworkbench.scoring.tests.HandModel.SMELTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.AssessmentException;
import com.maturityworkbench.scoring.assessment.AssessmentProblem;
import com.maturityworkbench.scoring.assessment.AssessmentValidator;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.assessment.OutputBasis;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.TailoringScope;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.scoring.i18n.Language;

/** Every assessment problem with its exact message; each negative case has a valid twin. */
class AssessmentValidatorTest {
	/** These messages are asserted in English; their Chinese texts in {@link RuntimeMessagesTest}. */
	@BeforeEach
	void english() {
		Language.set(Language.EN);
	}

	private final RevisionModel model = HandModel.model();
	private final AssessmentValidator validator = new AssessmentValidator(model);

	private static List<String> messages(List<AssessmentProblem> problems) {
		return problems.stream().map(AssessmentProblem::message).toList();
	}

	@Test
	void completeAssessmentHasNoProblemAndScoresFive() {
		Assessment a = Ratings.of(model, SMELTING).build();
		assertEquals(List.of(), validator.problems(a));
		// 19 clauses per level × 5 levels, all 全部满足 → A(i) = 1, S = 5
		assertEquals(95, a.ratings().size());
		assertEquals(Rational.valueOf(5), new ScoringEngine(model).score(a).total());
	}

	@Test
	void unknownClauseIsReportedWithItsId() {
		Assessment a = Ratings.of(model, SMELTING).set("表3.不存在.一级.a", "1").build();
		AssessmentException e = assertThrows(AssessmentException.class, () -> new ScoringEngine(model).score(a));
		assertEquals("unknown clause \"表3.不存在.一级.a\": revision \"征求意见稿\" has no such clause", e.getMessage());
		assertEquals("表3.不存在.一级.a", e.clauseId());
	}

	@Test
	void clauseOfAnotherSectorIsReportedWithItsTable() {
		Assessment a = Ratings.of(model, SMELTING).set("表2.生产作业.一级.a", "1").build();
		assertEquals(List.of("clause \"表2.生产作业.一级.a\" belongs to table 表2 (采选), not to the model of sector 冶炼"), messages(validator.problems(a)));
	}

	@Test
	void missingRatingNamesClauseSubdomainAndLevel() {
		Assessment complete = Ratings.of(model, SMELTING).build();
		Map<String, Rational> ratings = new HashMap<>(complete.ratings());
		ratings.remove("表1.组织建设.二级.b");
		List<AssessmentProblem> problems = validator.problems(complete.withRatings(ratings));
		assertEquals(List.of("missing rating for clause \"表1.组织建设.二级.b\" (subdomain \"表1.组织建设\", level 二级)"), messages(problems));
		assertEquals("表1.组织建设.二级.b", problems.get(0).clauseId());
	}

	@Test
	void ratingNotOnTheScaleListsTheScale() {
		Assessment a = Ratings.of(model, SMELTING).set("表1.组织建设.一级.a", "0.7").build();
		assertEquals(List.of("rating 0.7 of clause \"表1.组织建设.一级.a\" is not on the scale (全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0)"),
				messages(validator.problems(a)));
		// 0.80 is the scale value 0.8 exactly
		assertEquals(List.of(), validator.problems(Ratings.of(model, SMELTING).set("表1.组织建设.一级.a", "0.80").build()));
	}

	@Test
	void ratingForATailoredSubdomainIsAProblem() {
		Assessment a = Ratings.of(model, SMELTING).tailor("表1.流程管理").set("表1.流程管理.一级.a", "1").build();
		assertEquals(List.of("clause \"表1.流程管理.一级.a\" is rated but its subdomain \"表1.流程管理\" is tailored out"), messages(validator.problems(a)));
		assertEquals(List.of(), validator.problems(Ratings.of(model, SMELTING).tailor("表1.流程管理").build()));
	}

	@Test
	void tailoringASubdomainTheRuleDoesNotAllowIsAProblem() {
		RevisionModel restricted = HandModel.hand().tailoring(HandModel.only("表3.中试验证")).build();
		AssessmentValidator v = new AssessmentValidator(restricted);
		assertEquals(List.of("subdomain \"表1.组织建设\" may not be tailored: the revision's tailoring rule does not allow it"),
				messages(v.problems(Ratings.of(restricted, SMELTING).tailor("表1.组织建设").build())));
		assertEquals(List.of(), v.problems(Ratings.of(restricted, SMELTING).tailor("表3.中试验证").build()));
	}

	@Test
	void tailoringAnUnknownSubdomainIsAProblem() {
		Assessment a = Ratings.of(model, SMELTING).build().withTailored(Set.of("表1.不存在"));
		assertEquals(List.of("cannot tailor \"表1.不存在\": revision \"征求意见稿\" has no such subdomain"), messages(validator.problems(a)));
	}

	@Test
	void tailoringASubdomainOfAnotherSectorIsAProblem() {
		Assessment a = Ratings.of(model, SMELTING).build().withTailored(Set.of("表2.生产作业"));
		assertEquals(List.of("cannot tailor \"表2.生产作业\": it belongs to table 表2 (采选), not to the model of sector 冶炼"), messages(validator.problems(a)));
	}

	@Test
	void tailoringThatEmptiesADomainIsAProblemUnderDomainScope() {
		Assessment a = Ratings.of(model, SMELTING).tailor("表1.信息安全", "表1.研发管理").build();
		assertEquals(List.of("tailoring removes every subdomain of domain \"技术\" of table 表1; the revision redistributes tailored weight only within a domain"),
				messages(validator.problems(a)));
		// the same tailoring is fine under TABLE scope
		RevisionModel wide = HandModel.hand().scope(TailoringScope.TABLE).build();
		assertEquals(List.of(), new AssessmentValidator(wide).problems(Ratings.of(wide, SMELTING).tailor("表1.信息安全", "表1.研发管理").build()));
	}

	@Test
	void tailoringThatEmptiesATableIsAProblemUnderTableScope() {
		RevisionModel wide = HandModel.hand().scope(TailoringScope.TABLE).build();
		Assessment a = Ratings.of(wide, SMELTING).tailor("表3.技术创新与改造", "表3.中试验证", "表3.生产作业", "表3.安全生产", "表3.环保管理").build();
		assertEquals(List.of("tailoring removes every subdomain of table 表3; its weight has nowhere to go"), messages(new AssessmentValidator(wide).problems(a)));
	}

	@Test
	void unknownSectorListsTheSectorsOfTheRevision() {
		Assessment a = new Assessment(HandModel.REVISION, "铸造", Set.of(), Map.of());
		assertEquals(List.of("unknown sector \"铸造\"; revision \"征求意见稿\" has sectors 采选, 冶炼"), messages(validator.problems(a)));
	}

	@Test
	void assessmentOfAnotherRevisionIsAProblem() {
		Assessment ok = Ratings.of(model, SMELTING).build();
		Assessment a = new Assessment("送审稿", SMELTING, Set.of(), ok.ratings());
		assertEquals(List.of("the assessment is for revision \"送审稿\" but the model is revision \"征求意见稿\""), messages(validator.problems(a)));
	}

	@Test
	void everyProblemIsCollectedInInputOrder() {
		Assessment complete = Ratings.of(model, SMELTING).set("表1.组织建设.一级.a", "2").set("未知", "1").build();
		Map<String, Rational> ratings = new LinkedHashMap<>(complete.ratings());
		ratings.remove("表3.环保管理.五级.b");
		AssessmentException e = assertThrows(AssessmentException.class, () -> validator.validate(complete.withRatings(ratings)));
		assertEquals(List.of("表1.组织建设.一级.a", "未知", "表3.环保管理.五级.b"), e.problems().stream().map(AssessmentProblem::clauseId).toList());
		assertEquals(e.problems().get(0).message(), e.getMessage());
	}

	private CompositeUnit unit(String name, String output) {
		return new CompositeUnit(name, SMELTING, Rational.parse(output), Ratings.of(model, SMELTING).build());
	}

	@Test
	void compositeOutputValueMustBePositive() {
		CompositeAssessment c = new CompositeAssessment(HandModel.REVISION, OutputBasis.VALUES, List.of(unit("A", "100"), unit("B", "0")));
		assertEquals(List.of("unit \"B\": output value must be positive, got 0"), messages(validator.problems(c)));
		assertEquals(List.of(), validator.problems(new CompositeAssessment(HandModel.REVISION, OutputBasis.VALUES, List.of(unit("A", "100"), unit("B", "1")))));
	}

	@Test
	void compositeSharesMustSumToOne() {
		CompositeAssessment c = new CompositeAssessment(HandModel.REVISION, OutputBasis.SHARES, List.of(unit("A", "0.5"), unit("B", "0.4")));
		assertEquals(List.of("output shares sum to 0.9, not 1"), messages(validator.problems(c)));
		assertEquals(List.of(), validator.problems(new CompositeAssessment(HandModel.REVISION, OutputBasis.SHARES, List.of(unit("A", "0.5"), unit("B", "0.5")))));
	}

	@Test
	void compositeUnitProblemsNameTheUnit() {
		CompositeUnit wrongType = new CompositeUnit("矿山", "采选", Rational.ONE, Ratings.of(model, SMELTING).set("表1.组织建设.一级.a", "0.7").build());
		CompositeAssessment c = new CompositeAssessment(HandModel.REVISION, OutputBasis.VALUES, List.of(unit("A", "1"), wrongType, unit("A", "1")));
		assertEquals(List.of("unit \"矿山\": the unit is of type 采选 but its assessment is for sector 冶炼",
				"unit \"矿山\": rating 0.7 of clause \"表1.组织建设.一级.a\" is not on the scale (全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0)",
				"unit name \"A\" is used twice"), messages(validator.problems(c)));
	}

	@Test
	void compositeNeedsAUnit() {
		AssessmentException e = assertThrows(AssessmentException.class,
				() -> new ScoringEngine(model).scoreComposite(new CompositeAssessment(HandModel.REVISION, OutputBasis.VALUES, List.of())));
		assertEquals("a composite assessment needs at least one unit", e.getMessage());
		assertNull(e.clauseId());
	}
}
