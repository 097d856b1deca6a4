package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.validation.IssueCodes;

/** Table titles of one kind are worded alike and name their part as the revision does. */
public class TableTitlesValidationTest extends ValidationTestBase {

	/** The valid revision with a second sector, 冶炼, and its tables 表3 and 表7 (titled like 表2 and 表6). */
	private static RevisionText twoSectors() {
		RevisionText rev = RevisionText.valid();
		rev.sectors.add("冶炼 smelting");
		RevisionText.WeightTable t3 = rev.addWeights("表3", "冶炼企业行业特性能力域、能力子域及权重", "行业特性", "冶炼", "smelting.maturity");
		t3.domain("技术").sub("冶炼工艺", "51%");
		rev.requirementTables.add(new RevisionText.RequirementTable("表7", "冶炼企业行业特性成熟度要求", "行业特性", "冶炼", "smelting.maturity"));
		rev.requirements("表7").domain("技术").add(RevisionText.Row.complete("冶炼工艺"));
		return rev;
	}

	@Test
	public void titleWritingThePartsNameDifferentlyIsWarning() {
		// 表6-表8 of the draft: 行业特色指标评分标准 where the part is 行业特性
		RevisionText rev = RevisionText.valid();
		rev.requirements("表6").title = "采选企业行业特色成熟度要求";
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.TABLE_TITLE, WARNING, v.at("requirements 表6 \"", "\""),
				"表6的标题“采选企业行业特色成熟度要求”写作“行业特色”，而评估部分名为“行业特性”：标题中的术语应与之一致");
	}

	@Test
	public void sectorTableTitledOtherwiseThanTheOthersOfItsKindIsWarning() {
		RevisionText rev = twoSectors();
		rev.sectors.add("加工 processing");
		rev.weights("表3").sub("冶炼工艺").weight = "51%";
		RevisionText.WeightTable t4 = rev.addWeights("表4", "加工企业行业特性能力域、能力子域及权重", "行业特性", "加工", "processing.maturity");
		t4.domain("技术").sub("加工工艺", "51%");
		rev.requirementTables.add(new RevisionText.RequirementTable("表8", "加工企业的行业特性要求", "行业特性", "加工", "processing.maturity"));
		rev.requirements("表8").domain("技术").add(RevisionText.Row.complete("加工工艺"));
		Validated v = validateSplit(rev);
		v.assertSingle(IssueCodes.TABLE_TITLE, WARNING, v.at("processing.maturity", "requirements 表8 \"", "\""),
				"表8的标题“加工企业的行业特性要求”与同类的", "的标题（“", "成熟度要求”）措辞不一致");
	}

	@Test
	public void sectorTablesTitledAlikeAreNoFinding() {
		validateSplit(twoSectors()).none();
	}
}
