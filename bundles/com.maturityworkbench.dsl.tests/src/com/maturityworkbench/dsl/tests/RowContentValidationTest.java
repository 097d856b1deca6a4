package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;
import static com.maturityworkbench.dsl.tests.Validated.expect;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.tests.RevisionText.Clause;
import com.maturityworkbench.dsl.tests.RevisionText.Row;
import com.maturityworkbench.dsl.validation.IssueCodes;

/**
 * What a row says across its levels and its table: other sectors' words, thresholds that fall as the level rises,
 * topic headings that are not parallel; and abbreviations explained two ways in a revision.
 */
public class RowContentValidationTest extends ValidationTestBase {

	private static RevisionText withClause(String table, String row, String level, String text) {
		RevisionText rev = RevisionText.valid();
		rev.requirements(table).row(row).cell(level).clauses.set(1, Clause.of("b)", text));
		return rev;
	}

	@Test
	public void sectorTableNamingAnotherSectorsWorkIsOtherSectorWarning() {
		// 表6 中试验证 四级 a) of the draft: a 采选 table speaking of 冶炼产品
		String text = "应建设高度集成的中试平台，支持多种冶炼产品的中试验证。";
		Validated v = validate(withClause("表6", "选矿作业", "四级", text));
		v.assertSingle(IssueCodes.OTHER_SECTOR, WARNING, v.at("支持多种冶炼产品", "冶炼"),
				"表6“选矿作业”四级 b)：表6（行业特性·采选）的要求中出现了冶炼的用语“冶炼”（…台，支持多种冶炼产品的中试验…）");
	}

	@Test
	public void sectorTableListingTheSectorsOfTheChainIsNoOtherSector() {
		// 表7 计划调度 五级 g) of the draft: 产业链上下游企业（矿山、冶炼、加工等）
		String listing = "应自动生成产业链上下游企业（采选、冶炼、加工等）的生产作业计划。";
		validate(withClause("表6", "选矿作业", "五级", listing)).none();
	}

	@Test
	public void commonTableMayNameEverySector() {
		validate(withClause("表5", "组织建设", "四级", "应统筹采矿、冶炼和轧制各环节的数字化转型。")).none();
	}

