package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.analysis.Finding.Severity.ERROR;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.INFO;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.Finding.Severity;
import com.maturityworkbench.dsl.tests.RevisionText.Clause;
import com.maturityworkbench.dsl.validation.IssueCodes;

/**
 * A finding about content is a warning while the revision is {@code status draft} and an error once it is
 * {@code status final}; a broken rule is an error in both; a missing modal verb is information in both. The stages of
 * standardisation: warnings at 征求意见稿 and 送审稿 (and draft, their alias), errors at 报批稿 and 发布 (and final).
 */
public class SeverityByStatusTest extends ValidationTestBase {

	private Validated validateWith(String status, Consumer<RevisionText> change) {
		RevisionText rev = RevisionText.valid().status(status);
		change.accept(rev);
		return validate(rev);
	}

	/**
	 * The change gives exactly the findings {@code expectedCodes} (the one under test first) in both statuses, at the
	 * same places with the same messages; the one under test has the given severities.
	 */
	private void assertSeverities(Consumer<RevisionText> change, List<String> expectedCodes, Severity inDraft, Severity inFinal) {
		Validated draftRun = validateWith("draft", change);
		Validated finalRun = validateWith("final", change);
		assertEquals(expectedCodes.stream().sorted().toList(), draftRun.findings().stream().map(Finding::code).sorted().toList(),
				draftRun::toString);
		Finding draft = draftRun.single(expectedCodes.get(0));
		Finding fin = finalRun.single(expectedCodes.get(0));
		assertEquals(inDraft, draft.severity(), draft::toLine);
		assertEquals(inFinal, fin.severity(), fin::toLine);
		// the same findings otherwise: places and messages
		assertEquals(draftRun.findings().stream().map(f -> Validated.Location.of(f) + " " + f.code() + " " + f.message()).toList(),
				finalRun.findings().stream().map(f -> Validated.Location.of(f) + " " + f.code() + " " + f.message()).toList());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "weights.part-sum", "coverage.missing-level", "labels.skipped", "text.doubled-character",
			"naming.drafting-note" })
	public void contentFindingIsWarningInDraftAndErrorInFinal(String code) {
		Consumer<RevisionText> change = switch (code) {
		case IssueCodes.WEIGHT_SUM_PART -> r -> r.weights("表1").sub("组织建设").weight = "11%";
		case IssueCodes.MISSING_LEVEL -> r -> r.requirements("表5").row("组织建设").cells.remove(4);
		case IssueCodes.LABEL_SKIPPED -> r -> r.requirements("表5").row("组织建设").cell("一级").clauses.set(1,
				Clause.of("c)", "应明确牵头部门"));
		case IssueCodes.DOUBLED_CHARACTER -> r -> r.requirements("表5").row("组织建设").cell("一级").clauses.set(1,
				Clause.of("b)", "应明确的的牵头部门"));
		case IssueCodes.DRAFTING_NOTE -> r -> r.requirements("表5").row("智慧化决策").name = "智慧化决策 (待完善)";
		default -> throw new IllegalArgumentException(code);
		};
		List<String> codes = code.equals(IssueCodes.WEIGHT_SUM_PART) ? List.of(code, IssueCodes.WEIGHT_SUM_MODEL) : List.of(code);
		assertSeverities(change, codes, WARNING, ERROR);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "draft, WARNING", "征求意见稿, WARNING", "送审稿, WARNING", "报批稿, ERROR", "发布, ERROR", "final, ERROR" })
	public void contentFindingsBecomeErrorsFromTheApprovalDraftOn(String status, Severity expected) {
		Validated run = validateWith(status, r -> r.requirements("表5").row("组织建设").cell("一级").clauses.set(1, Clause.of("b)", "应明确的的牵头部门")));
		assertEquals(expected, run.single(IssueCodes.DOUBLED_CHARACTER).severity(), run::toString);
		assertEquals(1, run.findings().size(), run::toString);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "rules.threshold-band", "rules.scale-range", "weights.part-sector", "naming.duplicate-in-table" })
	public void ruleFindingIsErrorInDraftAndInFinal(String code) {
		Consumer<RevisionText> change = switch (code) {
		case IssueCodes.THRESHOLD_BAND -> r -> r.threshold = "0.9";
		case IssueCodes.SCALE_RANGE -> r -> r.scale.set(0, "全部满足 1.2");
		case IssueCodes.WEIGHT_TABLE_PART_SECTOR -> r -> r.weights("表1").sector = "采选";
		case IssueCodes.DUPLICATE_SUBDOMAIN_IN_TABLE -> r -> {
			r.weights("表1").sub("成本管理").weight = "7%";
			r.weights("表1").domain("数字化运营").sub("组织建设", "6%");
		};
		default -> throw new IllegalArgumentException(code);
		};
		List<String> codes = code.equals(IssueCodes.WEIGHT_TABLE_PART_SECTOR)
				? List.of(code, IssueCodes.REQUIREMENT_TABLE_MISSING, IssueCodes.WEIGHT_TABLE_MISSING, IssueCodes.WEIGHT_COMMON_MISSING,
						IssueCodes.WEIGHT_TABLE_TWICE) // 表1 with a sector is a second table of 采选, and the common table is gone
				: List.of(code);
		assertSeverities(change, codes, ERROR, ERROR);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "text.no-modal-verb" })
	public void modalVerbNoteIsInfoInDraftAndInFinal(String code) {
		assertSeverities(r -> r.requirements("表5").row("组织建设").cell("一级").clauses.set(1, Clause.of("b)", "明确牵头部门")),
				List.of(code), INFO, INFO);
	}
}
