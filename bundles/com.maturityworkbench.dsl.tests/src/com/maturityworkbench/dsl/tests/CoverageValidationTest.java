package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.tests.Validated.expect;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.ERROR;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.tests.RevisionText.Cell;
import com.maturityworkbench.dsl.tests.RevisionText.Row;
import com.maturityworkbench.dsl.validation.IssueCodes;

/** Completeness between weight tables (表1-表4) and requirement tables (表5-表8). */
public class CoverageValidationTest extends ValidationTestBase {

	@Test
	public void weightedSubdomainWithoutRowIsWarning() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").domain("组织").rows.remove(rev.requirements("表5").row("转型战略"));
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.SUBDOMAIN_WITHOUT_REQUIREMENTS, WARNING, v.at("转型战略 12%", "转型战略"),
				"表1（基础共性）的能力子域“转型战略”（12%）在表5中没有成熟度要求");
	}

	@Test
	public void everyWeightedSubdomainWithARowHasNoRequirementsFinding() {
		validate(RevisionText.valid()).absent(IssueCodes.SUBDOMAIN_WITHOUT_REQUIREMENTS);
	}

	@Test
	public void rowWithoutWeightIsWarning() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").domain("组织").add(Row.complete("安全环保"));
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.ROW_WITHOUT_WEIGHT, WARNING, v.at("subdomain 安全环保", "安全环保"),
				"表5（基础共性）的“安全环保”在表1中没有权重，这一行不计分");
		v.absent(IssueCodes.NAME_DRIFT);
	}

	@Test
	public void rowWithWeightHasNoWeightFinding() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").domain("组织").add(Row.complete("安全环保"));
		rev.weights("表1").domain("组织").sub("安全环保", "1%");
		rev.weights("表1").sub("组织建设").weight = "11%";
		Validated v = validate(rev);
		v.absent(IssueCodes.ROW_WITHOUT_WEIGHT);
		v.none();
	}

	@Test
	public void shortenedRowNameIsNameDrift() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表6").row("技术创新与改造").name = "技术创新";
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.NAME_DRIFT, WARNING, v.at("subdomain 技术创新\n", "技术创新"), "表6（行业特性·采选）的“技术创新”",
				"在表2中没有同名能力子域", "很可能就是表2的“技术创新与改造”");
		// drift is one finding, not a row without weight plus a subdomain without requirements
		v.absent(IssueCodes.ROW_WITHOUT_WEIGHT);
		v.absent(IssueCodes.SUBDOMAIN_WITHOUT_REQUIREMENTS);
	}

	@Test
	public void renamedRowNameIsNameDrift() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表6").row("仓储物流").name = "仓储配送";
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.NAME_DRIFT, WARNING, v.at("subdomain 仓储配送", "仓储配送"), "“仓储配送”在表2中没有同名能力子域",
				"很可能就是表2的“仓储物流”");
		v.absent(IssueCodes.ROW_WITHOUT_WEIGHT);
		v.absent(IssueCodes.SUBDOMAIN_WITHOUT_REQUIREMENTS);
	}

	@Test
	public void identicalNamesHaveNoDrift() {
		validate(RevisionText.valid()).absent(IssueCodes.NAME_DRIFT);
	}

	@Test
	public void cellWithoutClausesIsEmptyCellWarning() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").row("组织建设").cell("三级").clauses.clear();
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.EMPTY_CELL, WARNING, v.at("三级\n      四级", "三级"), "表5（基础共性）“组织建设”的三级没有成熟度要求（空单元格）",
				"empty \"原因\"");
	}

	@Test
	public void cellDeclaredEmptyWithReasonIsNoFinding() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").row("组织建设").cell("三级").emptyReason = "草案未填写";
		Validated v = validate(rev);
		v.absent(IssueCodes.EMPTY_CELL);
		v.none();
	}

	@Test
	public void rowWithoutALevelIsMissingLevelWarning() {
		RevisionText rev = RevisionText.valid();
		Row row = rev.requirements("表5").row("组织建设");
		row.cells.remove(row.cell("五级"));
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.MISSING_LEVEL, WARNING, v.at("subdomain 组织建设", "组织建设"), "表5（基础共性）“组织建设”缺少五级的成熟度要求");
	}

	@Test
	public void rowWithoutTwoLevelsNamesBoth() {
		RevisionText rev = RevisionText.valid();
		Row row = rev.requirements("表6").row("选矿作业");
		row.cells.remove(row.cell("二级"));
		row.cells.remove(row.cell("四级"));
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.MISSING_LEVEL, WARNING, v.at("subdomain 选矿作业", "选矿作业"), "缺少二级、四级的成熟度要求");
	}

	@Test
	public void rowWithEveryLevelHasNoMissingLevel() {
		validate(RevisionText.valid()).absent(IssueCodes.MISSING_LEVEL);
	}

	@Test
	public void levelTwiceInARowWithClausesInBothIsDuplicateLevelError() {
		RevisionText rev = RevisionText.valid();
		Row row = rev.requirements("表5").row("组织建设");
		row.cells.add(2, new Cell("二级").clause("a)", "应补充二级的其他要求。"));
		Validated v = validate(rev);
		int first = v.at("二级\n        a) \"" + RevisionText.clauseText("组织建设", "二级", 1), "二级").line();
		// an error in a draft too: both cells' a) would be 表5.组织建设.二级.1 (found by mwb fuzz: validate passed, then the
		// scoring model refused "clause id 表7.研发管理.一级.1 is used twice")
		v.assertExactly(expect(IssueCodes.DUPLICATE_LEVEL_IN_ROW, ERROR, v.at("二级\n        a) \"应补充", "二级"),
				"表5（基础共性）“组织建设”的二级出现了两次（第一次在第 " + first + " 行），两处的条款编号相同（表5.组织建设.二级.1），无法评分：应合并为一个单元格"));
	}

	@Test
	public void levelTwiceInARowWithAnEmptySecondCellIsDuplicateLevelWarning() {
		// no clause of the second cell gets an id: nothing collides, the drafters are told and the model can be built
		RevisionText rev = RevisionText.valid();
		Row row = rev.requirements("表5").row("组织建设");
		Cell empty = new Cell("二级");
		empty.emptyReason = "待补充";
		row.cells.add(2, empty);
		Validated v = validate(rev);
		v.assertExactly(expect(IssueCodes.DUPLICATE_LEVEL_IN_ROW, WARNING, v.at("二级 empty", "二级"), "表5（基础共性）“组织建设”的二级出现了两次"));
	}

	@Test
	public void levelAfterAHigherOneIsLevelOrderWarning() {
		RevisionText rev = RevisionText.valid();
		Row row = rev.requirements("表5").row("组织建设");
		Cell first = row.cells.remove(0);
		row.cells.add(1, first); // 二级, 一级, 三级, 四级, 五级
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.LEVEL_ORDER, WARNING, v.at("一级\n        a) \"应在组织建设", "一级"),
				"表5（基础共性）“组织建设”的一级排在更高等级之后");
		v.absent(IssueCodes.DUPLICATE_LEVEL_IN_ROW);
		v.absent(IssueCodes.MISSING_LEVEL);
	}

	@Test
	public void levelsInOrderHaveNoOrderOrDuplicateFinding() {
		Validated v = validate(RevisionText.valid());
		v.absent(IssueCodes.LEVEL_ORDER);
		v.absent(IssueCodes.DUPLICATE_LEVEL_IN_ROW);
	}

	@Test
	public void sameSubdomainTwiceInARequirementTableIsDuplicateRowError() {
		RevisionText rev = RevisionText.valid();
		Row copy = Row.complete("组织建设补充");
		copy.name = "组织建设"; // same name, other clauses
		rev.requirements("表5").domain("数字化运营").add(copy);
		Validated v = validate(rev);
		int firstLine = v.at("subdomain 组织建设\n      一级\n        a) \"应在组织建设方面", "组织建设").line();
		// an error in a draft too: the two rows' clauses have the same ids, no scoring model can be built (found by mwb fuzz:
		// validate passed, then the scoring model refused: "clause id 表7.设备管理.一级.1 is used twice")
		v.assertSingle(IssueCodes.DUPLICATE_ROW, ERROR, v.at("subdomain 组织建设\n      一级\n        a) \"应在组织建设补充", "组织建设"),
				"表5（基础共性）中能力子域“组织建设”出现了两行（第一行在第 " + firstLine + " 行）");
	}

	@Test
	public void duplicateRowInAnotherFileNamesThatFile() {
		RevisionText rev = RevisionText.valid();
		RevisionText.RequirementTable more = new RevisionText.RequirementTable("表5续", null, "基础共性", null, "common-more.maturity");
		Row copy = Row.complete("组织建设补充");
		copy.name = "组织建设";
		more.domain("组织").add(copy);
		rev.requirementTables.add(more);
		Validated v = validateSplit(rev);
		int firstLine = v.at("common.maturity", "subdomain 组织建设", "组织建设").line();
		v.assertSingle(IssueCodes.DUPLICATE_ROW, ERROR, v.at("common-more.maturity", "subdomain 组织建设", "组织建设"),
				"表5续（基础共性）中能力子域“组织建设”出现了两行（第一行在 common.maturity 第 " + firstLine + " 行）");
	}

	@Test
	public void sameNameInCommonAndSectorRequirementTablesIsNoDuplicateRow() {
		// rows are matched per part: 表5 and 表6 may each have their own row of a name, if each is weighted there
		RevisionText rev = RevisionText.valid();
		rev.weights("表2").domain("生产").sub("数据治理", "1%");
		rev.weights("表2").sub("仓储物流").weight = "9%";
		rev.weights("表1").domain("组织").sub("数据治理", "1%");
		rev.weights("表1").sub("组织建设").weight = "11%";
		rev.requirements("表5").domain("组织").add(Row.complete("数据治理"));
		Row sectorRow = Row.complete("数据治理要求");
		sectorRow.name = "数据治理";
		rev.requirements("表6").domain("生产").add(sectorRow);
		Validated v = validate(rev);
		v.absent(IssueCodes.DUPLICATE_ROW);
	}

	@Test
	public void weightTableWithoutRequirementTableIsWarning() {
		RevisionText rev = RevisionText.valid();
		rev.requirementTables.remove(rev.requirements("表6"));
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.REQUIREMENT_TABLE_MISSING, WARNING, v.at("weights 表2", "表2"), "表2（行业特性·采选）没有对应的成熟度要求表");
		// no requirement table at all is one finding on the table, not one per subdomain
		v.absent(IssueCodes.SUBDOMAIN_WITHOUT_REQUIREMENTS);
	}

	@Test
	public void weightTablesWithRequirementTablesHaveNoTableMissing() {
		validate(RevisionText.valid()).absent(IssueCodes.REQUIREMENT_TABLE_MISSING);
	}
}
