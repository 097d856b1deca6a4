package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.tests.Validated.expect;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.INFO;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.tests.RevisionText.Clause;
import com.maturityworkbench.dsl.validation.IssueCodes;

/** Clause numbering within a cell: a) b) c) ... or 1. 2. 3. ..., without restarts, skips, repeats or odd forms. */
public class ClauseLabelValidationTest extends ValidationTestBase {
	private static final List<String> LABEL_CODES = List.of(IssueCodes.LABEL_RESTART, IssueCodes.LABEL_SKIPPED,
			IssueCodes.LABEL_REPEATED, IssueCodes.LABEL_MALFORMED, IssueCodes.LABEL_MISSING);

	/** 表5 组织建设 二级 with the given clauses (texts 甲 乙 丙 丁 are unique and contain 应). */
	private static RevisionText withClauses(String... labels) {
		RevisionText rev = RevisionText.valid();
		String[] texts = { "应明确数字化转型牵头部门甲", "应明确数字化转型牵头部门乙", "应明确数字化转型牵头部门丙", "应明确数字化转型牵头部门丁" };
		Clause[] clauses = new Clause[labels.length];
		for (int i = 0; i < labels.length; i++) {
			clauses[i] = Clause.of(labels[i], texts[i]);
		}
		rev.requirements("表5").row("组织建设").cell("二级").clauses(clauses);
		return rev;
	}

	private static String clause(String label, String which) {
		return label + " \"应明确数字化转型牵头部门" + which;
	}

	@Test
	public void labelsStartingAgainAtAIsRestartWarning() {
		Validated v = validate(withClauses("a)", "b)", "a)"));
		v.assertSingle(IssueCodes.LABEL_RESTART, WARNING, v.at(clause("a)", "丙"), "a)"),
				"“组织建设”二级：编号在 b) 之后重新从 a) 开始，应为 c)");
		v.absent(IssueCodes.LABEL_REPEATED);
	}

	@Test
	public void labelAfterSkippedOneIsSkippedWarning() {
		Validated v = validate(withClauses("a)", "c)"));
		v.assertSingle(IssueCodes.LABEL_SKIPPED, WARNING, v.at(clause("c)", "乙"), "c)"), "“组织建设”二级：编号 a) 之后是 c)，跳过了 b)");
	}

	@Test
	public void firstLabelNotAIsSkippedWarning() {
		Validated v = validate(withClauses("b)", "c)"));
		v.assertSingle(IssueCodes.LABEL_SKIPPED, WARNING, v.at(clause("b)", "甲"), "b)"), "编号 （开头） 之后是 b)，跳过了 a)");
	}

	@Test
	public void labelTwiceIsRepeatedWarning() {
		Validated v = validate(withClauses("a)", "b)", "b)"));
		v.assertSingle(IssueCodes.LABEL_REPEATED, WARNING, v.at(clause("b)", "丙"), "b)"), "“组织建设”二级：编号 b) 重复，应为 c)");
		v.absent(IssueCodes.LABEL_SKIPPED);
	}

	@Test
	public void fullwidthParenthesisIsMalformedWarning() {
		Validated v = validate(withClauses("a)", "b）"));
		v.assertSingle(IssueCodes.LABEL_MALFORMED, WARNING, v.at(clause("b）", "乙"), "b）"), "“组织建设”二级：编号“b）”格式不规范，应写作“b)”");
		// its position in the sequence is still right
		v.absent(IssueCodes.LABEL_SKIPPED);
	}

	@Test
	public void upperCaseLetterIsMalformedWarning() {
		Validated v = validate(withClauses("a)", "B)"));
		v.assertSingle(IssueCodes.LABEL_MALFORMED, WARNING, v.at(clause("B)", "乙"), "B)"), "编号“B)”格式不规范，应写作“b)”");
	}

	@Test
	public void lettersMixedWithNumbersIsMalformedWarning() {
		Validated v = validate(withClauses("a)", "b)", "3."));
		v.assertSingle(IssueCodes.LABEL_MALFORMED, WARNING, v.at(clause("3.", "丙"), "3."), "“组织建设”二级：编号“3.”与前面的编号样式（a)）混用");
	}

