package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.tests.Validated.expect;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.INFO;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.tests.RevisionText.Clause;
import com.maturityworkbench.dsl.tests.RevisionText.Row;
import com.maturityworkbench.dsl.validation.IssueCodes;

/** The text of clauses: duplicates, editing slips, Latin words, garbage, missing modal verbs. */
public class ClauseTextValidationTest extends ValidationTestBase {

	/** The revision with clause b) of 表5 转型战略 三级 replaced by {@code text}. */
	private static RevisionText withText(String text) {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").row("转型战略").cell("三级").clauses.set(1, Clause.of("b)", text));
		return rev;
	}

	/** Where the replaced clause's text starts (its opening quote). */
	private static Validated.Location textOf(Validated v, String text) {
		return v.at("b) " + RevisionText.quote(text), "\"");
	}

	/** A slip is reported at its own characters inside the clause text, not at the start of the string. */
	private static Validated.Location slipOf(Validated v, String text, String slip) {
		return v.at("b) " + RevisionText.quote(text), slip);
	}

	@Test
	public void sameClauseTwiceInACellIsDuplicateInCellWarning() {
		String text = RevisionText.clauseText("转型战略", "三级", 1);
		Validated v = validate(withText(text + "\n")); // trailing space and the closing 。 do not make it different
		v.assertSingle(IssueCodes.DUPLICATE_CLAUSE_IN_CELL, WARNING, textOf(v, text + "\n"), "表5“转型战略”三级 b)：与本单元格的条款 a) 内容完全相同");
		v.absent(IssueCodes.DUPLICATE_CLAUSE_IN_ROW);
	}

	@Test
	public void sameClauseAtTwoLevelsIsDuplicateInRowWarning() {
		String text = RevisionText.clauseText("转型战略", "一级", 2);
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.DUPLICATE_CLAUSE_IN_ROW, WARNING, v.atLast("三级\n        a) \"应在转型战略方面达到三级的第一项要求。\"\n        b) \"", "\""),
				"表5“转型战略”三级 b)：与同一行一级的条款 b) 内容完全相同");
		v.absent(IssueCodes.DUPLICATE_CLAUSE_IN_CELL);
	}

	@Test
	public void distinctClausesAreNoDuplicates() {
		Validated v = validate(RevisionText.valid());
		v.absent(IssueCodes.DUPLICATE_CLAUSE_IN_CELL);
		v.absent(IssueCodes.DUPLICATE_CLAUSE_IN_ROW);
		v.absent(IssueCodes.DUPLICATE_ROW_TEXT);
	}

	@Test
	public void rowCopiedFromAnotherRowIsDuplicateRowWarning() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表6").row("选矿作业").copyCellsOf(rev.requirements("表5").row("组织建设"));
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.DUPLICATE_ROW_TEXT, WARNING, v.at("subdomain 选矿作业", "选矿作业"),
				"表6（行业特性·采选）的“选矿作业”整行几乎是表5（基础共性）“组织建设”的复制：", "条要求中有", "条逐字相同");
	}

	@Test
	public void rowSharingSomeClausesWithAnotherIsNoDuplicateRow() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表6").row("选矿作业").cell("一级").clauses(Clause.of("a)", RevisionText.clauseText("组织建设", "一级", 1)));
		validate(rev).absent(IssueCodes.DUPLICATE_ROW_TEXT);
	}

	@Test
	public void phraseWrittenTwiceIsRepeatedPhraseWarning() {
		String text = "应建立数据管理制度，建立数据管理制度。";
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.REPEATED_PHRASE, WARNING, slipOf(v, text, "建立数据管理制度"), "表5“转型战略”三级 b)：短语“建立数据管理制度”连续出现两次");
	}

	@Test
	public void phraseOnceIsNoRepeatedPhrase() {
		validate(withText("应建立数据管理制度，并定期评审制度执行情况。")).none();
	}

	@ParameterizedTest
	@ValueSource(strings = { "的的", "和和", "有有" })
	public void doubledFunctionCharacterIsWarning(String doubled) {
		String text = "应建立数据" + doubled + "管理制度";
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.DOUBLED_CHARACTER, WARNING, slipOf(v, text, doubled),
				"表5“转型战略”三级 b)：“" + doubled + "”疑为多打了一个“" + doubled.charAt(0) + "”", "（…" + text + "…）");
	}

	@ParameterizedTest
	@ValueSource(strings = { "应统筹企业业务与数据", "应保障投资资金到位", "应对照标准逐条等等", "应开展人人参与的改进" })
	public void doubledCharacterThatIsPartOfWordsIsNotFlagged(String text) {
		Validated v = validate(withText(text));
		v.absent(IssueCodes.DOUBLED_CHARACTER);
		v.absent(IssueCodes.REPEATED_WORD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "应具有有效的数据治理机制", "应组织所有有关部门参与", "为了了解客户需求，应开展调研", "应汇总问题以及及时反馈",
			"应针对对象特点制定方案" })
	public void twoWordsMeetingOnTheSameCharacterAreNotDoubledCharacter(String text) {
		// 具有|有效, 所有|有关, 为了|了解, 以及|及时, 针对|对象: correct text, no slip
		validate(withText(text)).none();
	}

	@Test
	public void wordWrittenTwiceIsRepeatedWordWarning() {
		String text = "应实现实现数据共享";
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.REPEATED_WORD, WARNING, slipOf(v, text, "实现实现"), "表5“转型战略”三级 b)：词语重复“实现实现”", "（…应实现实现数据共享…）");
		v.absent(IssueCodes.DOUBLED_CHARACTER);
	}

	@Test
	public void wordOnceIsNoRepeatedWord() {
		validate(withText("应实现数据共享")).none();
	}

	@ParameterizedTest
	@ValueSource(strings = { "and", "mode" })
	public void lowercaseEnglishWordInChineseTextIsLatinWordWarning(String word) {
		String text = "应明确管理思路 " + word + " 模式";
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.LATIN_WORD, WARNING, slipOf(v, text, word), "表5“转型战略”三级 b)：中文条文中夹有英文单词“" + word + "”", "管理思路");
	}

	@ParameterizedTest
	@ValueSource(strings = { "应建设ERP系统", "应采用PaaS平台", "应部署5G网络", "应将能耗控制在100kg以内", "应实现OT与IT融合" })
	public void acronymsAndUnitsAreNoLatinWord(String text) {
		validate(withText(text)).absent(IssueCodes.LATIN_WORD);
	}

	@Test
	public void doubledFullStopIsStrayPunctuationWarning() {
		String text = "应建立数据管理制度。。并定期评审";
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.STRAY_PUNCTUATION, WARNING, slipOf(v, text, "。。"), "表5“转型战略”三级 b)：标点“。。”多余或重复");
	}

	@Test
	public void singlePunctuationIsNoStrayPunctuation() {
		validate(withText("应建立数据管理制度，并定期评审。")).none();
	}

	@Test
	public void htmlRemnantIsGarbledWarning() {
		String text = "应建立数据管理制度<p>";
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.GARBLED_TEXT, WARNING, slipOf(v, text, "<p>"), "表5“转型战略”三级 b)：含有乱码或排版残留“<p>”");
	}

	@Test
	public void replacementCharacterIsGarbledWarning() {
		String text = "应建立数据\uFFFD管理制度";
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.GARBLED_TEXT, WARNING, slipOf(v, text, "\uFFFD"), "含有乱码或排版残留“\uFFFD”");
	}

	@Test
	public void cleanTextIsNotGarbled() {
		validate(withText("应建立数据管理制度（见附录A）")).absent(IssueCodes.GARBLED_TEXT);
	}

	@Test
	public void emptyClauseIsEmptyTextWarning() {
		String text = "  ";
		Validated v = validate(withText(text));
		v.assertExactly(expect(IssueCodes.EMPTY_TEXT, WARNING, textOf(v, text), "表5“转型战略”三级 b)：条款内容为空"),
				expect(IssueCodes.NO_MODAL_VERB, INFO, v.at("subdomain 转型战略", "转型战略"), "有 1 条要求", "：三级 b)"));
	}

	@Test
	public void rowWithClausesLackingModalVerbIsOneInfoListingThem() {
		RevisionText rev = RevisionText.valid();
		Row row = rev.requirements("表5").row("转型战略");
		row.cell("一级").clauses.set(0, Clause.of("a)", "制定数字化转型规划"));
		row.cell("三级").clauses.set(1, Clause.of("b)", "规划覆盖主要业务"));
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.NO_MODAL_VERB, INFO, v.at("subdomain 转型战略", "转型战略"),
				"“转型战略”有 2 条要求未使用能愿动词（应/宜/可/不应）：一级 a)，三级 b)");
		assertEquals(1, v.findings().size(), v::toString);
	}

	@Test
	public void unlabelledClauseWithoutModalVerbIsListedByPosition() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").row("转型战略").cell("二级").clauses(Clause.of(null, "应制定规划"), Clause.of(null, "规划覆盖主要业务"));
		Validated v = validate(rev);
		// the cell has no labels at all while the table numbers its clauses: a note of its own
		v.assertExactly(expect(IssueCodes.NO_MODAL_VERB, INFO, v.at("subdomain 转型战略", "转型战略"), "有 1 条要求", "：二级 第2条"),
				expect(IssueCodes.CELL_WITHOUT_LABELS, INFO, v.at("二级\n        \"应制定规划\"", "二级"),
						"表5“转型战略”二级：单元格中的 2 条要求都没有编号"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "应制定规划", "宜制定规划", "可制定规划", "不应擅自变更规划" })
	public void clauseWithModalVerbIsNoInfo(String text) {
		validate(withText(text)).absent(IssueCodes.NO_MODAL_VERB);
	}

	@Test
	public void oneClauseWithSeveralSlipsReportsEach() {
		String text = "应实现实现数据的的共享。。";
		Validated v = validate(withText(text));
		List<Finding> all = v.findings();
		assertEquals(List.of(IssueCodes.DOUBLED_CHARACTER, IssueCodes.REPEATED_WORD, IssueCodes.STRAY_PUNCTUATION),
				all.stream().map(Finding::code).sorted().toList(), v::toString);
		Map<String, Validated.Location> expected = Map.of(IssueCodes.REPEATED_WORD, slipOf(v, text, "实现实现"),
				IssueCodes.DOUBLED_CHARACTER, slipOf(v, text, "的的"), IssueCodes.STRAY_PUNCTUATION, slipOf(v, text, "。。"));
		for (Finding f : all) {
			assertEquals(expected.get(f.code()), Validated.Location.of(f), f.code());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "，", ",", "：", ":", "、" })
	public void clauseEndingInACommaOrColonIsUnfinishedWarning(String mark) {
		String text = "应统一指标数据标准和管理规则" + mark;
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.CLAUSE_END, WARNING, slipOf(v, text, mark), "表5“转型战略”三级 b)：条文以“" + mark + "”结尾，句子没有写完");
	}

	@Test
	public void lastClauseOfACellEndingInASemicolonIsWarning() {
		String text = "应建立数据管理制度；";
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.CLAUSE_END, WARNING, slipOf(v, text, "；"),
				"表5“转型战略”三级 b)：本单元格的最后一条以“；”结尾（…应建立数据管理制度；），列项的最后一项应以“。”结尾");
	}

	@Test
	public void semicolonsBetweenListItemsAndAFullStopAtTheEndAreNoFinding() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").row("转型战略").cell("三级").clauses(Clause.of("a)", "应建立数据管理制度；"), Clause.of("b)", "应定期评审制度执行情况。"));
		validate(rev).none();
	}

	@ParameterizedTest
	@ValueSource(strings = { "。", "；", "; ", ". ", "，" })
	public void punctuationRightAfterTheLabelIsLeadingPunctuationWarning(String marks) {
		String text = marks + "应建立网络基础设施。";
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.LEADING_PUNCTUATION, WARNING, slipOf(v, text, marks.strip()),
				"表5“转型战略”三级 b)：条文开头有多余的标点“" + marks.strip() + "”");
	}

	@Test
	public void textStartingWithAWordIsNoLeadingPunctuation() {
		validate(withText("应建立网络基础设施（含5G网络）。")).none();
	}

	@Test
	public void characterDoubledAfterAFunctionWordIsDoubledCharacterWarning() {
		// 表5 转型战略 三级 c) of the draft: 监督组织的数数字化转型活动 — 的 cannot end a word with the first 数
		String text = "应监督组织的数数字化转型活动。";
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.DOUBLED_CHARACTER, WARNING, slipOf(v, text, "数数"), "表5“转型战略”三级 b)：“数数”疑为多打了一个“数”");
	}

	@ParameterizedTest
	@ValueSource(strings = { "应应用巡检机器人。", "可可视化展示运行状态。", "应实现人机、机机互联。", "应推动人人参与的持续改进。",
			"应统筹企业业务与数据。", "应完善管理理念。", "应提升质量量化分析水平。" })
	public void doubledCharactersThatAreWordsOrWordsMeetingAreNoSlip(String text) {
		validate(withText(text)).none();
	}

	@Test
	public void sentenceWrittenTwiceInOneClauseIsRepeatedSentenceWarning() {
		String text = "应建立数据管理制度。应定期评审。应建立数据管理制度。";
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.REPEATED_SENTENCE, WARNING, v.atLast("b) " + RevisionText.quote(text), "应建立数据管理制度。"),
				"表5“转型战略”三级 b)：句子“应建立数据管理制度。”在本条中重复出现");
	}

	@Test
	public void sentenceRepeatingTheEndOfTheOneBeforeIsRepeatedSentenceWarning() {
		String text = "应建立数据管理制度。管理制度。";
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.REPEATED_SENTENCE, WARNING, v.atLast("b) " + RevisionText.quote(text), "管理制度。"), "句子“管理制度。”在本条中重复出现");
	}

	@Test
	public void distinctSentencesAreNoRepeatedSentence() {
		validate(withText("应建立数据管理制度。应定期评审制度。")).none();
	}

	@Test
	public void doubledCharacterInALevelDescriptionIsWarningAtItsCharacters() {
		RevisionText rev = RevisionText.valid();
		rev.levels.set(0, "一级 " + RevisionText.quote("初步构建核心业务领域的的数据资源获取能力"));
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.DOUBLED_CHARACTER, WARNING, v.at("领域的的数据", "的的"), "一级的等级说明：“的的”疑为多打了一个“的”");
	}

	@Test
	public void repeatedWordInATableTitleIsWarning() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表6").title = "采选企业行业特性成熟度要求要求";
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.REPEATED_WORD, WARNING, v.at("成熟度要求要求", "要求要求"), "表6的标题：词语重复“要求要求”");
	}

	@Test
	public void strayPunctuationInARowNameIsWarning() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表6").row("选矿作业").name = "选矿作业，，";
		rev.weights("表2").sub("选矿作业").name = "选矿作业，，";
		Validated v = validate(rev);
		v.assertExactly(expect(IssueCodes.STRAY_PUNCTUATION, WARNING, v.at("subdomain \"选矿作业，，\"", "，，"), "表6的能力子域名称“选矿作业，，”：标点“，，”多余或重复"),
				expect(IssueCodes.STRAY_PUNCTUATION, WARNING, v.at("\"选矿作业，，\" 11%", "，，"), "能力子域名称“选矿作业，，”：标点“，，”多余或重复"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "建立数据应用平台，实现数据共享。", "建立供应商协同机制。", "提升响应速度。", "实现生产状态可视化。", "保障设备可靠运行。",
			"获得客户认可。", "完善适宜的管理流程。" })
	public void wordsContainingTheModalCharactersAreNoModalVerb(String text) {
		Validated v = validate(withText(text));
		v.assertSingle(IssueCodes.NO_MODAL_VERB, INFO, v.at("subdomain 转型战略", "转型战略"), "“转型战略”有 1 条要求未使用能愿动词", "：三级 b)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "应建立数据应用平台。", "企业应对其战略进行修正。", "宜建立供应商协同机制。", "可通过移动客户端提供服务。", "可以实现远程运维。",
			"不应擅自变更规划。" })
	public void modalVerbsBesideSuchWordsStillCount(String text) {
		validate(withText(text)).none();
	}
}
