package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.tests.Validated.expect;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.ERROR;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.tests.RevisionText.Row;
import com.maturityworkbench.dsl.validation.IssueCodes;

/** Names and placement: a subdomain once per model and table, under the same domain, ids unique, no drafting notes. */
public class NamesValidationTest extends ValidationTestBase {

	@Test
	public void subdomainInCommonAndSectorTableIsDuplicateInModelWarning() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表2").sub("仓储物流").weight = "5%";
		rev.weights("表2").domain("生产").sub("成本管理", "5%");
		rev.requirements("表6").domain("生产").add(Row.complete("采选成本"));
		rev.requirements("表6").row("采选成本").name = "成本管理";
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.DUPLICATE_SUBDOMAIN_IN_MODEL, WARNING, v.at("成本管理 5%", "成本管理"),
				"能力子域“成本管理”同时出现在表1（基础共性）和表2（行业特性·采选）中", "采选企业的有效模型里有两个同名能力子域");
		v.absent(IssueCodes.DUPLICATE_SUBDOMAIN_IN_TABLE);
	}

	@Test
	public void subdomainOnlyInOneTableIsNoDuplicateInModel() {
		validate(RevisionText.valid()).absent(IssueCodes.DUPLICATE_SUBDOMAIN_IN_MODEL);
	}

	@Test
	public void subdomainTwiceInOneTableIsDuplicateInTableError() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("成本管理").weight = "7%";
		rev.weights("表1").domain("数字化运营").sub("组织建设", "6%"); // 12 + 12 + 7 + 12 + 6 = 49
		Validated v = validate(rev);
		int firstLine = v.at("组织建设 12%", "组织建设").line();
		v.assertSingle(IssueCodes.DUPLICATE_SUBDOMAIN_IN_TABLE, ERROR, v.at("组织建设 6%", "组织建设"),
				"表1（基础共性）中能力子域“组织建设”重复（第 " + firstLine + " 行已有）");
		v.absent(IssueCodes.DUPLICATE_SUBDOMAIN_IN_MODEL);
	}

	@Test
	public void subdomainsWithDistinctNamesInOneTableAreNoDuplicate() {
		validate(RevisionText.valid()).absent(IssueCodes.DUPLICATE_SUBDOMAIN_IN_TABLE);
	}

	@Test
	public void rowsUnderDifferentlyNamedDomainAreDomainPlacementWarnings() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").domain("数字化运营").name = "数字运营";
		Validated v = validate(rev);
		v.assertExactly(
				expect(IssueCodes.DOMAIN_PLACEMENT, WARNING, v.at("subdomain 成本管理", "成本管理"),
						"能力子域“成本管理”在表5（基础共性）中列于能力域“数字运营”下，在表1中列于能力域“数字化运营”下"),
				expect(IssueCodes.DOMAIN_PLACEMENT, WARNING, v.at("subdomain 智慧化决策", "智慧化决策"), "能力子域“智慧化决策”",
						"列于能力域“数字运营”下", "在表1中列于能力域“数字化运营”下"));
	}

	@Test
	public void rowsUnderTheSameDomainNameAreNoPlacementFinding() {
		RevisionText rev = RevisionText.valid();
		// white space is not a difference
		rev.requirements("表5").domain("数字化运营").name = "数字化 运营";
		validate(rev).absent(IssueCodes.DOMAIN_PLACEMENT);
	}

	@Test
	public void draftingNoteInRowNameIsWarning() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").row("智慧化决策").name = "智慧化决策 (待完善)";
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.DRAFTING_NOTE, WARNING, v.at("subdomain \"智慧化决策 (待完善)\"", "\""),
				"表5（基础共性）的能力子域名称“智慧化决策 (待完善)”中留有起草批注“(待完善)”");
		// the note is ignored when matching: the row still scores 智慧化决策
		v.absent(IssueCodes.ROW_WITHOUT_WEIGHT);
		v.absent(IssueCodes.NAME_DRIFT);
	}

	@Test
	public void draftingNoteInClauseTextIsWarning() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表6").row("智能装备").cell("四级").clauses.set(1,
				RevisionText.Clause.of("b)", "应实现关键装备远程运维（完善到此）"));
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.DRAFTING_NOTE, WARNING, v.at("b) \"应实现关键装备远程运维（完善到此）", "（"),
				"表6“智能装备”四级 b)：条文中留有起草批注“（完善到此）”");
	}

	@Test
	public void draftingNoteInWeightNamesIsWarning() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表2").sub("智能装备").name = "智能装备（待定）";
		rev.weights("表2").domain("生产").name = "生产（待补充）";
		rev.requirements("表6").domain("生产").name = "生产（待补充）";
		Validated v = validate(rev);
		v.assertExactly(
				expect(IssueCodes.DRAFTING_NOTE, WARNING, v.at("\"智能装备（待定）\" 8%", "\""), "能力子域名称“智能装备（待定）”中留有起草批注“（待定）”"),
				expect(IssueCodes.DRAFTING_NOTE, WARNING, v.at("  domain \"生产（待补充）\"\n    采矿作业", "\""),
						"能力域名称“生产（待补充）”中留有起草批注“（待补充）”"),
				expect(IssueCodes.DRAFTING_NOTE, WARNING, v.at("  domain \"生产（待补充）\"\n    subdomain", "\""), "能力域名称“生产（待补充）”"),
				// the tailoring rule names the subdomain as it was: it no longer resolves
				expect("references.unresolved", ERROR, v.at("表2.智能装备", "表2"), "“表2.智能装备”"));
	}

	@Test
	public void namesAndTextWithoutNotesHaveNoDraftingNote() {
		RevisionText rev = RevisionText.valid();
		// brackets alone are not a note
		rev.requirements("表6").row("智能装备").cell("四级").clauses.set(1,
				RevisionText.Clause.of("b)", "应实现关键装备（含选矿设备）远程运维"));
		validate(rev).absent(IssueCodes.DRAFTING_NOTE);
	}

	@Test
	public void requirementTableNamedLikeAWeightTableIsDuplicateIdError() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").name = "表1";
		Validated v = validate(rev);
		int weightsLine = v.at("weights 表1", "表1").line();
		v.assertSingle(IssueCodes.DUPLICATE_NAME, ERROR, v.at("requirements 表1", "表1"),
				"名称“表1”重复：要求表与第 " + weightsLine + " 行的权重表同名");
	}

	@Test
	public void duplicateIdInAnotherFileNamesThatFile() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表6").name = "表1";
		Validated v = validateSplit(rev);
		int weightsLine = v.at("common.maturity", "weights 表1", "表1").line();
		v.assertSingle(IssueCodes.DUPLICATE_NAME, ERROR, v.at("mining.maturity", "requirements 表1", "表1"),
				"名称“表1”重复：要求表与 common.maturity 第 " + weightsLine + " 行的权重表同名");
	}

	@Test
	public void twoStandardDeclarationsOfOneRevisionAreDuplicateIdErrors() {
		RevisionText rev = RevisionText.valid();
		Map<String, String> files = new LinkedHashMap<>(rev.files());
		String head = files.get(RevisionText.HEAD_FILE);
		files.put("second-head.maturity", head.substring(0, head.indexOf("\nlevels")));
		Validated v = validate(files);
		v.assertExactly(
				expect(IssueCodes.DUPLICATE_NAME, ERROR, v.at(RevisionText.HEAD_FILE, "standard 有色转型", "有色转型"),
						"版本“有色转型”有 2 个 standard 声明，应只有一个"),
				expect(IssueCodes.DUPLICATE_NAME, ERROR, v.at("second-head.maturity", "standard 有色转型", "有色转型"),
						"版本“有色转型”有 2 个 standard 声明"));
	}

	@Test
	public void distinctIdsAreNoDuplicateId() {
		validateSplit(RevisionText.valid()).absent(IssueCodes.DUPLICATE_NAME);
	}
}
