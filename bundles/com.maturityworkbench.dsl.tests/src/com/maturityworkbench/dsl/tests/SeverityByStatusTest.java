package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.analysis.Finding.Severity.ERROR;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.INFO;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.Finding.Severity;
import com.maturityworkbench.dsl.tests.RevisionText.Clause;
import com.maturityworkbench.dsl.validation.IssueCodes;

/**
 * A finding about content is a warning while the revision is {@code status draft} and an error once it is
 * {@code status final}; a broken rule is an error in both; a missing modal verb is information in both.
 */
public class SeverityByStatusTest extends ValidationTestBase {

	private Finding validateWith(String status, Consumer<RevisionText> change, String code) {
		RevisionText rev = RevisionText.valid().status(status);
		change.accept(rev);
		return validate(rev).single(code);
	}

	private void assertSeverities(Consumer<RevisionText> change, String code, Severity inDraft, Severity inFinal) {
		Finding draft = validateWith("draft", change, code);
		Finding fin = validateWith("final", change, code);
		assertEquals(inDraft, draft.severity(), draft::toLine);
		assertEquals(inFinal, fin.severity(), fin::toLine);
		// the same finding otherwise: place and message
		assertEquals(Validated.Location.of(draft), Validated.Location.of(fin));
		assertEquals(draft.message(), fin.message());
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
		assertSeverities(change, code, WARNING, ERROR);
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
		assertSeverities(change, code, ERROR, ERROR);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "text.no-modal-verb" })
	public void modalVerbNoteIsInfoInDraftAndInFinal(String code) {
		assertSeverities(r -> r.requirements("表5").row("组织建设").cell("一级").clauses.set(1, Clause.of("b)", "明确牵头部门")), code,
				INFO, INFO);
	}
}
