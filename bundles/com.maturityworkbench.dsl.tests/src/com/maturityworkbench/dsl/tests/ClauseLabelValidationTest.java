package com.maturityworkbench.dsl.tests;

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
		v.assertSingle(IssueCodes.LABEL_MISSING, WARNING, v.at("\"应明确数字化转型牵头部门乙", "\""),
				"“组织建设”二级：该条款没有编号，而同一单元格的其他条款有编号");
		// the unlabelled clause does not count: c) after a) is a skip
		v.absent(IssueCodes.LABEL_RESTART);
	}

	@Test
	public void lettersInSequenceHaveNoLabelFinding() {
		Validated v = validate(withClauses("a)", "b)", "c)", "d)"));
		LABEL_CODES.forEach(v::absent);
		v.none();
	}

	@Test
	public void numbersInSequenceHaveNoLabelFinding() {
		Validated v = validate(withClauses("1.", "2.", "3."));
		LABEL_CODES.forEach(v::absent);
		v.none();
	}

	@Test
	public void cellWithoutAnyLabelHasNoLabelFinding() {
		Validated v = validate(withClauses(null, null));
		LABEL_CODES.forEach(v::absent);
		v.none();
	}

	@Test
	public void eachBadCellIsReportedOnItsOwn() {
		RevisionText rev = withClauses("a)", "c)");
		rev.requirements("表6").row("选矿作业").cell("五级").clauses.set(1, Clause.of("a)", "应实现选矿全流程智能优化"));
		Validated v = validate(rev);
		List<Finding> skipped = v.withCode(IssueCodes.LABEL_SKIPPED);
		List<Finding> restart = v.withCode(IssueCodes.LABEL_RESTART);
		assertEquals(1, skipped.size(), v::toString);
		assertEquals(1, restart.size(), v::toString);
		Validated.assertFinding(restart.get(0), WARNING, v.at("a) \"应实现选矿全流程智能优化", "a)"), "“选矿作业”五级：编号在 a) 之后重新从 a) 开始，应为 b)");
	}
}
