package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.AssessmentRows;
import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.assessment.OutputBasis;
import com.maturityworkbench.assessment.report.Decimals;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.testing.Formulas;

/**
 * The example assessments shipped with the draft score, through {@code mwb score}, to the values the draft's formulas
 * give when written out directly ({@link Formulas}) on the ratings the examples were generated from
 * ({@link ExampleAssessments}); and to the values the README shows. With {@code -Dmwb.writeExamples=true} the files
 * are written first.
 */
class ShippedExampleAssessmentsTest {
	private static Models models;

	@BeforeAll
	static void load() throws Exception {
		Language.set(Language.ZH);
		models = Models.load(Models.shipped());
		if (Boolean.getBoolean("mwb.writeExamples")) {
			ExampleAssessments.write(models);
		}
	}

	private static RevisionModel model() {
		return models.model();
	}

	private static Map<String, Object> score(String file) {
		Cli.Run run = Cli.score(Models.shipped(), ExampleAssessments.folder().resolve(file), "--format", "json");
		assertEquals("", run.err());
		assertEquals(0, run.exit());
		return run.json();
	}

	/** Checks a single result against the formulas; returns S. */
	private static Rational check(Map<String, Object> r, Fixture f) {
		Formulas.Outcome expected = Formulas.score(model(), f.assessment());
		assertOutcome(expected, r);
		assertEquals(f.tailored, r.get("tailored"));
		return expected.total();
	}

	private static void assertOutcome(Formulas.Outcome expected, Map<String, Object> r) {
		assertEquals(expected.levelScoresExact(), r.get("levelScoresExact"));
		assertEquals(expected.met(), r.get("met"));
		assertEquals(expected.total().toExactString(), r.get("totalExact"));
		assertEquals(BigDecimal.valueOf(expected.level()), r.get("level"));
	}

	@Test
	void smeltingJsonWithTailoring() {
		Map<String, Object> r = score(ExampleAssessments.SMELTING);
		Rational s = check(r, ExampleAssessments.smelting(models));
		assertEquals("JSON", r.get("format"));
		assertEquals(README.get("smelting"), Decimals.decimal(s) + " " + r.get("levelLabel"));
	}

	@Test
	void miningCsv() {
		Map<String, Object> r = score(ExampleAssessments.MINING);
		Rational s = check(r, ExampleAssessments.mining(models));
		assertEquals("CSV, UTF-8 with BOM", r.get("format"));
		assertEquals(README.get("mining"), Decimals.decimal(s) + " " + r.get("levelLabel"));
	}

	@Test
	void processingXlsx() {
		Map<String, Object> r = score(ExampleAssessments.PROCESSING);
		Rational s = check(r, ExampleAssessments.processing(models));
		assertEquals("XLSX", r.get("format"));
		assertEquals(README.get("processing"), Decimals.decimal(s) + " " + r.get("levelLabel"));
		// 表4's 智慧化决策 and 服务运行 have a row in 表8 without any clause (its ten empty cells): their weight is
		// redistributed, and the result says so
		assertEquals(List.of("表4.智慧化决策", "表4.服务运行"), ((List<?>) r.get("draftGaps")).stream().map(g -> ((Map<?, ?>) g))
				.filter(g -> g.get("kind").equals("SUBDOMAIN_WITHOUT_CLAUSES")).map(g -> g.get("subdomain")).toList());
	}

	/**
	 * The shipped CSV and workbook were filled in from templates of the first layout (no layout marker): they are read
	 * as layout 1, and score as the README says (above); they are kept as they are so that this stays tested.
	 */
	@Test
	void theShippedCsvAndWorkbookAreOfLayoutOne() throws Exception {
		AssessmentMapper.Revisions revisions = AssessmentMapper.Revisions.of(model());
		for (String file : List.of(ExampleAssessments.MINING, ExampleAssessments.PROCESSING)) {
			Path path = ExampleAssessments.folder().resolve(file);
			AssessmentRows rows = ((AssessmentFiles.SingleInput) AssessmentFiles.read(path, file, revisions)).mapped().rows();
			assertEquals(LayoutVersion.V1, rows.layout(), file);
			assertFalse(rows.metadata().containsKey(MetadataKey.LAYOUT), file);
		}
		assertFalse(Files.readString(ExampleAssessments.folder().resolve(ExampleAssessments.MINING)).contains("# layout"));
	}

	/**
	 * Annex A: A_SUM(i) = Σ_type (output of the type / total output) · mean of the type's units' A(i); S and the level
	 * from A_SUM as for one enterprise.
	 */
	@Test
	void compositeOfTwoSectors() {
		Map<String, Object> r = score(ExampleAssessments.COMPOSITE);
		List<Fixture> fixtures = List.of(ExampleAssessments.mining(models), ExampleAssessments.smelting(models), ExampleAssessments.recycling(models));
		List<CompositeUnit> units = new ArrayList<>();
		for (int i = 0; i < fixtures.size(); i++) {
			ExampleAssessments.Unit u = ExampleAssessments.UNITS.get(i);
			units.add(new CompositeUnit(u.name(), u.sector(), Rational.valueOf(u.output()), fixtures.get(i).assessment()));
		}
		Formulas.Outcome expected = Formulas.score(model(), new CompositeAssessment(model().revisionId(), OutputBasis.VALUES, units));
		assertOutcome(expected, r);
		Rational s = expected.total();
		assertEquals(README.get("composite"), Decimals.decimal(s) + " " + r.get("levelLabel"));
	}

	/** S (rounded) and level of each example as the README's section "Scoring an assessment" shows them. */
	static final Map<String, String> README = Map.of("smelting", "3.3691 三级", "mining", "2.6420 二级", "processing", "2.0610 二级", "composite",
			"2.7324 二级");
}
