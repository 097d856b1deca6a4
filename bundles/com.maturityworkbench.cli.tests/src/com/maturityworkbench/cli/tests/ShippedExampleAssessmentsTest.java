package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
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
import com.maturityworkbench.assessment.report.Decimals;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.RevisionModel;

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

	private static List<String> exact(List<Rational> values) {
		return values.stream().map(Rational::toExactString).toList();
	}

	/** Checks a single result against the formulas; returns S. */
	private static Rational check(Map<String, Object> r, Fixture f) {
		List<Rational> a = Formulas.levelScores(model(), f.sector, new HashSet<>(f.tailored), f.exactRatings());
		assertEquals(exact(a), r.get("levelScoresExact"));
		assertEquals(a.stream().map(x -> Formulas.met(model(), x)).toList(), r.get("met"));
		Rational s = Formulas.total(model(), a);
		assertEquals(s.toExactString(), r.get("totalExact"));
		assertEquals(BigDecimal.valueOf(Formulas.level(model(), s)), r.get("level"));
		assertEquals(f.tailored, r.get("tailored"));
		return s;
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
		long total = ExampleAssessments.UNITS.stream().mapToLong(ExampleAssessments.Unit::output).sum();
		List<Rational> sum = new ArrayList<>();
		for (int level = 0; level < model().levelCount(); level++) {
			Rational a = Rational.ZERO;
			for (String sector : model().sectors()) {
				List<Rational> values = new ArrayList<>();
				long output = 0;
				for (int i = 0; i < fixtures.size(); i++) {
					if (ExampleAssessments.UNITS.get(i).sector().equals(sector)) {
						Fixture f = fixtures.get(i);
						values.add(Formulas.levelScore(model(), f.sector, new HashSet<>(f.tailored), f.exactRatings(), level));
						output += ExampleAssessments.UNITS.get(i).output();
					}
				}
				if (!values.isEmpty()) {
					a = a.add(Rational.of(output, total).multiply(Formulas.sum(values).divide(Rational.valueOf(values.size()))));
				}
			}
			sum.add(a);
		}
		assertEquals(exact(sum), r.get("levelScoresExact"));
		Rational s = Formulas.total(model(), sum);
		assertEquals(s.toExactString(), r.get("totalExact"));
		assertEquals(BigDecimal.valueOf(Formulas.level(model(), s)), r.get("level"));
		assertEquals(README.get("composite"), Decimals.decimal(s) + " " + r.get("levelLabel"));
	}

	/** S (rounded) and level of each example as the README's section "Scoring an assessment" shows them. */
	static final Map<String, String> README = Map.of("smelting", "3.3691 三级", "mining", "2.6420 二级", "processing", "2.0610 二级", "composite",
			"2.7324 二级");
}