	@Test
	public void thresholdFallingAsTheLevelRisesIsWarning() {
		// 表8 生产作业 二级 b) 大于 70 %, 三级 b) 大于 60 % in the draft
		RevisionText rev = withClause("表6", "选矿作业", "二级", "应使小批量生产系统数据采集点大于 70%。");
		rev.requirements("表6").row("选矿作业").cell("三级").clauses.set(1, Clause.of("b)", "应使小批量生产系统数据采集点大于 60%。"));
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.THRESHOLD_FALLS, WARNING, v.at("大于 60%", "60%"),
				"表6“选矿作业”三级 b)：“应使小批量生产系统数据采集点”的要求为 60%，比二级 b) 的 70% 更低：等级越高要求应越严");
	}

	@Test
	public void upperBoundRisingAsTheLevelRisesIsWarning() {
		RevisionText rev = withClause("表6", "选矿作业", "二级", "应使设备故障率低于 5%。");
		rev.requirements("表6").row("选矿作业").cell("四级").clauses.set(1, Clause.of("b)", "应使设备故障率低于 8%。"));
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.THRESHOLD_FALLS, WARNING, v.at("低于 8%", "8%"), "“应使设备故障率”的要求为 8%，比二级 b) 的 5% 更高");
	}

	@Test
	public void thresholdsThatTightenWithTheLevelAreNoFinding() {
		// 不低于 is a lower bound (not 低于); intervals (10%,20%] are read by their lower end
		RevisionText rev = withClause("表6", "选矿作业", "二级", "应使自动采集的装置占比不低于 70%，营业额增加(10%,20%]。");
		rev.requirements("表6").row("选矿作业").cell("三级").clauses.set(1, Clause.of("b)", "应使自动采集的装置占比不低于 90%，营业额增加(20%,30%]。"));
		rev.requirements("表6").row("选矿作业").cell("四级").clauses.set(1, Clause.of("b)", "应使设备故障率低于 5%。"));
		rev.requirements("表6").row("选矿作业").cell("五级").clauses.set(1, Clause.of("b)", "应使设备故障率低于 2%。"));
		validate(rev).none();
	}

	@Test
	public void topicHeadingMissingAtSomeLevelsIsWarning() {
		RevisionText rev = RevisionText.valid();
		Row row = rev.requirements("表5").row("组织建设");
		for (RevisionText.Cell cell : row.cells) {
			cell.clauses.set(0, Clause.of("a)", "组织结构。" + cell.clauses.get(0).text()));
			if (!cell.level.equals("五级")) {
				cell.clauses.set(1, Clause.of("b)", "企业文化。" + cell.clauses.get(1).text()));
			}
		}
		// written as topics (a) 组织结构。"…"), not as part of the text
		String text = rev.singleFile().replaceAll("(a\\)|b\\)) \"(组织结构|企业文化)。", "$1 $2。\"");
		Validated v = validate(java.util.Map.of(RevisionText.SINGLE_FILE, text));
		v.assertSingle(IssueCodes.TOPIC_HEADINGS, WARNING, v.at("subdomain 组织建设", "组织建设"),
				"表5“组织建设”各等级的要点标题不一致：“企业文化”只见于一级、二级、三级、四级（其余标题在一级、二级、三级、四级、五级均有）");
	}

	@Test
	public void topicHeadingsAtEveryLevelAreNoFinding() {
		String text = RevisionText.valid().singleFile().replace("a) \"应在组织建设方面", "a) 组织结构。\"应在组织建设方面");
		validate(java.util.Map.of(RevisionText.SINGLE_FILE, text)).none();
	}

	@Test
	public void abbreviationExplainedTwoWaysIsWarningAtTheSecond() {
		// the draft: 企业资源管理系统(ERP) in 表5, 企业资源计划 (ERP) in 表7
		RevisionText rev = withClause("表5", "组织建设", "二级", "应建设企业资源计划（ERP）系统。");
		rev.requirements("表6").row("选矿作业").cell("三级").clauses.set(1, Clause.of("b)", "应与企业资源管理系统(ERP)集成。"));
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.ABBREVIATION_GLOSSES, WARNING, v.at("管理系统(ERP)", "ERP"),
				"表6“选矿作业”三级 b)：缩略语“ERP”在此解释为“应与企业资源管理系统”，而在表5“组织建设”二级 b)中解释为“应建设企业资源计划”");
	}

	@Test
	public void abbreviationExplainedAlikeIsNoFinding() {
		// 客户关系管理（CRM） and 集成企业销售与客户关系管理系统（CRM） say the same
		RevisionText rev = withClause("表5", "组织建设", "二级", "应实现客户关系管理（CRM）。");
		rev.requirements("表6").row("选矿作业").cell("三级").clauses.set(1, Clause.of("b)", "应集成企业销售与客户关系管理系统（CRM）。"));
		rev.requirements("表6").row("采矿作业").cell("三级").clauses.set(1, Clause.of("b)", "应部署CRM（客户关系管理）。"));
		validate(rev).none();
	}

	@Test
	public void rowsInAnotherOrderThanTheirWeightTableAreRowOrderWarning() {
		RevisionText rev = RevisionText.valid();
		var rows = rev.requirements("表6").domain("生产").rows;
		rows.add(0, rows.remove(2)); // 采矿作业 选矿作业 仓储物流 → 仓储物流 采矿作业 选矿作业
		Validated v = validate(rev);
		// the fewest rows out of order: 仓储物流 moved up, not 采矿作业 and 选矿作业 moved down
		v.assertExactly(expect(IssueCodes.ROW_ORDER, WARNING, v.at("subdomain 仓储物流", "仓储物流"),
				"表6（行业特性·采选）中“仓储物流”排在“采矿作业”之前，而表2中“仓储物流”排在“采矿作业”之后：要求表各行的顺序应与权重表一致"));
	}

	@Test
	public void rowMovedDownIsReportedAfterTheRowItJumpedOver() {
		RevisionText rev = RevisionText.valid();
		var rows = rev.requirements("表6").domain("生产").rows;
		rows.add(rows.remove(0)); // 采矿作业 选矿作业 仓储物流 → 选矿作业 仓储物流 采矿作业
		Validated v = validate(rev);
		v.assertExactly(expect(IssueCodes.ROW_ORDER, WARNING, v.at("subdomain 采矿作业", "采矿作业"),
				"表6（行业特性·采选）中“采矿作业”排在“仓储物流”之后，而表2中“采矿作业”排在“仓储物流”之前"));
	}

	@Test
	public void rowsInTheOrderOfTheirWeightTableAreNoFinding() {
		validate(RevisionText.valid()).absent(IssueCodes.ROW_ORDER);
	}
}
