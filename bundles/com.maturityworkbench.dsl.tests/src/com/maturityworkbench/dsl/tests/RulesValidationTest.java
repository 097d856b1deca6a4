package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.tests.Validated.expect;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.ERROR;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.INFO;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.validation.IssueCodes;

/** The declared rules: scale (表9), bands (表10) and threshold (9.2), tailoring (6.1), one of each; part targets. */
public class RulesValidationTest extends ValidationTestBase {

	private static RevisionText withBand(int index, String band) {
		RevisionText rev = RevisionText.valid();
		rev.bands.set(index, band);
		return rev;
	}

	@Test
	public void bandsWithAGapAreError() {
		Validated v = validate(withBand(1, "二级 [1.9, 2.8)"));
		v.assertSingle(IssueCodes.BAND_GAP, ERROR, v.at("二级 [1.9, 2.8)", "1.9"), "得分区间不连续：一级止于 1.8，二级始于 1.9，其间的总分没有等级");
		v.absent(IssueCodes.BAND_OVERLAP);
	}

	@Test
	public void overlappingBandsAreError() {
		Validated v = validate(withBand(1, "二级 [1.7, 2.8)"));
		v.assertSingle(IssueCodes.BAND_OVERLAP, ERROR, v.at("二级 [1.7, 2.8)", "1.7"), "得分区间重叠：一级与二级都包含 1.7");
		v.absent(IssueCodes.BAND_GAP);
	}

	@Test
	public void closedBandFollowedByBandStartingAtItsEndIsOverlapError() {
		Validated v = validate(withBand(0, "一级 [0.8, 1.8]"));
		v.assertSingle(IssueCodes.BAND_OVERLAP, ERROR, v.at("二级 [1.8, 2.8)", "1.8"), "得分区间重叠：一级与二级都包含 1.8");
	}

	@Test
	public void contiguousHalfOpenBandsHaveNoGapOrOverlap() {
		Validated v = validate(RevisionText.valid());
		v.absent(IssueCodes.BAND_GAP);
		v.absent(IssueCodes.BAND_OVERLAP);
	}

	@Test
	public void topBandNotIncludingFullScoreIsCoverageError() {
		// written 5.0): the lexer reads "5)" as a clause LABEL, which is a syntax error here
		Validated v = validate(withBand(4, "五级 [4.8, 5.0)"));
		v.assertSingle(IssueCodes.BAND_COVERAGE, ERROR, v.at("五级 [4.8, 5.0)", "5.0"), "最高的得分区间应止于并包含满分 5（写作 5]）");
	}

	@Test
	public void topBandEndingBelowFullScoreIsCoverageError() {
		Validated v = validate(withBand(4, "五级 [4.8, 4.9]"));
		v.assertSingle(IssueCodes.BAND_COVERAGE, ERROR, v.at("五级 [4.8, 4.9]", "4.9"), "满分 5");
	}

	@Test
	public void topBandClosedAtFullScoreIsNoCoverageFinding() {
		validate(withBand(4, "五级 [4.8, 5.0]")).absent(IssueCodes.BAND_COVERAGE);
	}

	@Test
	public void bandWithLowAboveHighIsInvalidError() {
		Validated v = validate(withBand(2, "三级 [3.8, 2.8)"));
		// an invalid band is left out of the sequence: its room is a gap
		v.assertExactly(expect(IssueCodes.BAND_INVALID, ERROR, v.at("三级 [3.8, 2.8)", "3.8"), "三级的得分区间 [3.8, 2.8) 为空"),
				expect(IssueCodes.BAND_GAP, ERROR, v.at("四级 [3.8, 4.8)", "3.8"), "二级止于 2.8，四级始于 3.8"));
	}

	@Test
	public void halfOpenBandOfOnePointIsInvalidError() {
		Validated v = validate(withBand(2, "三级 [2.8, 2.8)"));
		// an invalid band is left out of the sequence: its room is a gap
		v.assertExactly(expect(IssueCodes.BAND_INVALID, ERROR, v.at("三级 [2.8, 2.8)", "2.8"), "三级的得分区间 [2.8, 2.8) 为空"),
				expect(IssueCodes.BAND_GAP, ERROR, v.at("四级 [3.8, 4.8)", "3.8"), "二级止于 2.8，四级始于 3.8"));
	}

