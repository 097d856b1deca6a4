package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.tests.Validated.expect;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.ERROR;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.validation.IssueCodes;
import com.maturityworkbench.scoring.i18n.Language;

/** Parse errors and unresolved references are errors, coded "syntax" and "references.unresolved", at their token. */
public class SyntaxAndReferencesTest extends ValidationTestBase {

	@Test
	public void weightWithoutPercentSignIsSyntaxError() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").weight = "12";
		Validated v = validate(rev);
		// a weight that did not parse is not also reported as "null" weight; it is missing from the sums
		v.assertExactly(expect("syntax", ERROR, v.at("组织建设 12\n", "12"), "此处应为百分比（如 3%）", "却是“12”"),
				expect(IssueCodes.WEIGHT_SUM_PART, WARNING, v.at("weights 表1", "表1"), "表1（基础共性）的指标权重合计为 37%"),
				expect(IssueCodes.WEIGHT_SUM_MODEL, WARNING, v.at("weights 表2", "表2"), "权重合计为 88%"));
		assertEquals("syntax", v.single("syntax").category());
	}

	@Test
	public void misspelledComparisonIsSyntaxError() {
		RevisionText rev = RevisionText.valid();
		rev.comparison = "=>";
		Validated v = validate(rev);
		v.assertSingle("syntax", ERROR, v.at("score => 0.8", "="), "语法错误：无法理解“=”");
		assertEquals(1, v.findings().size(), v::toString);
	}

	/** A backslash before a letter that is no escape: Xtext's converter says so in English, the finding in Chinese. */
	@Test
	public void aBackslashThatIsNoEscapeIsSaidInTheDraftersLanguage() {
		Map<String, String> files = new LinkedHashMap<>(RevisionText.valid().files());
		files.put(RevisionText.HEAD_FILE, files.get(RevisionText.HEAD_FILE).replace("code \"YS/T 0000", "code \"YS/T\\q 0000"));
		Validated v = validate(files);
		v.assertSingle("syntax", ERROR, v.at(RevisionText.HEAD_FILE, "code \"YS/T\\q", "\"YS/T"),
				"无法读取的值：引号内的“\\”之后只能是 b、t、n、f、r、u、\"、' 或 \\（反斜杠本身写作 \\\\）");
		Language.set(Language.EN);
		try {
			assertEquals("unreadable value: inside quotes, “\\” may only be followed by b, t, n, f, r, u, \", ' or \\ (a backslash itself is written \\\\)",
					validate(files).single("syntax").message());
		} finally {
			Language.set(Language.ZH);
		}
	}

	@Test
	public void misspelledKeywordIsSyntaxErrorInItsOwnFile() {
		RevisionText rev = RevisionText.valid();
		Map<String, String> files = new LinkedHashMap<>(rev.files());
		files.put("mining.maturity", files.get("mining.maturity").replace("  domain 生产\n    采矿作业", "  domian 生产\n    采矿作业"));
		Validated v = validate(files);
		// "domian" reads as a subdomain name, so the parser first stops at the missing weight after it
		// and what follows from it: 采矿作业 is lost from 表2 (the tailoring rule and the row of 表6 no longer find it), 生产
		// becomes a subdomain of 技术, and so do the rows after it; the common tables are untouched
		String mining = "mining.maturity";
		v.assertExactly(expect("syntax", ERROR, v.at(mining, "domian 生产", "生产"), "“生产”之前缺少百分比（如 3%）"),
				expect("syntax", ERROR, v.at(mining, "domian 生产\n    采矿作业", "采矿作业"), "多余的“采矿作业”"),
				expect("references.unresolved", ERROR, v.at(RevisionText.HEAD_FILE, "表2.采矿作业", "表2"), "“表2.采矿作业”"),
				expect(IssueCodes.SUBDOMAIN_WITHOUT_REQUIREMENTS, WARNING, v.at(mining, "domian 生产", "生产"), "能力子域“生产”（12%）在表6中没有成熟度要求"),
				expect(IssueCodes.ROW_WITHOUT_WEIGHT, WARNING, v.at(mining, "subdomain 采矿作业", "采矿作业"), "“采矿作业”在表2中没有权重"),
				expect(IssueCodes.DOMAIN_PLACEMENT, WARNING, v.at(mining, "subdomain 选矿作业", "选矿作业"), "能力子域“选矿作业”", "在表2中列于能力域“技术”下"),
				expect(IssueCodes.DOMAIN_PLACEMENT, WARNING, v.at(mining, "subdomain 仓储物流", "仓储物流"), "能力子域“仓储物流”", "在表2中列于能力域“技术”下"));
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
		// 五级 is then left without a band
		v.assertExactly(expect("references.unresolved", ERROR, v.at("六级 [4.8, 5]", "六级"), "六级"),
				expect(IssueCodes.BAND_LEVEL, ERROR, v.at("determination\n", "determination"), "等级“五级”没有得分区间（表10）"));
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
		// the names of 有色转型 are not visible to it, and 有色转型 loses 表2 (its sector and tailoring rule then fail)
		List<Validated.Expected> expected = new ArrayList<>(unresolvedInPartFile(v, "其他版本"));
		expected.add(expect(IssueCodes.WEIGHT_TABLE_MISSING, WARNING, v.at(RevisionText.HEAD_FILE, "采选 mining", "采选"), "行业“采选”没有行业特性权重表"));
		expected.add(expect("references.unresolved", ERROR, v.at(RevisionText.HEAD_FILE, "表2.智能装备", "表2"), "“表2.智能装备”"));
		expected.add(expect("references.unresolved", ERROR, v.at(RevisionText.HEAD_FILE, "表2.采矿作业", "表2"), "“表2.采矿作业”"));
		v.assertExactly(expected.toArray(Validated.Expected[]::new));
	}

	/**
	 * What a {@code part of} file sees when it belongs to no loaded revision: its revision, then the parts and the
	 * sector of its two tables, then the level of every cell (one finding each) are unresolved.
	 */
	static List<Validated.Expected> unresolvedInPartFile(Validated v, String revision) {
		String file = "mining.maturity";
		String text = v.text(file);
		List<Validated.Expected> expected = new ArrayList<>();
		expected.add(expect("references.unresolved", ERROR, v.at(file, "part of " + revision, revision), "找不到标准版本（standard）“" + revision + "”"));
		for (String table : List.of("weights 表2", "requirements 表6")) {
			int part = text.indexOf("part 行业特性", text.indexOf(table)) + "part ".length();
			int sector = text.indexOf("sector 采选", part) + "sector ".length();
			expected.add(expect("references.unresolved", ERROR, Validated.locate(file, text, part), "找不到评估部分“行业特性”"));
			expected.add(expect("references.unresolved", ERROR, Validated.locate(file, text, sector), "找不到行业“采选”"));
		}
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String level = lines[i].strip();
			if (lines[i].startsWith("      ") && RevisionText.LEVELS.contains(level)) {
				expected.add(expect("references.unresolved", ERROR, new Validated.Location(file, i + 1, 7), "找不到成熟度等级“" + level + "”"));
			}
		}
		return expected;
	}
}
