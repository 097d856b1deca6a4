package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.analysis.Finding.Severity.ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.validation.IssueCodes;

/** Parse errors and unresolved references are errors, coded "syntax" and "references.unresolved", at their token. */
public class SyntaxAndReferencesTest extends ValidationTestBase {

	@Test
	public void weightWithoutPercentSignIsSyntaxError() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").weight = "12";
		Validated v = validate(rev);
		Finding f = v.assertSingle("syntax", ERROR, v.at("组织建设 12\n", "12"), "此处应为百分比（如 3%）", "却是“12”");
		assertEquals("syntax", f.category());
		// a weight that did not parse is not also reported as "null" weight
		v.absent(IssueCodes.WEIGHT_NOT_POSITIVE);
	}

	@Test
	public void misspelledComparisonIsSyntaxError() {
		RevisionText rev = RevisionText.valid();
		rev.comparison = "=>";
		Validated v = validate(rev);
		v.assertSingle("syntax", ERROR, v.at("score => 0.8", "="), "语法错误：无法理解“=”");
		assertEquals(1, v.findings().size(), v::toString);
	}

	@Test
	public void misspelledKeywordIsSyntaxErrorInItsOwnFile() {
		RevisionText rev = RevisionText.valid();
		Map<String, String> files = new LinkedHashMap<>(rev.files());
		files.put("mining.maturity", files.get("mining.maturity").replace("  domain 生产\n    采矿作业", "  domian 生产\n    采矿作业"));
		Validated v = validate(files);
		// "domian" reads as a subdomain name, so the parser first stops at the missing weight after it
		List<Finding> syntax = v.withCode("syntax");
		Validated.assertFinding(syntax.get(0), ERROR, v.at("mining.maturity", "domian 生产", "生产"), "“生产”之前缺少百分比（如 3%）");
		assertEquals(List.of("mining.maturity"), syntax.stream().map(Finding::file).distinct().toList());
		// the other files still parse: the common tables are untouched
		assertEquals(List.of(), v.findings().stream().filter(x -> x.file().equals("common.maturity")).toList());
	}

	@Test
	public void wellFormedRevisionHasNoSyntaxError() {
		validate(RevisionText.valid()).absent("syntax");
	}

	@Test
	public void bandNamingUnknownLevelIsUnresolvedReference() {
		RevisionText rev = RevisionText.valid();
		rev.bands.set(4, "六级 [4.8, 5]");
		Validated v = validate(rev);
		v.assertSingle("references.unresolved", ERROR, v.at("六级 [4.8, 5]", "六级"), "六级");
		assertEquals("references", v.single("references.unresolved").category());
	}

	@Test
	public void tailoringNamingUnknownSubdomainIsUnresolvedReference() {
		RevisionText rev = RevisionText.valid();
		rev.tailoring = "tailoring allow 表9.不存在 redistribute within domain";
		Validated v = validateSplit(rev);
		v.assertSingle("references.unresolved", ERROR, v.at(RevisionText.HEAD_FILE, "表9.不存在", "表9"), "表9.不存在");
	}

	@Test
	public void tailoringNamingASubdomainOfAnotherFileResolves() {
		RevisionText rev = RevisionText.valid();
		rev.tailoring = "tailoring allow 表1.成本管理, 表2.选矿作业 redistribute within table";
		Validated v = validateSplit(rev);
		v.absent("references.unresolved");
		v.none();
	}

	@Test
	public void partOfAnotherRevisionDoesNotSeeThisRevisionsNames() {
		RevisionText rev = RevisionText.valid();
		Map<String, String> files = new LinkedHashMap<>(rev.files());
		files.put("mining.maturity", files.get("mining.maturity").replace("part of " + RevisionText.NAME, "part of 其他版本"));
		Validated v = validate(files);
		List<Finding> unresolved = v.withCode("references.unresolved").stream().filter(x -> x.file().equals("mining.maturity"))
				.toList();
		Validated.assertFinding(unresolved.get(0), ERROR, v.at("mining.maturity", "part of 其他版本", "其他版本"),
				"找不到标准版本（standard）“其他版本”");
		// and the names of 有色转型 are not visible to it
		Validated.assertFinding(unresolved.get(1), ERROR, v.at("mining.maturity", "\" part 行业特性 sector 采选\n  domain 技术\n    技术创新与改造", "行业特性"),
				"找不到评估部分“行业特性”");
	}
}
