package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.Finding.Severity;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.dsl.tests.RevisionText.Cell;
import com.maturityworkbench.dsl.tests.RevisionText.Row;
import com.maturityworkbench.dsl.validation.IssueCodes;
import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * A revision validate passes always scores (issue 11 §1): the drafts mwb fuzz (seed 20261201, #240, #288, #415) found
 * passing validate although their scoring model cannot be built, reduced to the smallest revision. Each now has an
 * error at the place of the slip, so the workspace service refuses it for its errors (a refusal validate foresaw),
 * never for a scoring model it could not build; and the scoring model builder does refuse it, so the error is needed.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MaturityInjectorProvider.class)
class ForeseenRefusalTest {

	/** The language a test set does not outlive it: the next test class starts in Chinese, the default. */
	@AfterEach
	void restoreChinese() {
		Language.set(Language.ZH);
	}
	private static final String FILE = RevisionText.SINGLE_FILE;

	@Inject
	private RevisionWorkspaceService service;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private WorkspaceRevision open(RevisionText rev) {
		String text = rev.singleFile();
		return service.load(List.of(new SourceText(FILE, "/mwb-memory/" + FILE, text))).revisions().get(0);
	}

	/** The revision's only error has the code, is at the line of {@code context}, and makes the revision unusable for it. */
	private void assertRefusedForeseen(RevisionText rev, String code, String context, String modelRefusal) {
		WorkspaceRevision revision = open(rev);
		String text = rev.singleFile();
		List<Finding> errors = revision.errors();
		assertEquals(List.of(code), errors.stream().map(Finding::code).toList(), revision.findings()::toString);
		Finding error = errors.get(0);
		assertEquals(Severity.ERROR, error.severity());
		assertEquals(Validated.locate(FILE, text, text.indexOf(context)).line(), error.line(), error::toLine);
		assertFalse(revision.isUsable());
		RevisionRefusedException why = assertThrows(RevisionRefusedException.class, revision::scoringModel);
		assertEquals("修订版 " + RevisionText.NAME + " 有 1 个错误；有错误的修订版不能评分，也不能据以生成", why.getMessage());
		assertEquals(errors, why.errors());
		// without the error the workspace would have tried the model, and the builder refuses it
		IllegalArgumentException model = assertThrows(IllegalArgumentException.class, () -> ScoringModelBuilder.build(revision.revision()));
		assertEquals(modelRefusal, model.getMessage());
	}

	/** The valid revision with one more row in 表6, under 技术, that 表2 gives no weight (as 表7's 研发管理 in the draft). */
	private static RevisionText withUnweightedRow(Row row) {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表6").domain("技术").add(row);
		return rev;
	}

	/** #240 (table7-smelting.maturity, two lines swapped): an unweighted row with two 一级 cells. */
	@Test
	void levelTwiceInAnUnweightedRow() {
		Row row = Row.complete("研发管理");
		row.cells.add(new Cell("一级").clause("a)", "应推动研发管理组织变更。"));
		assertRefusedForeseen(withUnweightedRow(row), IssueCodes.DUPLICATE_LEVEL_IN_ROW, "一级\n        a) \"应推动研发管理组织变更",
				"clause id 表6.研发管理.一级.1 is used twice");
	}

	/** #415 (table7-smelting.maturity, a line moved): in an unweighted row, 四级 again after an empty 五级. */
	@Test
	void levelAgainAfterAnEmptyCellInAnUnweightedRow() {
		Row row = Row.complete("研发管理");
		row.cells.get(4).clauses.clear();
		row.cells.add(new Cell("四级").clause("a)", "应推动研发管理组织变更。"));
		assertRefusedForeseen(withUnweightedRow(row), IssueCodes.DUPLICATE_LEVEL_IN_ROW, "四级\n        a) \"应推动研发管理组织变更",
				"clause id 表6.研发管理.四级.1 is used twice");
	}

	/** #288 (weights.maturity, the 表2 header deleted): 表1 lists domain 组织 twice. */
	@Test
	void domainTwiceInAWeightTable() {
		RevisionText rev = WeightsValidationTest.moveToASecondDomain(RevisionText.valid(), "组织", "转型战略");
		assertRefusedForeseen(rev, IssueCodes.WEIGHT_DOMAIN_TWICE, "domain 组织\n    转型战略", "table 表1 lists domain 组织 twice");
	}

	/** A level twice whose second cell has no clause: nothing collides, a warning, and the revision scores. */
	@Test
	void levelTwiceWithAnEmptySecondCellStillScores() {
		Row row = Row.complete("研发管理");
		Cell empty = new Cell("一级");
		empty.emptyReason = "待补充";
		row.cells.add(empty);
		WorkspaceRevision revision = open(withUnweightedRow(row));
		assertEquals(List.of(IssueCodes.ROW_WITHOUT_WEIGHT, IssueCodes.DUPLICATE_LEVEL_IN_ROW),
				revision.findings().stream().map(Finding::code).toList());
		assertTrue(revision.findings().stream().allMatch(f -> f.severity() == Severity.WARNING));
		assertTrue(revision.isUsable());
		// the unweighted row's clauses, each once: a) and b) at the five levels
		assertEquals(10, assertDoesNotRefuse(revision).tables().get(1).unweightedRows().get(0).clauseIds().size());
	}

	@Test
	void englishRefusalNamesTheErrors() {
		Language.set(Language.EN);
		WorkspaceRevision revision = open(WeightsValidationTest.moveToASecondDomain(RevisionText.valid(), "组织", "转型战略"));
		RevisionRefusedException why = assertThrows(RevisionRefusedException.class, revision::requireUsable);
		assertEquals("revision " + RevisionText.NAME + " has 1 error; a revision with errors can neither be scored nor generated from",
				why.getMessage());
	}

	private static com.maturityworkbench.scoring.model.RevisionModel assertDoesNotRefuse(WorkspaceRevision revision) {
		try {
			return revision.scoringModel();
		} catch (RevisionRefusedException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}
}
