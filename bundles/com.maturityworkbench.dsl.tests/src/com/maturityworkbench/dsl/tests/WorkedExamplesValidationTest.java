package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.validation.IssueCodes;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * Worked examples (计算示例) recomputed by the validator, on the small valid revision of {@link RevisionText}: 表1
 * 组织建设 12 %, 转型战略 12 %, 成本管理 13 %, 智慧化决策 12 % (49 %); 表2 技术创新与改造 10 %, 智能装备 8 %, 采矿作业 12 %,
 * 选矿作业 11 %, 仓储物流 10 % (51 %); two clauses a) b) in every cell.
 * <p>
 * By hand: every clause 全部满足 except 表5 组织建设 一级 a) 不满足 (its cell's mean 0.5) and 表6 at 一级 部分满足:
 * A(一级) = 0.12 × 0.5 + 0.37 × 1 + 0.51 × 0.5 = 0.685 < 0.8, so 一级 counts 0.685 and S = 4.685, 四级 [3.8, 4.8).
 * With 智能装备 tailored out, 技术创新与改造 carries the whole 18 % of 技术: one of its two 二级 clauses 不满足 gives
 * A(二级) = 1 − 0.18 × 0.5 = 0.91 (0.95 without the tailoring).
 */
class WorkedExamplesValidationTest extends ValidationTestBase {
	private static final String RATINGS = """
			  rate all 全部满足
			  rate clause "表5.组织建设.一级.1" 不满足
			  rate table 表6 level 一级 部分满足
			""";

	private Validated withExample(String example) {
		RevisionText rev = RevisionText.valid();
		rev.extraHead.add(example);
		return validate(rev);
	}

	@Test
	void anExampleWhoseValuesHoldHasNoFinding() {
		Validated v = withExample("worked example 例一 \"手算\" sector 采选\n" + RATINGS + "  expect score 一级 0.685 score 二级 1 total 4.685 level 四级\n");
		assertEquals(List.of(), v.findings(), v::toString);
	}

	@Test
	void tailoringRedistributesAsTheEngineDoes() {
		Validated v = withExample("""
				worked example 裁剪例 sector 采选
				  tailor 表2.智能装备
				  rate all 全部满足
				  rate clause "表6.技术创新与改造.二级.1" 不满足
				  expect score 二级 0.91 total 5 level 五级
				""");
		assertEquals(List.of(), v.findings(), v::toString);
		Validated untailored = withExample("""
				worked example 不裁剪 sector 采选
				  rate all 全部满足
				  rate clause "表6.技术创新与改造.二级.1" 不满足
				  expect score 二级 0.91
				""");
		assertEquals("计算示例“不裁剪”：A(二级) 写作 0.91，按本修订版的规则算得 0.95（精确值 0.95）", untailored.single(IssueCodes.EXAMPLE_MISMATCH).message());
	}

	@Test
	void aWrongValueIsAnErrorNamingBothNumbersAtTheDecimalsWritten() {
		Validated v = withExample("worked example 例一 sector 采选\n" + RATINGS + "  expect total 4.6 level 五级\n");
		List<Finding> wrong = v.withCode(IssueCodes.EXAMPLE_MISMATCH);
		assertEquals(List.of("计算示例“例一”：S 写作 4.6，按本修订版的规则算得 4.7（精确值 4.685）", "计算示例“例一”：等级写作 五级，按本修订版的规则为 四级"),
				wrong.stream().map(Finding::message).toList());
		assertEquals(Finding.Severity.ERROR, wrong.get(0).severity());
		assertEquals(2, v.findings().size(), v::toString);
	}

	@Test
	void everyClauseMustBeRated() {
		Validated v = withExample("worked example 半份 sector 采选\n  rate table 表5 全部满足\n  expect total 5\n");
		// 表6: 5 subdomains × 5 levels × 2 clauses left unrated
		assertEquals("计算示例“半份”有 50 条条款未评分（如 表6.技术创新与改造.一级.1、表6.技术创新与改造.一级.2、表6.技术创新与改造.二级.1）：每条条款都要评分，可先写 rate all",
				v.single(IssueCodes.EXAMPLE_UNRATED).message());
	}

	/** A degree of meeting (表9) or a table an example names that the revision lacks is said in the drafters' terms. */
	@Test
	void aRatingOrATableTheRevisionLacksIsNamedAsWhatItIs() {
		String example = "worked example 错名 sector 采选\n  rate all 完全满足\n  rate table 表11 全部满足\n  expect total 5\n";
		assertEquals(List.of("找不到满足程度（表9，如 全部满足）“完全满足”", "找不到评分标准表（如 表5）“表11”"), unresolved(withExample(example)));
		Language.set(Language.EN);
		try {
			assertEquals(List.of("cannot find degree of meeting (Table 9, such as “全部满足”) “完全满足”",
					"cannot find requirement table (such as “表5”) “表11”"), unresolved(withExample(example)));
		} finally {
			Language.set(Language.ZH);
		}
	}

	private static List<String> unresolved(Validated v) {
		return v.withCode("references.unresolved").stream().map(Finding::message).toList();
	}

	@Test
	void aClauseIdThatDoesNotExistIsNamed() {
		Validated v = withExample("worked example 错号 sector 采选\n  rate all 全部满足\n  rate clause \"表5.组织建设.一级.9\" 不满足\n  expect total 5\n");
		assertEquals("计算示例“错号”：采选行业的有效模型中没有条款“表5.组织建设.一级.9”", v.single(IssueCodes.EXAMPLE_UNKNOWN_CLAUSE).message());
		assertEquals(1, v.findings().size(), v::toString);
	}

	/**
	 * A composite example of two 采选 units (one type, weight 1; the type's A(i) is the mean of its units'): 甲 as above,
	 * A = 0.685, 1, 1, 1, 1; 乙 every clause 部分满足, A = 0.5 everywhere. A_SUM(一级) = (0.685 + 0.5) / 2 = 0.5925,
	 * A_SUM(二..五级) = 0.75, none met: S = 0.5925 + 4 × 0.75 = 3.5925, 三级 [2.8, 3.8).
	 */
	@Test
	void aCompositeExampleIsRecomputedUnitByUnit() {
		String units = """
				worked example 综合 composite
				  unit "甲" sector 采选 output 3000
				    rate all 全部满足
				    rate clause "表5.组织建设.一级.1" 不满足
				    rate table 表6 level 一级 部分满足
				  unit "乙" sector 采选 output 1000
				    rate all 部分满足
				""";
		assertEquals(List.of(), withExample(units + "  expect score 一级 0.5925 score 二级 0.75 total 3.5925 level 三级\n").findings());
		Validated wrong = withExample(units + "  expect score 一级 0.685\n");
		assertEquals("计算示例“综合”：A_SUM(一级) 写作 0.685，按本修订版的规则算得 0.593（精确值 0.5925）", wrong.single(IssueCodes.EXAMPLE_MISMATCH).message());
	}

	@Test
	void everyUnitOfACompositeExampleMustRateEveryClause() {
		Validated v = withExample("""
				worked example 缺评 composite
				  unit "甲" sector 采选 share 60%
				    rate all 全部满足
				  unit "乙" sector 采选 share 40%
				    rate table 表5 全部满足
				    rate clause "表5.组织建设.一级.9" 不满足
				  expect total 5
				""");
		assertTrue(v.single(IssueCodes.EXAMPLE_UNRATED).message().startsWith("计算示例“缺评”单元“乙”（采选）有 "), v::toString);
		assertEquals("计算示例“缺评”：单元“乙”（采选）的有效模型中没有条款“表5.组织建设.一级.9”", v.single(IssueCodes.EXAMPLE_UNKNOWN_CLAUSE).message());
	}
}
