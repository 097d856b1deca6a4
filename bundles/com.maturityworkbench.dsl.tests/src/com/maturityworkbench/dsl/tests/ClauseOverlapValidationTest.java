package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;
import static com.maturityworkbench.dsl.tests.Validated.expect;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.tests.RevisionText.Clause;
import com.maturityworkbench.dsl.validation.IssueCodes;

/** Clauses that overlap: whole sentences shared in a cell, near copies in a cell, a clause repeated in another row. */
public class ClauseOverlapValidationTest extends ValidationTestBase {

	/** 表5 转型战略 三级 with these clauses, labelled a) b) c) ... */
	private static RevisionText withCell(String... texts) {
		RevisionText rev = RevisionText.valid();
		Clause[] clauses = new Clause[texts.length];
		for (int i = 0; i < texts.length; i++) {
			clauses[i] = Clause.of((char) ('a' + i) + ")", texts[i]);
		}
		rev.requirements("表5").row("转型战略").cell("三级").clauses(clauses);
		return rev;
	}

	@Test
	public void clausesSharingAWholeSentenceAreSharedSentenceWarning() {
		// 表5 信息安全 四级 of the draft: c) repeats sentences of a)
		String a = "企业实现了设备与工控系统的全面集成。应实施多层防御策略，包括网络、主机、应用等多个层面的安全防护。";
		String c = "应建立结构化的网络安全管理体系。应实施多层防御策略，包括网络、主机、应用等多个层面的安全防护。";
		Validated v = validate(withCell(a, "应定期开展安全演练。", c));
		v.assertSingle(IssueCodes.SHARED_SENTENCE, WARNING, v.at("c) \"", "\""),
				"表5“转型战略”三级 c)：与本单元格的条款 a) 有 1 个句子完全相同（“应实施多层防御策略");
	}

	@Test
	public void clausesSharingOnlyShortPhrasesHaveNoSharedSentence() {
		validate(withCell("应建立制度。应定期评审。", "应建立台账。应定期评审。")).none();
	}

	@Test
	public void clauseThatIsTheOtherWithWordsAddedOrDroppedIsNearCopyWarning() {
		// 表7 生产协同 三级 g) and h) of the draft
		String g = "应全面实现生产环节信息化协同，各个环节之间通过数字化系统紧密连接，提高整体生产效率。";
		String h = "应全面实现生产环节信息化协同，各环节通过数字化系统紧密连接，提高整体生产效率，使用专业系统。";
		Validated v = validate(withCell(g, h));
		v.assertSingle(IssueCodes.NEAR_COPY_IN_CELL, WARNING, v.at("b) \"应全面", "\""),
				"表5“转型战略”三级 b)：与本单元格的条款 a) 几乎相同（较短一条的文字有 92% 原样出现在另一条中，只有增删）");
	}

	@Test
	public void clausesWrittenInParallelAreNoNearCopies() {
		// 表7 技术创新 一级 g) h) i) of the draft: one word replaced in each, each clause its own aspect
		validate(withCell("应认识到信息技术与产品创新融合的重要性。", "应认识到信息技术与过程创新融合的重要性。", "应认识到信息技术与要素创新融合的重要性。"))
				.none();
	}

	@Test
	public void clauseRepeatedInAnotherRowOfTheTableIsDuplicateInTableWarning() {
		// 表8 计划调度 and 生产协同 一级 a) of the draft
		RevisionText rev = RevisionText.valid();
		String text = RevisionText.clauseText("采矿作业", "一级", 1);
		rev.requirements("表6").row("选矿作业").cell("二级").clauses.set(1, Clause.of("b)", text));
		Validated v = validate(rev);
		v.assertSingle(IssueCodes.DUPLICATE_CLAUSE_IN_TABLE, WARNING, v.at("b) " + RevisionText.quote(text), "\""),
				"表6“选矿作业”二级 b)：与本表“采矿作业”一级的条款 a) 内容完全相同，同一要求在两个能力子域中重复");
	}

	@Test
	public void sameClauseInTwoTablesIsNoDuplicateInTable() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表6").row("选矿作业").cell("二级").clauses.set(1, Clause.of("b)", RevisionText.clauseText("组织建设", "一级", 1)));
		validate(rev).none();
	}

	@Test
	public void copiedRowIsReportedAsARowNotClauseByClause() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表6").row("选矿作业").copyCellsOf(rev.requirements("表6").row("采矿作业"));
		Validated v = validate(rev);
		v.assertExactly(expect(IssueCodes.DUPLICATE_ROW_TEXT, WARNING, v.at("subdomain 选矿作业", "选矿作业"),
				"表6（行业特性·采选）的“选矿作业”整行几乎是表6（行业特性·采选）“采矿作业”的复制：10 条要求中有 10 条逐字相同"));
	}
}
