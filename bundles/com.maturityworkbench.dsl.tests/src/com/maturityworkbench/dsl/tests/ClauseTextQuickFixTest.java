package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.tests.QuickFixHarness.assertFix;
import static com.maturityworkbench.dsl.tests.QuickFixHarness.load;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.tests.QuickFixHarness.Snapshot;
import com.maturityworkbench.dsl.tests.RevisionText.Clause;
import com.maturityworkbench.dsl.validation.IssueCodes;

/** Quick fixes for slips in clause texts: each turns the text into exactly the intended one and leaves no finding. */
public class ClauseTextQuickFixTest {

	/** The valid revision with clause b) of 表5 转型战略 三级 reading {@code text}. */
	static RevisionText withText(String text) {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").row("转型战略").cell("三级").clauses.set(1, Clause.of("b)", text));
		return rev;
	}

	private static void assertTextFix(String defect, String code, String label, String expected) {
		assertFix(withText(defect), code, label, withText(expected));
	}

	@Test
	public void doubledCharacterLosesItsSecondCopy() {
		assertTextFix("应建立的的制度。", IssueCodes.DOUBLED_CHARACTER, "删去多打的“的”", "应建立的制度。");
	}

	@Test
	public void doubledCharacterAfterEscapedQuotesAndBackslashIsFixedAtItsOwnCharacters() {
		// written "应将\"数据\"存入\\目录中的的制度。": the slip's value offset is two characters short of its place in the file
		assertTextFix("应将\"数据\"存入\\目录中的的制度。", IssueCodes.DOUBLED_CHARACTER, "删去多打的“的”",
				"应将\"数据\"存入\\目录中的制度。");
	}

	@Test
	public void doubledCharacterAfterAUnicodeEscapeIsFixedAtItsOwnCharacters() {
		// a unicode escape writes one character of the value with six characters of the file
		String valid = withText("应建立制度。").singleFile();
		String written = "\"应建\\u7acb制度的的要求。\"";
		String defect = valid.replace("\"应建立制度。\"", written);
		String expected = valid.replace("\"应建立制度。\"", "\"应建\\u7acb制度的要求。\"");
		assertFix(defect, IssueCodes.DOUBLED_CHARACTER, "删去多打的“的”", expected);
	}

	/** Clause b) of 表5 转型战略 三级 with a first paragraph and one continuation. */
	private static RevisionText continued(String first, String continuation) {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").row("转型战略").cell("三级").clauses.set(1, Clause.of("b)", first).continued(continuation));
		return rev;
	}

	@Test
	public void slipInAContinuationIsRepairedInThatParagraphNotInTheFirst() {
		// the same slip at the same offset of the first paragraph would be no proof: the first paragraph is clean
		assertFix(continued("应建立的制度。", "并评审的的制度。"), IssueCodes.DOUBLED_CHARACTER, "删去多打的“的”", continued("应建立的制度。", "并评审的制度。"));
	}

	@Test
	public void semicolonEndingTheLastParagraphBecomesAFullStopThere() {
		assertFix(continued("应建立数据管理制度；", "并定期评审；"), IssueCodes.CLAUSE_END, "将末尾的“；”改为“。”",
				continued("应建立数据管理制度；", "并定期评审。"));
	}

	@Test
	public void slipsInALeadInAndInANoteAreRepairedWhereTheyAre() {
		RevisionText lead = RevisionText.valid();
		lead.requirements("表5").row("转型战略").cell("三级").leadIn = "推进组织的的数字化转型。";
		RevisionText leadFixed = RevisionText.valid();
		leadFixed.requirements("表5").row("转型战略").cell("三级").leadIn = "推进组织的数字化转型。";
		assertFix(lead, IssueCodes.DOUBLED_CHARACTER, "删去多打的“的”", leadFixed);
		RevisionText note = withText("应建立制度。");
		note.requirements("表5").row("转型战略").cell("三级").notes.add(RevisionText.Note.note("注：制度适用于全部部门。。"));
		RevisionText noteFixed = withText("应建立制度。");
		noteFixed.requirements("表5").row("转型战略").cell("三级").notes.add(RevisionText.Note.note("注：制度适用于全部部门。"));
		assertFix(note, IssueCodes.STRAY_PUNCTUATION, "只保留最后一个标点“。”", noteFixed);
	}

	@Test
	public void tripledCharacterKeepsOneCopy() {
		assertTextFix("应建立的的的制度。", IssueCodes.DOUBLED_CHARACTER, "删去多打的“的”", "应建立的制度。");
	}

	@Test
	public void repeatedWordLosesItsSecondCopy() {
		assertTextFix("应实现实现数据共享。", IssueCodes.REPEATED_WORD, "删去重复的“实现”", "应实现数据共享。");
	}

	@Test
	public void wordWrittenThreeTimesKeepsOneCopy() {
		assertTextFix("应实现实现实现数据共享。", IssueCodes.REPEATED_WORD, "删去重复的“实现”", "应实现数据共享。");
	}

	@Test
	public void repeatedPhraseLosesItsSecondCopyAndTheCommaBetween() {
		assertTextFix("应建立数据治理体系，建立数据治理体系。", IssueCodes.REPEATED_PHRASE, "删去重复的短语“建立数据治理体系”",
				"应建立数据治理体系。");
	}

	@Test
	public void repeatedPhraseWrittenBackToBackLosesItsSecondCopy() {
		assertTextFix("应定期开展安全培训定期开展安全培训。", IssueCodes.REPEATED_PHRASE, "删去重复的短语“定期开展安全培训”",
				"应定期开展安全培训。");
	}

	@Test
	public void phraseListedFiveTimesKeepsOneCopy() {
		// 表5 信息安全 b) of the shipped draft: 含数据安全策略、数据安全策略、数据安全策略、数据安全策略、数据安全策略。
		assertTextFix("应含数据安全策略、数据安全策略、数据安全策略、数据安全策略、数据安全策略。", IssueCodes.REPEATED_PHRASE,
				"删去重复的短语“数据安全策略”", "应含数据安全策略。");
	}

	@Test
	public void twoSentenceMarksKeepTheLast() {
		assertTextFix("应建立制度，。并开展培训。", IssueCodes.STRAY_PUNCTUATION, "只保留最后一个标点“。”", "应建立制度。并开展培训。");
	}

	@Test
	public void runOfThreeMarksIsRepairedAtOnce() {
		assertTextFix("应建立制度，，。并开展培训。", IssueCodes.STRAY_PUNCTUATION, "只保留最后一个标点“。”", "应建立制度。并开展培训。");
	}

	@Test
	public void markOpeningTheTextGoesWithTheSpaceAfterIt() {
		assertTextFix("； 应建立制度。", IssueCodes.LEADING_PUNCTUATION, "删去条文开头的标点“；”", "应建立制度。");
	}

	@Test
	public void fullStopOpeningTheTextAfterItsLabelGoes() {
		// c) . 网络基础设施… in 表5 基础设施: an ASCII full stop left between the label and the text
		assertTextFix(". 应建立网络基础设施。", IssueCodes.LEADING_PUNCTUATION, "删去条文开头的标点“.”", "应建立网络基础设施。");
	}

	@Test
	public void sentenceWrittenTwiceLosesItsSecondCopy() {
		assertTextFix("应建立数据管理制度。应定期评审。应建立数据管理制度。", IssueCodes.REPEATED_SENTENCE, "删去重复的句子“应建立数据管理制度。”",
				"应建立数据管理制度。应定期评审。");
	}

	@Test
	public void lastClauseEndingInASemicolonEndsInAFullStop() {
		assertTextFix("应建立数据管理制度；", IssueCodes.CLAUSE_END, "将末尾的“；”改为“。”", "应建立数据管理制度。");
	}

	@Test
	public void clauseCutShortAfterAColonGetsNoFix() {
		// words are missing: no fix can know them
		Snapshot s = load(withText("应统一指标数据标准和管理规则:"));
		Finding f = s.only(IssueCodes.CLAUSE_END);
		assertEquals(List.of(), s.fixes(f));
	}

	@Test
	public void markAfterAnOpeningBracketGoesAndTheBracketStays() {
		assertTextFix("应建立制度（，含培训）。", IssueCodes.STRAY_PUNCTUATION, "删去括号后多余的标点“，”", "应建立制度（含培训）。");
	}

	@Test
	public void andBetweenChineseWordsBecomesHeWithoutTheSpaces() {
		assertTextFix("应建立制度 and 规范。", IssueCodes.LATIN_WORD, "将“and”改为“和”", "应建立制度和规范。");
	}

	@Test
	public void orBetweenLatinWordsBecomesHuoAndKeepsTheSpaces() {
		assertTextFix("应采用 IT or OT 系统。", IssueCodes.LATIN_WORD, "将“or”改为“或”", "应采用 IT 或 OT 系统。");
	}

	@Test
	public void otherLatinWordsGetNoFix() {
		Snapshot s = load(withText("应建立 data 规范。"));
		Finding f = s.only(IssueCodes.LATIN_WORD);
		assertEquals(List.of(), s.labels(f));
	}

	@Test
	public void paragraphMarkupIsRemovedTagByTag() {
		Snapshot s = load(withText("应建立制度。</p><p>并开展培训。"));
		List<Finding> garbled = s.withCode(IssueCodes.GARBLED_TEXT);
		assertEquals(2, garbled.size(), s.findings()::toString);
		assertEquals(garbled, s.findings());
		Map<String, String> once = s.fix(garbled.get(0), "删去排版残留“</p>”");
		assertEquals(withText("应建立制度。<p>并开展培训。").singleFile(), once.get(RevisionText.SINGLE_FILE));

		Snapshot after = load(once);
		Map<String, String> twice = after.fix(after.only(IssueCodes.GARBLED_TEXT), "删去排版残留“<p>”");
		assertEquals(withText("应建立制度。并开展培训。").singleFile(), twice.get(RevisionText.SINGLE_FILE));
		load(twice).none();
	}

	@Test
	public void replacementCharacterGetsNoFix() {
		Snapshot s = load(withText("应建立\ufffd制度。"));
		assertEquals(List.of(), s.labels(s.only(IssueCodes.GARBLED_TEXT)));
	}

	@Test
	public void draftingNoteInAClauseGoes() {
		assertTextFix("应建立制度（待完善）。", IssueCodes.DRAFTING_NOTE, "删去起草批注“（待完善）”", "应建立制度。");
	}

	@Test
	public void draftingNoteOpeningAClauseGoesWithTheSpaceAfterIt() {
		assertTextFix("(待修改) 应建立制度。", IssueCodes.DRAFTING_NOTE, "删去起草批注“(待修改)”", "应建立制度。");
	}
}
