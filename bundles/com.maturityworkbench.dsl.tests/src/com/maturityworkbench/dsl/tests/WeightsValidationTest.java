package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.tests.Validated.expect;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.ERROR;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.validation.IssueCodes;

/** Weight sums of 表1-表4, exact: each part meets its target, each effective model is 100 %, every weight is positive. */
public class WeightsValidationTest extends ValidationTestBase {

	@Test
	public void commonWeightsNot49IsWarningInDraft() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").weight = "11%"; // 11 + 12 + 13 + 12 = 48
		Validated v = validate(rev);
		// the same slip leaves the effective model at 99 %, reported on the sector table
		v.assertExactly(
				expect(IssueCodes.WEIGHT_SUM_PART, WARNING, v.at("weights 表1", "表1"), "表1（基础共性）", "合计为 48%", "目标为 49%", "相差 1%"),
				expect(IssueCodes.WEIGHT_SUM_MODEL, WARNING, v.at("weights 表2", "表2"), "采选企业的有效模型（表1 + 表2）权重合计为 99%"));
	}

	@Test
	public void sectorWeightsNot51IsWarningInDraft() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表2").sub("仓储物流").weight = "9.5%"; // 10 + 8 + 12 + 11 + 9.5 = 50.5
		Validated v = validate(rev);
		v.assertExactly(
				expect(IssueCodes.WEIGHT_SUM_PART, WARNING, v.at("weights 表2", "表2"), "表2（行业特性·采选）", "合计为 50.5%", "目标为 51%",
						"相差 0.5%"),
				expect(IssueCodes.WEIGHT_SUM_MODEL, WARNING, v.at("weights 表2", "表2"), "权重合计为 99.5%，应为 100%"));
	}

	@Test
	public void weightsMeetingTheirTargetsHaveNoSumFinding() {
		RevisionText rev = RevisionText.valid();
		// moved, not removed: 表1 still 49 %, 表2 still 51 %, written with decimals
		rev.weights("表1").sub("组织建设").weight = "11.5%";
		rev.weights("表1").sub("转型战略").weight = "12.5%";
		rev.weights("表2").sub("仓储物流").weight = "9.75%";
		rev.weights("表2").sub("智能装备").weight = "8.25%";
		Validated v = validate(rev);
		v.absent(IssueCodes.WEIGHT_SUM_PART);
		v.absent(IssueCodes.WEIGHT_SUM_MODEL);
		v.none();
	}

	@Test
	public void effectiveModelNot100IsWarningOnTheSectorTable() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表2").sub("采矿作业").weight = "14%"; // 表1 49 + 表2 53 = 102
		Validated v = validate(rev);
		// the same slip also misses the sector target, reported on the same table
		v.assertExactly(
				expect(IssueCodes.WEIGHT_SUM_MODEL, WARNING, v.at("weights 表2", "表2"), "采选企业的有效模型（表1 + 表2）", "合计为 102%", "应为 100%"),
				expect(IssueCodes.WEIGHT_SUM_PART, WARNING, v.at("weights 表2", "表2"), "合计为 53%", "目标为 51%"));
	}

	/** An error at every stage: a subdomain of weight 0 cannot be scored, so validate must not pass what generate refuses. */
	@Test
	public void zeroWeightIsErrorEvenInADraft() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").weight = "0%";
		rev.weights("表1").sub("转型战略").weight = "24%"; // sums stay exact
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.WEIGHT_NOT_POSITIVE, ERROR, v.at("组织建设 0%", "0%"), "“组织建设”的权重 0% 应大于 0", "无法评分");
		v.absent(IssueCodes.WEIGHT_SUM_PART);
	}

	/** 10³²%: A(i) would be about 2.5 × 10²⁹ and S printed as 5; an error whatever the stage. */
	@Test
	public void weightAbove100PercentIsError() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").weight = "100000000000000000000000000000000%";
		Validated v = validate(rev);
		v.assertExactly(
				expect(IssueCodes.WEIGHT_OUT_OF_RANGE, ERROR, v.at("组织建设 100000000000000000000000000000000%", "100000000000000000000000000000000%"),
						"“组织建设”的权重 100000000000000000000000000000000% 超过 100%"),
				// the sums stay warnings in a draft
				expect(IssueCodes.WEIGHT_SUM_PART, WARNING, v.at("weights 表1", "表1"), "合计为 100000000000000000000000000000037%"),
				expect(IssueCodes.WEIGHT_SUM_MODEL, WARNING, v.at("weights 表2", "表2"), "权重合计为 100000000000000000000000000000088%"));
	}

	@Test
	public void weightOfExactly100PercentIsInRange() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").weight = "100%";
		Validated v = validate(rev);
		v.absent(IssueCodes.WEIGHT_OUT_OF_RANGE);
	}

	/** Two weight tables for one sector: the scoring model would take the first by file order; an error on the second. */
	@Test
	public void secondWeightTableOfASectorIsError() {
		RevisionText rev = RevisionText.valid();
		RevisionText.WeightTable again = rev.addWeights("表2b", "又一张采选权重表", "行业特性", "采选", "mining.maturity");
		again.domain("技术").sub("技术创新与改造", "51%");
		Validated v = validate(rev);
		v.assertExactly(expect(IssueCodes.WEIGHT_TABLE_TWICE, ERROR, v.at("weights 表2b", "表2b"), "行业“采选”已有权重表表2", "只能有一张权重表"),
				expect(IssueCodes.WEIGHT_SUM_MODEL, WARNING, v.at("weights 表2 \"采选企业", "表2"), "采选企业的有效模型（表1 + 表2）权重合计为 151%"));
	}

	@Test
	public void secondCommonWeightTableIsError() {
		RevisionText rev = RevisionText.valid();
		RevisionText.WeightTable again = rev.addWeights("表1b", "又一张基础共性权重表", "基础共性", null, "common.maturity");
		again.domain("组织").sub("组织建设", "49%");
		Validated v = validate(rev);
		v.assertExactly(expect(IssueCodes.WEIGHT_TABLE_TWICE, ERROR, v.at("weights 表1b", "表1b"), "基础共性部分已有权重表表1"),
				expect(IssueCodes.WEIGHT_SUM_MODEL, WARNING, v.at("weights 表2", "表2"), "采选企业的有效模型（表1、表1b + 表2）权重合计为 149%"));
	}

	/** A domain listed twice in one table (a weight table's lost header line gives it): the scoring model refuses it. */
	@Test
	public void domainTwiceInAWeightTableIsError() {
		RevisionText rev = moveToASecondDomain(RevisionText.valid(), "组织", "转型战略");
		Validated v = validate(rev);
		int first = v.at("domain 组织\n    组织建设", "组织").line();
		v.assertExactly(expect(IssueCodes.WEIGHT_DOMAIN_TWICE, ERROR, v.at("domain 组织\n    转型战略", "组织"),
				"表1（基础共性）中能力域“组织”出现了两次（第一次在第 " + first + " 行）：同一能力域的能力子域应列在一处；如果两处之间缺了一张权重表的表头，请补上"));
	}

	/**
	 * The revision with {@code subdomain} moved, in its weight table and its requirement table alike, out of
	 * {@code domain} into a second domain of that name at the end of the table.
	 */
	static RevisionText moveToASecondDomain(RevisionText rev, String domain, String subdomain) {
		RevisionText.WeightTable weights = rev.weights("表1");
		RevisionText.Weighted moved = weights.sub(subdomain);
		weights.domain(domain).subdomains.remove(moved);
		RevisionText.WeightDomain again = new RevisionText.WeightDomain(domain);
		again.subdomains.add(moved);
		weights.domains.add(again);
		RevisionText.RequirementTable requirements = rev.requirements("表5");
		RevisionText.Row row = requirements.row(subdomain);
		requirements.domain(domain).rows.remove(row);
		RevisionText.RequirementDomain rowsAgain = new RevisionText.RequirementDomain(domain);
		rowsAgain.add(row);
		requirements.domains.add(rowsAgain);
		return rev;
	}

	@Test
	public void oneTablePerPartHasNoFinding() {
		Validated v = validate(RevisionText.valid());
		v.absent(IssueCodes.WEIGHT_TABLE_TWICE);
		v.absent(IssueCodes.WEIGHT_COMMON_MISSING);
		v.absent(IssueCodes.WEIGHT_OUT_OF_RANGE);
	}

	@Test
	public void smallPositiveWeightIsAccepted() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").weight = "0.5%";
		rev.weights("表1").sub("转型战略").weight = "23.5%";
		Validated v = validate(rev);
		v.absent(IssueCodes.WEIGHT_NOT_POSITIVE);
		v.none();
	}

	@Test
	public void commonTableNamingASectorIsError() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sector = "采选";
		Validated v = validate(rev);
		// 表1 now pairs with no requirement table (表5 has no sector), and 表5 with no weight table
		v.assertExactly(
				expect(IssueCodes.WEIGHT_TABLE_PART_SECTOR, ERROR, v.at("part 基础共性 sector 采选", "采选"), "表1属于基础共性部分“基础共性”",
						"不应指定行业"),
				expect(IssueCodes.REQUIREMENT_TABLE_MISSING, WARNING, v.at("weights 表1", "表1"), "表1（基础共性·采选）没有对应的成熟度要求表"),
				expect(IssueCodes.WEIGHT_TABLE_MISSING, WARNING, v.at("requirements 表5", "表5"), "表5（基础共性）没有对应的权重表"),
				// 表1 is no longer the common table but a second table of 采选
				expect(IssueCodes.WEIGHT_COMMON_MISSING, ERROR, v.at("standard 有色转型", "有色转型"), "没有基础共性权重表"),
				expect(IssueCodes.WEIGHT_TABLE_TWICE, ERROR, v.at("weights 表2", "表2"), "行业“采选”已有权重表表1"));
	}

	@Test
	public void sectorTableWithoutSectorIsError() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表2").sector = null;
		Validated v = validate(rev);
		// without its sector 表2 pairs with no requirement table, 采选 has no weight table and 表6 none either
		v.assertExactly(
				expect(IssueCodes.WEIGHT_TABLE_PART_SECTOR, ERROR, v.at("part 行业特性\n", "行业特性"), "表2属于行业特性部分“行业特性”", "应指定行业"),
				expect(IssueCodes.WEIGHT_TABLE_MISSING, WARNING, v.at("采选 mining", "采选"), "行业“采选”没有行业特性权重表"),
				expect(IssueCodes.REQUIREMENT_TABLE_MISSING, WARNING, v.at("weights 表2", "表2"), "表2（行业特性）没有对应的成熟度要求表"),
				expect(IssueCodes.WEIGHT_TABLE_MISSING, WARNING, v.at("requirements 表6", "表6"), "表6（行业特性·采选）没有对应的权重表"));
	}

	@Test
	public void tablesWhosePartAndSectorAgreeHaveNoPartSectorFinding() {
		Validated v = validate(RevisionText.valid());
		v.absent(IssueCodes.WEIGHT_TABLE_PART_SECTOR);
	}

	@Test
	public void sectorWithoutWeightTableIsWarning() {
		RevisionText rev = RevisionText.valid();
		rev.sectors.add("冶炼 smelting");
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.WEIGHT_TABLE_MISSING, WARNING, v.at("冶炼 smelting", "冶炼"), "行业“冶炼”没有行业特性权重表");
	}

	@Test
	public void requirementTableWithoutWeightTableIsWarningAndNoCommonTableAnError() {
		RevisionText rev = RevisionText.valid();
		rev.weightTables.remove(rev.weights("表1"));
		Validated v = validate(rev);
		// without its common table (表1) the revision can neither be scored nor generated from: an error at every stage
		v.assertExactly(expect(IssueCodes.WEIGHT_TABLE_MISSING, WARNING, v.at("requirements 表5", "表5"), "表5（基础共性）没有对应的权重表"),
				expect(IssueCodes.WEIGHT_COMMON_MISSING, ERROR, v.at("standard 有色转型", "有色转型"), "没有基础共性权重表", "无法评分和生成"));
	}

	@Test
	public void everySectorAndRequirementTableWithWeightsHasNoTableMissingFinding() {
		RevisionText rev = RevisionText.valid();
		rev.sectors.add("冶炼 smelting");
		RevisionText.WeightTable t3 = rev.addWeights("表3", null, "行业特性", "冶炼", "smelting.maturity");
		t3.domain("技术").sub("冶炼工艺", "51%");
		rev.requirementTables.add(new RevisionText.RequirementTable("表7", null, "行业特性", "冶炼", "smelting.maturity"));
		rev.requirements("表7").domain("技术").add(RevisionText.Row.complete("冶炼工艺"));
		Validated v = validateSplit(rev);
		v.absent(IssueCodes.WEIGHT_TABLE_MISSING);
		v.none();
	}
}
