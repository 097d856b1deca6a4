package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.analysis.Finding.Severity.ERROR;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionChecker;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.tests.RevisionText.Row;
import com.maturityworkbench.dsl.validation.IssueCodes;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * The findings in English ({@code Language.EN}, as {@code mwb --lang en} sets it): the language is read when a finding
 * is made, the names and texts of the revision stay as written, in quotes.
 */
public class EnglishFindingsTest extends ValidationTestBase {

	@BeforeEach
	void english() {
		Language.set(Language.EN);
	}

	@AfterEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	public void weightSumsInEnglish() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").weight = "11%"; // 11 + 12 + 13 + 12 = 48
		Validated v = validate(rev);
		assertEquals("Table 1 (“基础共性”): the indicator weights add up to 48%; the target of part “基础共性” is 49% (1% off)",
				v.single(IssueCodes.WEIGHT_SUM_PART).message());
		assertEquals("the effective model of a “采选” enterprise (Table 1 + Table 2) has weights adding up to 99%; they should add up to 100%",
				v.single(IssueCodes.WEIGHT_SUM_MODEL).message());
	}

	@Test
	public void missingCellsInEnglish() {
		RevisionText rev = RevisionText.valid();
		Row row = rev.requirements("表5").row("组织建设");
		row.cells.remove(row.cell("五级"));
		Row other = rev.requirements("表6").row("选矿作业");
		other.cells.remove(other.cell("二级"));
		other.cells.remove(other.cell("四级"));
		Validated v = validate(rev);
		v.assertExactly(
				Validated.expect(IssueCodes.MISSING_LEVEL, WARNING, v.at("subdomain 组织建设", "组织建设"),
						"Table 5 (“基础共性”), “组织建设” has no maturity requirements at level “五级”"),
				Validated.expect(IssueCodes.MISSING_LEVEL, WARNING, v.at("subdomain 选矿作业", "选矿作业"),
						"Table 6 (“行业特性”, “采选”), “选矿作业” has no maturity requirements at levels “二级”, “四级”"));
	}

	@Test
	public void syntaxErrorInEnglish() {
		RevisionText rev = RevisionText.valid();
		rev.comparison = "=>";
		assertEquals("syntax error: cannot make sense of “=”", validate(rev).single("syntax").message());
		rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").weight = "12";
		assertEquals("syntax error: a percentage (such as 3%) expected here, but found “12”", validate(rev).single("syntax").message());
	}

	@Test
	public void unresolvedReferenceInEnglish() {
		RevisionText rev = RevisionText.valid();
		rev.bands.set(4, "六级 [4.8, 5]");
		Validated v = validate(rev);
		v.assertExactly(Validated.expect("references.unresolved", ERROR, v.at("六级 [4.8, 5]", "六级"), "cannot find maturity level “六级”"),
				Validated.expect(IssueCodes.BAND_LEVEL, ERROR, v.at("determination\n", "determination"), "level “五级” has no score band (Table 10)"));
		assertEquals("cannot find maturity level “六级”", v.single("references.unresolved").message());
	}

	/** The language is read when the finding is made: the same revision, checked again in Chinese, is Chinese. */
	@Test
	public void theLanguageIsReadWhenTheFindingIsMade() {
		RevisionText rev = RevisionText.valid();
		rev.comparison = "=>";
		Language.set(Language.ZH);
		assertEquals("语法错误：无法理解“=”", validate(rev).single("syntax").message());
	}

	/**
	 * Every finding of the shipped draft (all 286 of them) in English: the same finding (code, place) as in Chinese,
	 * its message another one, and no Chinese left outside the quoted names and texts.
	 */
	@Test
	public void everyFindingOfTheShippedDraftIsEnglish() throws Exception {
		Language.set(Language.ZH);
		List<Finding> chinese = shippedDraftFindings();
		Language.set(Language.EN);
		List<Finding> english = shippedDraftFindings();
		assertEquals(chinese.size(), english.size());
		assertTrue(english.size() > 200, "the draft has findings of most kinds: " + english.size());
		for (int i = 0; i < english.size(); i++) {
			Finding zh = chinese.get(i);
			Finding en = english.get(i);
			assertEquals(List.of(zh.file(), zh.line(), zh.column(), zh.code(), zh.severity()), List.of(en.file(), en.line(), en.column(), en.code(), en.severity()));
			assertNotEquals(zh.message(), en.message(), en.code());
			assertFalse(EnglishFindings.hasChinese(EnglishFindings.unquoted(en.message())), en.code() + ": " + en.message());
		}
	}

	private static List<Finding> shippedDraftFindings() throws Exception {
		LoadedRevision loaded = ShippedDraft.injector().getInstance(RevisionLoader.class).load(ShippedDraft.sources(s -> s));
		return ShippedDraft.injector().getInstance(RevisionChecker.class).check(loaded);
	}
}
