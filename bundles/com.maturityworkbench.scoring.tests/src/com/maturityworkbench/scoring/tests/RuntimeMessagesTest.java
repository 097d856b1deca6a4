package com.maturityworkbench.scoring.tests;

import static com.maturityworkbench.scoring.tests.HandModel.SMELTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.AssessmentProblem;
import com.maturityworkbench.scoring.assessment.AssessmentValidator;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.json.JsonException;
import com.maturityworkbench.scoring.json.JsonReader;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.DraftGap;
import com.maturityworkbench.scoring.result.ScoreResult;

/**
 * The runtime speaks Chinese whatever the machine's locale — assessment problems, the gaps of a draft, JSON syntax
 * errors (the bands of Table 10: {@link LevelDeterminationTest}) — in the drafters' terms (条款, 能力子域, 评分, 裁剪 …); English only when asked. The
 * English texts themselves are asserted by the tests of each concern.
 */
class RuntimeMessagesTest {
	private final Locale machine = Locale.getDefault();
	private final RevisionModel model = HandModel.model();

	@BeforeEach
	void chineseOnAnEnglishMachine() {
		Locale.setDefault(Locale.US);
		Language.set(Language.ZH);
	}

	@AfterEach
	void restore() {
		Locale.setDefault(machine);
		Language.set(Language.ZH);
	}

	private static List<String> messages(List<AssessmentProblem> problems) {
		return problems.stream().map(AssessmentProblem::message).toList();
	}

	@Test
	void assessmentProblems() {
		Assessment complete = Ratings.of(model, SMELTING).build();
		Map<String, Rational> ratings = new HashMap<>(complete.ratings());
		ratings.remove("表1.组织建设.二级.b");
		ratings.put("表1.组织建设.一级.a", Rational.parse("0.7"));
		ratings.put("表2.生产作业.一级.a", Rational.ONE);
		AssessmentValidator validator = new AssessmentValidator(model);
		assertEquals(Set.of("条款“表1.组织建设.一级.a”的评分 0.7 不是任何满足程度的得分（全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0）",
				"条款“表2.生产作业.一级.a”属于表2（采选），不属于冶炼企业的有效模型", "条款“表1.组织建设.二级.b”缺少评分（能力子域“表1.组织建设”，二级）"),
				new HashSet<>(messages(validator.problems(complete.withRatings(ratings)))));
		Assessment foundry = new Assessment(HandModel.REVISION, "铸造", Set.of(), Map.of());
		assertEquals(List.of("未知的企业类型“铸造”；修订版“征求意见稿”的企业类型为采选、冶炼"), messages(validator.problems(foundry)));
		assertEquals(List.of("无法裁剪“表1.不存在”：修订版“征求意见稿”中没有这一能力子域"),
				messages(validator.problems(Ratings.of(model, SMELTING).tailor("表1.不存在").build())));
		Language.set(Language.EN);
		assertEquals(List.of("unknown sector \"铸造\"; revision \"征求意见稿\" has sectors 采选, 冶炼"), messages(validator.problems(foundry)));
	}

	@Test
	void draftGapsInTheLanguageOfTheMomentEvenWhenTheEffectiveModelIsCached() {
		ScoringEngine engine = new ScoringEngine(model);
		Assessment a = Ratings.of(model, SMELTING).build();
		DraftGap row = engine.score(a).draftGaps().stream().filter(g -> g.kind() == DraftGap.Kind.UNWEIGHTED_ROW).findFirst().orElseThrow();
		assertEquals("表3中的成熟度要求行“数字化营销”没有权重：其 1 个条款不计分", row.message());
		Language.set(Language.EN);
		ScoreResult english = engine.score(a);
		assertEquals("requirement row \"数字化营销\" of table 表3 has no weight: its 1 clause(s) are not scored",
				english.draftGaps().stream().filter(g -> g.kind() == DraftGap.Kind.UNWEIGHTED_ROW).findFirst().orElseThrow().message());
	}

	@Test
	void jsonSyntaxErrors() {
		JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse("{\"a\": 1,}"));
		assertEquals("第 1 行第 9 列：“}”之前多了一个逗号", e.getMessage());
		assertEquals("“}”之前多了一个逗号", e.detail());
		JsonException key = assertThrows(JsonException.class, () -> JsonReader.parse("{\"a\": 1,\n \"a\": 2}"));
		assertEquals("键“a”重复（所在对象始于第 1 行第 1 列）", key.detail());
	}
}