	@Test
	public void unlabelledClauseAmongLabelledIsMissingWarning() {
		Validated v = validate(withClauses("a)", null, "c)"));
		// the unlabelled clause does not count: c) after a) is a skip
		v.assertExactly(
				expect(IssueCodes.LABEL_MISSING, WARNING, v.at("\"应明确数字化转型牵头部门乙", "\""),
						"“组织建设”二级：该条款没有编号，而同一单元格的其他条款有编号"),
				expect(IssueCodes.LABEL_SKIPPED, WARNING, v.at(clause("c)", "丙"), "c)"), "“组织建设”二级：编号 a) 之后是 c)，跳过了 b)"));
	}

	@Test
	public void lettersInSequenceHaveNoLabelFinding() {
		Validated v = validate(withClauses("a)", "b)", "c)", "d)"));
		LABEL_CODES.forEach(v::absent);
		v.none();
	}

	@Test
	public void numbersInSequenceHaveNoSequenceFindingButBreakTheTableStyle() {
		Validated v = validate(withClauses("1.", "2.", "3."));
		// in sequence; the rest of 表5 numbers a) b), so the cell's style is reported once, with the labels it should have
		v.assertSingle(IssueCodes.LABEL_TABLE_STYLE, WARNING, v.at(clause("1.", "甲"), "1."),
				"表5“组织建设”二级：编号“1.”的样式与表5的其他单元格（a)、b)…）不一致");
	}

	@Test
	public void tableNumberedThroughoutWithNumbersHasNoLabelFinding() {
		RevisionText rev = withClauses("1.", "2.", "3.");
		rev.requirements("表5").relabel(l -> "a)".equals(l) ? "1." : "b)".equals(l) ? "2." : l);
		validate(rev).none();
	}

	@Test
	public void cellWithoutAnyLabelIsOnlyANoteInADraft() {
		Validated v = validate(withClauses(null, null));
		LABEL_CODES.forEach(v::absent);
		v.assertSingle(IssueCodes.CELL_WITHOUT_LABELS, INFO, v.at("二级\n        \"应明确数字化转型牵头部门甲", "二级"),
				"表5“组织建设”二级：单元格中的 2 条要求都没有编号，而表5的其他单元格有编号");
	}

	@Test
	public void cellWithoutAnyLabelIsAWarningInAFinalRevision() {
		Validated v = validate(withClauses(null, null).status("final"));
		v.assertSingle(IssueCodes.CELL_WITHOUT_LABELS, WARNING, v.at("二级\n        \"应明确数字化转型牵头部门甲", "二级"),
				"单元格中的 2 条要求都没有编号");
	}

	@Test
	public void tableWithoutAnyLabelsHasNoLabelNote() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").relabel(l -> null);
		validate(rev).none();
	}

	@Test
	public void eachBadCellIsReportedOnItsOwn() {
		RevisionText rev = withClauses("a)", "c)");
		rev.requirements("表6").row("选矿作业").cell("五级").clauses.set(1, Clause.of("a)", "应实现选矿全流程智能优化"));
		Validated v = validate(rev);
		v.assertExactly(expect(IssueCodes.LABEL_SKIPPED, WARNING, v.at(clause("c)", "乙"), "c)"), "“组织建设”二级：编号 a) 之后是 c)，跳过了 b)"),
				expect(IssueCodes.LABEL_RESTART, WARNING, v.at("a) \"应实现选矿全流程智能优化", "a)"), "“选矿作业”五级：编号在 a) 之后重新从 a) 开始，应为 b)"));
	}

	@Test
	public void cellOpeningWithAnUnlabelledParagraphIsANoteInADraft() {
		// 表5 研发管理 of the draft: a summary sentence before a)
		Validated v = validate(withClauses(null, "a)", "b)"));
		v.assertSingle(IssueCodes.UNLABELLED_OPENING, INFO, v.at("\"应明确数字化转型牵头部门甲", "\""),
				"表5“组织建设”二级：单元格以一段没有编号的文字开头（“应明确数字化转型牵头部门甲”）；如是导语，应声明为导语，否则应编号");
	}

	@Test
	public void cellOpeningWithItsFirstLabelHasNoOpeningNote() {
		validate(withClauses("a)", "b)", "c)")).none();
	}
}
