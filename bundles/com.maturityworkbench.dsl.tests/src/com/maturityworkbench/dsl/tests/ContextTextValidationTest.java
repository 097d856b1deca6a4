package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.tests.RevisionText.Cell;
import com.maturityworkbench.dsl.tests.RevisionText.Note;
import com.maturityworkbench.dsl.validation.IssueCodes;

/**
 * Lead-ins, continuation paragraphs and notes/examples get the text checks of clauses — slips, how a text ends, another
 * sector's words — each finding reported at the text it is about, named in the drafters' terms (导语, 第2段, 的示例).
 * Every failing case has a passing twin on the same minimal revision.
 */
public class ContextTextValidationTest extends ValidationTestBase {

	/** 表5 转型战略 三级: clauses a) and b) with the default texts. */
	private static Cell cell(RevisionText rev) {
		return rev.requirements("表5").row("转型战略").cell("三级");
	}

	private static RevisionText withLeadIn(String text) {
		RevisionText rev = RevisionText.valid();
		cell(rev).leadIn = text;
		return rev;
	}

	/** Clause b) of the cell with a continuation paragraph. */
	private static RevisionText withContinuation(String paragraph) {
		RevisionText rev = RevisionText.valid();
		Cell c = cell(rev);
		c.clauses.set(1, c.clauses.get(1).continued(paragraph));
		return rev;
	}

	/** Clause b) of the cell with a note or example. */
	private static RevisionText withClauseNote(Note note) {
		RevisionText rev = RevisionText.valid();
		Cell c = cell(rev);
		c.clauses.set(1, c.clauses.get(1).with(note));
		return rev;
	}

	private static RevisionText withCellNote(Note note) {
		RevisionText rev = RevisionText.valid();
		cell(rev).notes.add(note);
		return rev;
	}

	// slips

	@Test
	public void doubledCharacterInALeadInIsWarningAtItsCharacters() {
		Validated v = validate(withLeadIn("推进组织的的数字化转型。"));
		v.assertSingle(IssueCodes.DOUBLED_CHARACTER, WARNING, v.at("lead \"推进组织的的", "的的"), "表5“转型战略”三级 导语：“的的”疑为多打了一个“的”（…推进组织的的数字化转型。…）");
	}

	@Test
	public void cleanLeadInIsNoFinding() {
		validate(withLeadIn("推进组织的数字化转型。")).none();
	}

	@Test
	public void repeatedWordInAContinuationIsWarningAtTheParagraph() {
		Validated v = validate(withContinuation("并实现实现数据共享。"));
		v.assertSingle(IssueCodes.REPEATED_WORD, WARNING, v.at("+ \"并实现实现", "实现实现"), "表5“转型战略”三级 b) 第2段：词语重复“实现实现”");
	}

	@Test
	public void cleanContinuationIsNoFinding() {
		validate(withContinuation("并实现数据共享。")).none();
	}

	@Test
	public void leadingPunctuationOfAContinuationIsWarning() {
		Validated v = validate(withContinuation("。并实现数据共享。"));
		v.assertSingle(IssueCodes.LEADING_PUNCTUATION, WARNING, v.at("+ \"。并实现", "。"), "表5“转型战略”三级 b) 第2段：条文开头有多余的标点“。”");
	}

	@Test
	public void sentenceRepeatedInAnExampleIsWarning() {
		String text = "示例：数据共享平台。数据共享平台。";
		Validated v = validate(withClauseNote(Note.example(text)));
		v.assertSingle(IssueCodes.REPEATED_SENTENCE, WARNING, v.atLast("example \"" + text, "数据共享平台。"),
				"表5“转型战略”三级 b) 的示例：句子“数据共享平台。”在本条中重复出现");
	}

	@Test
	public void exampleWithDistinctSentencesIsNoFinding() {
		validate(withClauseNote(Note.example("示例：数据共享平台。协同办公平台。"))).none();
	}

	@Test
	public void latinWordInACellNoteIsWarning() {
		Validated v = validate(withCellNote(Note.note("注：管理思路 and 模式应形成文件。")));
		v.assertSingle(IssueCodes.LATIN_WORD, WARNING, v.at("思路 and 模式", "and"), "表5“转型战略”三级 的注：中文条文中夹有英文单词“and”");
	}

	@Test
	public void cellNoteInChineseIsNoFinding() {
		validate(withCellNote(Note.note("注：管理思路和模式应形成文件。"))).none();
	}

	@Test
	public void strayPunctuationAndDraftingNoteInANoteAreWarnings() {
		Validated v = validate(withClauseNote(Note.note("注：见附录（待完善）。。")));
		v.assertExactly(Validated.expect(IssueCodes.STRAY_PUNCTUATION, WARNING, v.at("（待完善）。。", "。。"), "表5“转型战略”三级 b) 的注：标点“。。”多余或重复"),
				Validated.expect(IssueCodes.DRAFTING_NOTE, WARNING, v.at("见附录（待完善）", "（待完善）"), "表5“转型战略”三级 b) 的注：条文中留有起草批注“（待完善）”"));
	}