	@Test
	public void validBandsHaveNoInvalidFinding() {
		validate(RevisionText.valid()).absent(IssueCodes.BAND_INVALID);
	}

	@Test
	public void levelWithTwoBandsAndLevelWithoutBandAreBandLevelErrors() {
		Validated v = validate(withBand(1, "一级 [1.8, 2.8)"));
		v.assertExactly(expect(IssueCodes.BAND_LEVEL, ERROR, v.at("determination\n", "determination"), "等级“二级”没有得分区间（表10）"),
				expect(IssueCodes.BAND_LEVEL, ERROR, v.at("一级 [1.8, 2.8)", "一级"), "一级有两个得分区间"));
	}

	@Test
	public void higherLevelWithLowerBandIsBandLevelError() {
		RevisionText rev = RevisionText.valid();
		rev.bands.set(0, "一级 [1.8, 2.8)");
		rev.bands.set(1, "二级 [0.8, 1.8)");
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.BAND_LEVEL, ERROR, v.at("一级 [1.8, 2.8)", "一级"), "一级的得分区间高于更高等级二级的得分区间");
	}

	@Test
	public void oneBandPerLevelInOrderIsNoBandLevelFinding() {
		validate(RevisionText.valid()).absent(IssueCodes.BAND_LEVEL);
	}

	@Test
	public void thresholdNotAtLowestBandIsError() {
		RevisionText rev = RevisionText.valid();
		rev.threshold = "0.9";
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.THRESHOLD_BAND, ERROR, v.at("score >= 0.9", "0.9"), "满足阈值 0.9 与最低得分区间的下限 0.8 不一致");
	}

	@Test
	public void thresholdEqualToLowestBandWrittenDifferentlyIsNoFinding() {
		RevisionText rev = RevisionText.valid();
		rev.threshold = "0.80";
		rev.comparison = ">";
		validate(rev).absent(IssueCodes.THRESHOLD_BAND);
	}

	@Test
	public void ratingAboveOneIsScaleRangeError() {
		RevisionText rev = RevisionText.valid();
		rev.scale.set(0, "全部满足 1.2");
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.SCALE_RANGE, ERROR, v.at("全部满足 1.2", "1.2"), "满足程度“全部满足”的得分 1.2 不在 0 到 1 之间");
		v.absent(IssueCodes.SCALE_ORDER);
	}

	@Test
	public void ratingsWithinZeroAndOneAreNoRangeFinding() {
		RevisionText rev = RevisionText.valid();
		rev.scale.set(0, "全部满足 1.0");
		rev.scale.set(3, "不满足 0.0");
		validate(rev).absent(IssueCodes.SCALE_RANGE);
	}

	@Test
	public void ratingsOutOfOrderAreScaleOrderError() {
		RevisionText rev = RevisionText.valid();
		rev.scale.set(1, "大部分满足 0.4"); // 1, 0.4, 0.5, 0
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.SCALE_ORDER, ERROR, v.at("部分满足 0.5", "0.5"), "满足程度“部分满足”的得分 0.5 破坏了评分档次的顺序");
	}

	@Test
	public void twoRatingsWithTheSameScoreAreScaleOrderError() {
		RevisionText rev = RevisionText.valid();
		rev.scale.set(2, "部分满足 0.8");
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.SCALE_ORDER, ERROR, v.at("  部分满足 0.8", "0.8"), "满足程度“部分满足”的得分 0.8");
	}

	@Test
	public void ascendingScaleIsAlsoInOrder() {
		RevisionText rev = RevisionText.valid();
		rev.scale.clear();
		rev.scale.addAll(List.of("不满足 0", "部分满足 0.5", "大部分满足 0.8", "全部满足 1"));
		validate(rev).absent(IssueCodes.SCALE_ORDER);
	}

	@Test
	public void tailoringEveryChildOfADomainWithinDomainIsError() {
		RevisionText rev = RevisionText.valid();
		rev.tailoring = "tailoring allow 表2.技术创新与改造, 表2.智能装备 redistribute within domain";
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.TAILORING_EMPTIES_DOMAIN, ERROR, v.at("allow 表2.技术创新与改造", "表2"),
				"表2能力域“技术”的全部子域都允许裁剪，但权重只在本能力域内分配");
	}

	@Test
	public void tailoringAllWithinDomainIsInfo() {
		RevisionText rev = RevisionText.valid();
		rev.tailoring = "tailoring allow all redistribute within domain";
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.TAILORING_EMPTIES_DOMAIN, INFO, v.at("within domain", "domain"), "裁掉一个能力域的全部子域时无处分配");
	}

	@Test
	public void tailoringWithinTableOrOfSomeChildrenIsNoFinding() {
		RevisionText rev = RevisionText.valid();
		rev.tailoring = "tailoring allow 表2.技术创新与改造, 表2.智能装备 redistribute within table";
		validate(rev).absent(IssueCodes.TAILORING_EMPTIES_DOMAIN);
		rev.tailoring = "tailoring allow all redistribute within table";
		validate(rev).absent(IssueCodes.TAILORING_EMPTIES_DOMAIN);
		validate(RevisionText.valid()).absent(IssueCodes.TAILORING_EMPTIES_DOMAIN);
	}

	@Test
	public void revisionWithoutCompositeRuleIsMissingError() {
		RevisionText rev = RevisionText.valid();
		rev.composite = null;
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.RULE_MISSING, ERROR, v.at("standard 有色转型", "有色转型"), "本版本未声明综合型企业规则（composite，附录A）");
	}

	@Test
	public void revisionWithoutDeterminationOrTailoringHasOneMissingErrorEach() {
		RevisionText rev = RevisionText.valid();
		rev.determination = false;
		rev.tailoring = null;
		Validated v = validate(rev);
		v.assertExactly(
				expect(IssueCodes.RULE_MISSING, ERROR, v.at("standard 有色转型", "有色转型"), "本版本未声明等级判定规则（determination，9.2 与表10）"),
				expect(IssueCodes.RULE_MISSING, ERROR, v.at("standard 有色转型", "有色转型"), "本版本未声明裁剪规则（tailoring，6.1）"));
	}

	@Test
	public void compositeRuleTwiceIsDuplicateError() {
		RevisionText rev = RevisionText.valid();
		rev.extraHead.add("composite weights by output value aggregate median");
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.RULE_DUPLICATE, ERROR, v.at("standard 有色转型", "有色转型"), "本版本声明了 2 次综合型企业规则（composite，附录A），只能有一个");
	}

	@Test
	public void ruleDeclaredInAPartFileCountsForTheRevision() {
		RevisionText rev = RevisionText.valid();
		rev.composite = null;
		java.util.Map<String, String> files = new java.util.LinkedHashMap<>(rev.files());
		files.put("rules.maturity", "part of " + RevisionText.NAME + "\ncomposite weights by output value aggregate trimmed\n");
		Validated v = validate(files);
		v.absent(IssueCodes.RULE_MISSING);
		v.absent(IssueCodes.RULE_DUPLICATE);
		v.none();
	}

	@Test
	public void partTargetsNotAddingTo100IsError() {
		RevisionText rev = RevisionText.valid();
		rev.parts.set(1, "行业特性 sector target 52%");
		rev.weights("表2").sub("仓储物流").weight = "11%"; // 表2 meets its own target
		Validated v = validate(rev);
		// 表1 + 表2 = 49 % + 52 %: the effective model misses 100 % as well
		v.assertExactly(expect(IssueCodes.PART_TARGETS, ERROR, v.at("parts\n", "parts"), "基础共性与行业特性的目标权重合计为 101%，应为 100%"),
				expect(IssueCodes.WEIGHT_SUM_MODEL, WARNING, v.at("weights 表2", "表2"), "采选企业的有效模型（表1 + 表2）权重合计为 101%"));
	}

	@Test
	public void sectorPartsWithDifferentTargetsIsError() {
		RevisionText rev = RevisionText.valid();
		rev.parts.add("冶炼特性 sector target 50%");
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.PART_TARGETS, ERROR, v.at("冶炼特性 sector target 50%", "50%"), "行业特性部分的目标权重不一致：51% 与 50%");
	}

	@Test
	public void partTargetsAddingTo100WrittenWithDecimalsIsNoFinding() {
		RevisionText rev = RevisionText.valid();
		rev.parts.set(0, "基础共性 common target 49.0%");
		rev.parts.add("冶炼特性 sector target 51.00%");
		validate(rev).absent(IssueCodes.PART_TARGETS);
	}
}
