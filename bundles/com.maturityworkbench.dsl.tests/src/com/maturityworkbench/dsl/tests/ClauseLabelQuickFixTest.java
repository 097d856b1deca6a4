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

/** Quick fixes for clause numbering: the label becomes the expected one, or the missing label is written. */
public class ClauseLabelQuickFixTest {

	/** The valid revision with the cell 表5 转型战略 三级 holding clauses labelled as given (null: no label). */
	static RevisionText labelled(String... labels) {
		RevisionText rev = RevisionText.valid();
		List<Clause> clauses = rev.requirements("表5").row("转型战略").cell("三级").clauses;
		clauses.clear();
		for (int i = 0; i < labels.length; i++) {
			clauses.add(Clause.of(labels[i], RevisionText.clauseText("转型战略", "三级", i + 1)));
		}
		return rev;
	}

	/** The same with every other cell of 表5 numbered 1. 2. as well, so that numbers are the table's style. */
	private static RevisionText numbered(String... labels) {
		RevisionText rev = labelled(labels);
		rev.requirements("表5").relabel(l -> "a)".equals(l) ? "1." : "b)".equals(l) ? "2." : l);
		return rev;
	}

	@Test
	public void restartedLabelBecomesTheNextOne() {
		assertFix(labelled("a)", "b)", "a)"), IssueCodes.LABEL_RESTART, "将编号“a)”改为“c)”", labelled("a)", "b)", "c)"));
	}

	@Test
	public void labelAfterASkipBecomesTheSkippedOne() {
		assertFix(labelled("a)", "c)"), IssueCodes.LABEL_SKIPPED, "将编号“c)”改为“b)”", labelled("a)", "b)"));
	}

	@Test
	public void repeatedLabelBecomesTheNextOne() {
		assertFix(labelled("a)", "b)", "b)"), IssueCodes.LABEL_REPEATED, "将编号“b)”改为“c)”", labelled("a)", "b)", "c)"));
	}

	@Test
	public void repeatedLabelTakesTheNextFreeOneAndTheLabelsAfterItMoveOn() {
		// a) b) c) d) c) d) e): the second c) becomes e), and d) e) after it become f) g) — never "d) 应为 d)"
		assertFix(labelled("a)", "b)", "c)", "d)", "c)", "d)", "e)"), IssueCodes.LABEL_REPEATED, "将编号“c)”改为“e)”，其后的编号依次顺延",
				labelled("a)", "b)", "c)", "d)", "e)", "f)", "g)"));
	}

	@Test
	public void repeatedLabelMessageNamesTheNextFreeLabel() {
		Snapshot s = load(labelled("a)", "b)", "c)", "d)", "c)", "d)"));
		Finding f = s.only(IssueCodes.LABEL_REPEATED);
		assertEquals("“转型战略”三级：编号 c) 重复，应为 e)，其后的编号依次顺延", f.message());
	}

	@Test
	public void cellNumberedInAnotherStyleThanItsTableIsRelabelledWhole() {
		assertFix(labelled("1.", "2.", "3."), IssueCodes.LABEL_TABLE_STYLE, "将本单元格的编号改为“a)”起的样式", labelled("a)", "b)", "c)"));
	}

	@Test
	public void capitalLetterLabelIsWrittenInLowerCase() {
		assertFix(labelled("a)", "B)"), IssueCodes.LABEL_MALFORMED, "将编号“B)”改为“b)”", labelled("a)", "b)"));
	}

	@Test
	public void fullWidthParenthesisBecomesTheAsciiOne() {
		assertFix(labelled("a)", "b）"), IssueCodes.LABEL_MALFORMED, "将编号“b）”改为“b)”", labelled("a)", "b)"));
	}

	@Test
	public void numberAmongLettersBecomesTheNextLetter() {
		assertFix(labelled("a)", "2."), IssueCodes.LABEL_MALFORMED, "将编号“2.”改为“b)”", labelled("a)", "b)"));
	}

	@Test
	public void missingLetterLabelIsWrittenBeforeTheClause() {
		assertFix(labelled("a)", "b)", null), IssueCodes.LABEL_MISSING, "补上编号“c)”", labelled("a)", "b)", "c)"));
	}

	@Test
	public void missingNumberLabelFollowsTheNumbering() {
		assertFix(numbered("1.", "2.", null), IssueCodes.LABEL_MISSING, "补上编号“3.”", numbered("1.", "2.", "3."));
	}

	@Test
	public void missingLabelBeforeTheNextOneAlsoEndsTheSkip() {
		// a) "…" c): the unlabelled clause is reported, and so is the jump from a) to c); writing b) settles both
		Snapshot s = load(labelled("a)", null, "c)"));
		assertEquals(2, s.findings().size(), s.findings()::toString);
		s.single(IssueCodes.LABEL_SKIPPED);
		Map<String, String> fixed = s.fix(s.single(IssueCodes.LABEL_MISSING), "补上编号“b)”");
		assertEquals(labelled("a)", "b)", "c)").singleFile(), fixed.get(RevisionText.SINGLE_FILE));
		load(fixed).none();
	}

	@Test
	public void clauseWithATopicGetsItsLabelBeforeTheTopic() {
		// a) "…" then 组织结构。"…": the label goes before the topic, where the grammar has it
		String topic = "组织结构。\"" + RevisionText.clauseText("转型战略", "三级", 2) + "\"";
		String base = labelled("a)", "b)").singleFile();
		String written = "b) \"" + RevisionText.clauseText("转型战略", "三级", 2) + "\"";
		assertEquals(1, count(base, written));
		assertFix(base.replace(written, topic), IssueCodes.LABEL_MISSING, "补上编号“b)”", base.replace(written, "b) " + topic));
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}
}
