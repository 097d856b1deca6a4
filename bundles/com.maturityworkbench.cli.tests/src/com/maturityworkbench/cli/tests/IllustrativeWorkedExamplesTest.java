package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.maturity.WorkedExample;
import com.maturityworkbench.dsl.semantics.WorkedExamples;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.testing.Formulas;

/**
 * The worked examples of the illustrative 送审稿 (progressive on, 组织建设 at 4 %), recomputed a second way: the
 * examples' ratings as the validator reads them, scored by the formula oracle {@link Formulas} (not the engine the
 * validator uses), against the values worked out by hand in examples.maturity; and the validator finds nothing.
 */
class IllustrativeWorkedExamplesTest {
	private static WorkspaceRevision revision;
	private static RevisionModel model;
	private static Map<String, WorkedExample> examples;

	@BeforeAll
	static void load() throws Exception {
		Language.set(Language.ZH);
		revision = ShippedDraft.injector().getInstance(RevisionWorkspaceService.class).openRevision(ShippedDraft.illustrativeFolder().toString());
		model = revision.scoringModel();
		examples = revision.revision().workedExamples().stream().collect(Collectors.toMap(WorkedExample::getName, Function.identity()));
	}

	private static Formulas.Outcome oracle(String name) {
		WorkedExamples.Rated rated = WorkedExamples.assessment(examples.get(name), model);
		assertEquals(List.of(), rated.unrated(), name);
		return Formulas.score(model, rated.assessment());
	}

	@Test
	void smelting() {
		// A(三级) = 49/100 + 51/100 × 1/2 = 149/200; 四级 and 五级 not met (三级 is not) but count A = 1: S = 949/200 = 4.745
		Formulas.Outcome o = oracle("冶炼示例");
		assertEquals(List.of(Rational.ONE, Rational.ONE, Rational.of(149, 200), Rational.ONE, Rational.ONE), o.levelScores());
		assertEquals(List.of(true, true, false, false, false), o.met());
		assertEquals(Rational.of(949, 200), o.total());
		assertEquals(4, o.level());
	}

	@Test
	void miningTailored() {
		// A(一级) = 49/100 + 51/100 × 0; no level met under progressive on; S = 49/100 + 4 = 449/100
		Formulas.Outcome o = oracle("采选示例");
		assertEquals(Rational.of(49, 100), o.levelScores().get(0));
		assertEquals(List.of(false, false, false, false, false), o.met());
		assertEquals(Rational.of(449, 100), o.total());
		assertEquals(4, o.level());
	}

	@Test
	void processingProgressive() {
		// A(一级) = 4/5 − 4/100 × (4/5 − 3/5) = 99/125 = 0.792; A(二..五级) = 4/5; nothing met: S = 99/125 + 16/5 = 499/125 = 3.992
		Formulas.Outcome o = oracle("加工示例");
		assertEquals(List.of(Rational.of(99, 125), Rational.of(4, 5), Rational.of(4, 5), Rational.of(4, 5), Rational.of(4, 5)), o.levelScores());
		assertEquals(List.of(false, false, false, false, false), o.met());
		assertEquals(Rational.of(499, 125), o.total());
		assertEquals(4, o.level());
	}

	@Test
	void theValidatorAgreesAndTheRevisionIsClean() {
		assertEquals(List.of(), revision.findings().stream().filter(f -> f.severity() != com.maturityworkbench.dsl.analysis.Finding.Severity.INFO).toList());
		assertEquals(72, revision.findings().size(), "infos only");
	}
}