	@Test
	public void markupLeftInALeadInIsGarbledWarning() {
		Validated v = validate(withLeadIn("<p>推进数字化转型。"));
		v.assertSingle(IssueCodes.GARBLED_TEXT, WARNING, v.at("lead \"<p>", "<p>"), "表5“转型战略”三级 导语：含有乱码或排版残留“<p>”");
	}

	@Test
	public void emptyLeadInIsEmptyTextWarning() {
		Validated v = validate(withLeadIn(""));
		v.assertSingle(IssueCodes.EMPTY_TEXT, WARNING, v.at("lead \"\"", "\""), "表5“转型战略”三级 导语：内容为空");
	}

	// how a paragraph ends

	@Test
	public void continuationEndingInACommaIsUnfinishedWarningAtItsEnd() {
		Validated v = validate(withContinuation("并实现数据共享，"));
		v.assertSingle(IssueCodes.CLAUSE_END, WARNING, v.at("并实现数据共享，", "，"), "表5“转型战略”三级 b) 第2段：条文以“，”结尾，句子没有写完（…并实现数据共享，）");
	}

	@Test
	public void firstParagraphEndingInAColonBeforeItsContinuationIsNoFinding() {
		RevisionText rev = RevisionText.valid();
		Cell c = cell(rev);
		c.clauses.set(1, RevisionText.Clause.of("b)", "应建立下列制度：").continued("数据管理制度和评审制度。"));
		validate(rev).none();
	}

	@Test
	public void lastParagraphOfTheLastClauseEndingInASemicolonIsWarning() {
		Validated v = validate(withContinuation("并实现数据共享；"));
		v.assertSingle(IssueCodes.CLAUSE_END, WARNING, v.at("并实现数据共享；", "；"), "表5“转型战略”三级 b) 第2段：本单元格的最后一条以“；”结尾");
	}

	@Test
	public void semicolonBeforeAContinuationIsNoFinding() {
		RevisionText rev = RevisionText.valid();
		Cell c = cell(rev);
		c.clauses.set(1, RevisionText.Clause.of("b)", "应建立数据管理制度；").continued("并定期评审。"));
		validate(rev).none();
	}

	@Test
	public void leadInEndingInACommaIsUnfinishedWarning() {
		Validated v = validate(withLeadIn("推进组织的数字化转型，"));
		v.assertSingle(IssueCodes.CLAUSE_END, WARNING, v.at("数字化转型，", "，"), "表5“转型战略”三级 导语：条文以“，”结尾");
	}

	@Test
	public void leadInEndingInAColonIntroducesTheClausesAndIsNoFinding() {
		validate(withLeadIn("应满足下列要求：")).none();
	}

	@Test
	public void noteEndingInAColonIsUnfinishedWarning() {
		Validated v = validate(withCellNote(Note.note("注：本级要求包括：")));
		v.assertSingle(IssueCodes.CLAUSE_END, WARNING, v.at("要求包括：", "："), "表5“转型战略”三级 的注：条文以“：”结尾");
	}

	// another sector's words

	/** 表6 选矿作业 四级 (a 采选 table) with {@code change} applied. */
	private static RevisionText miningCell(java.util.function.Consumer<Cell> change) {
		RevisionText rev = RevisionText.valid();
		change.accept(rev.requirements("表6").row("选矿作业").cell("四级"));
		return rev;
	}

	@Test
	public void anotherSectorsWordInAContinuationLeadInOrExampleIsWarningAtEach() {
		Validated v = validate(miningCell(c -> {
			c.leadIn = "推进冶炼产品的中试。";
			c.clauses.set(1, c.clauses.get(1).continued("并支持焙烧工序的中试验证。").with(Note.example("示例：吹炼过程仿真。")));
		}));
		v.assertExactly(
				Validated.expect(IssueCodes.OTHER_SECTOR, WARNING, v.at("推进冶炼产品", "冶炼"),
						"表6“选矿作业”四级 导语：表6（行业特性·采选）的要求中出现了冶炼的用语“冶炼”"),
				Validated.expect(IssueCodes.OTHER_SECTOR, WARNING, v.at("支持焙烧工序", "焙烧"),
						"表6“选矿作业”四级 b) 第2段：表6（行业特性·采选）的要求中出现了冶炼的用语“焙烧”"),
				Validated.expect(IssueCodes.OTHER_SECTOR, WARNING, v.at("示例：吹炼", "吹炼"),
						"表6“选矿作业”四级 b) 的示例：表6（行业特性·采选）的要求中出现了冶炼的用语“吹炼”"));
	}

	@Test
	public void theSectorsOwnWordsInContextAndAnySectorInTheCommonTableAreNoFinding() {
		validate(miningCell(c -> {
			c.leadIn = "推进选矿作业的数字化。";
			c.clauses.set(1, c.clauses.get(1).continued("并支持浮选工序的优化。"));
		})).none();
		validate(withLeadIn("推进冶炼产品的中试。")).none();
	}
}
