package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.TextDecoding;
import com.maturityworkbench.assessment.layout.CsvLayout;
import com.maturityworkbench.assessment.layout.JsonLayout;
import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.assessment.layout.TailoredList;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.assessment.OutputBasis;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.json.JsonReader;
import com.maturityworkbench.scoring.json.JsonWriter;
import com.maturityworkbench.scoring.model.ClauseRef;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.scoring.model.TablePart;
import com.maturityworkbench.scoring.testing.Formulas;

/**
 * The contracts of issue 6 on the shipped draft, end to end: {@code mwb generate} writes the templates and the
 * standalone jar; the templates of every sector are filled in by program through the layout declaration
 * ({@link TemplateFiller}) — CSV saved as "CSV UTF-8" (byte order mark), CSV saved by Excel in a Chinese locale
 * (GB18030), the workbook, an assessment JSON, and a composite JSON whose units name two of those files and rate the
 * third inline; each file is scored with {@code mwb score --format json} (in-process, {@link Cli}) and with
 * {@code java -jar nonferrous_dt_maturity-scoring.jar} (a separate process). The two outputs are byte for byte the
 * same, and A(i), met(i), S and the level equal what the draft's formulas give, written out independently in
 * {@link Formulas}, on the ratings this test wrote into the file.
 *
 * <p>The ratings ({@link #enterprises()}): seeded per clause with the plausible profile of {@link ExampleAssessments}
 * (every scale value, a quarter to a third of them written as numbers), so that every level of every sector mixes
 * several values and a wrong clause count n, subdomain share β, domain weight α or type weight would change A(i); the
 * smelter tailors 表3.中试验证 (by id in the CSV UTF-8 and the workbook, by its bare name in the GB18030 CSV and the
 * JSON). The composite gives output shares 0.35 (采选), 0.4 (冶炼), 0.25 (加工).
 *
 * <p>Also: a profile worked out by hand on paper ({@link #handWorkedTemplatesScoreAsWorkedOut}), the four shipped
 * examples and the text and HTML reports, all through both ways.
 */
class ScoringContractTest {
	@TempDir
	static Path dir;
	/** What mwb generate wrote. */
	private static Path out;
	/** The files this test filled in. */
	private static Path filled;
	private static Path jar;
	private static Models models;

	@BeforeAll
	static void generate() throws Exception {
		Language.set(Language.ZH);
		out = Files.createDirectories(dir.resolve("generated"));
		filled = Files.createDirectories(dir.resolve("filled"));
		Cli.Run run = Cli.run("generate", Models.shipped().toString(), "--out", out.toString());
		assertEquals(0, run.exit(), run.err());
		jar = out.resolve("nonferrous_dt_maturity-scoring.jar");
		assertTrue(Files.isRegularFile(jar) && Files.isRegularFile(out.resolve("nonferrous_dt_maturity-model.jar")) && Files.isRegularFile(out.resolve(
				"result.schema.json")));
		models = Models.load(Models.shipped());
	}

	private static RevisionModel model() {
		return models.model();
	}

	// ---- the two ways of scoring

	private record Process(int exit, String out, String err) {
	}

	private static Process javaDashJar(Path assessment, String... options) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
				assessment.toString()));
		command.addAll(List.of(options));
		java.lang.Process p = new ProcessBuilder(command).start();
		String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(120, TimeUnit.SECONDS));
		return new Process(p.exitValue(), stdout, stderr);
	}

	/** {@code mwb score --format json} and the jar: both exit 0 with nothing on stderr and print the same bytes; returns the result parsed. */
	private static Map<?, ?> scoreBothWays(Path assessment) throws Exception {
		Cli.Run mwb = Cli.score(Models.shipped(), assessment, "--format", "json");
		assertEquals(0, mwb.exit(), mwb.err());
		assertEquals("", mwb.err());
		Process p = javaDashJar(assessment);
		assertEquals(0, p.exit(), p.err());
		assertEquals("", p.err());
		assertEquals(mwb.out(), p.out(), "java -jar prints what mwb score prints: " + assessment);
		return (Map<?, ?>) JsonReader.parse(p.out());
	}

	private static void assertOutcome(Formulas.Outcome expected, Map<?, ?> r, String what) {
		assertEquals(expected.levelScoresExact(), r.get("levelScoresExact"), what + ": A(i)");
		assertEquals(expected.met(), r.get("met"), what + ": met");
		assertEquals(expected.total().toExactString(), r.get("totalExact"), what + ": S");
		assertEquals(BigDecimal.valueOf(expected.level()), r.get("level"), what + ": level");
	}

	// ---- the generated templates

	private static String csvTemplate(String code) throws Exception {
		return TemplateFiller.text(Files.readAllBytes(out.resolve("templates/" + code + ".csv")));
	}

	private static byte[] xlsxTemplate(String code) throws Exception {
		return Files.readAllBytes(out.resolve("templates/" + code + ".xlsx"));
	}

	private static Rational exact(Object rating) {
		return Fixture.exact(model(), rating);
	}

	/** A rating as its scale value in text ("0.8"), as an assessor types it. */
	private static Object asValueText(Object rating) {
		return rating == null ? null : exact(rating).toExactString();
	}

	/** A rating function that remembers what it answered: the ratings written into one file. */
	private static final class Written implements Function<String, Object> {
		private final Function<String, Object> rating;
		final Map<String, Rational> ratings = new LinkedHashMap<>();

		Written(Function<String, Object> rating) {
			this.rating = rating;
		}

		@Override
		public Object apply(String clauseId) {
			Object value = rating.apply(clauseId);
			if (value != null) {
				ratings.put(clauseId, exact(value));
			}
			return value;
		}
	}

	// ---- the seeded enterprises, one per sector

	/** One enterprise: its template (sector code), sector, tailored subdomain ids and ratings (scale names or numbers) by clause id. */
	private record Enterprise(String code, String sector, List<String> tailored, Map<String, Object> ratings) {
		/** The tailored subdomains by their bare names (中试验证), as an assessor may write them. */
		List<String> tailoredNames() {
			return tailored.stream().map(id -> id.substring(id.indexOf('.') + 1)).toList();
		}

		Object rating(String clauseId) {
			return ratings.get(clauseId);
		}
	}

	private static Enterprise enterprise(String code, Fixture f) {
		return new Enterprise(code, f.sector, List.copyOf(f.tailored), Map.copyOf(f.ratings));
	}

	private static List<Enterprise> enterprises() {
		return List.of(enterprise("mining", ExampleAssessments.rate(new Fixture(models, "采选"), 20261201L, 0.95, 0.19, 0.3)),
				enterprise("smelting", ExampleAssessments.rate(new Fixture(models, "冶炼").tailor("表3.中试验证"), 20261202L, 1.02, 0.16, 0.25)),
				enterprise("processing", ExampleAssessments.rate(new Fixture(models, "加工"), 20261203L, 0.98, 0.2, 0.3)));
	}

	/** One filled file: its format as the result names it, and the assessment it holds. */
	private record FilledFile(Path path, String format, Assessment assessment) {
	}

	private static Assessment assessment(Enterprise e, Written w) {
		return new Assessment(model().revisionId(), e.sector(), new LinkedHashSet<>(e.tailored()), w.ratings);
	}

	/** The four single-enterprise files of an enterprise. */
	private static List<FilledFile> fill(Enterprise e) throws Exception {
		String csv = csvTemplate(e.code());
		assertEquals(e.sector(), TemplateFiller.metadata(csv).get(MetadataKey.SECTOR), "templates/" + e.code() + ".csv");
		assertEquals(csv, TemplateFiller.csv(csv, "", id -> null), "guard: filling in changes nothing but the ratings and the tailoring");
		List<FilledFile> files = new ArrayList<>();
		Written bom = new Written(e::rating);
		files.add(new FilledFile(Files.write(filled.resolve(e.code() + "-utf8-bom.csv"), CsvLayout.encode(TemplateFiller.csv(csv, TailoredList.join(e.tailored()), bom))),
				"CSV, UTF-8 with BOM", assessment(e, bom)));
		Written gb = new Written(id -> asValueText(e.rating(id)));
		files.add(new FilledFile(Files.write(filled.resolve(e.code() + "-gb18030.csv"), TemplateFiller.csv(csv, String.join("、", e.tailoredNames()), gb)
				.getBytes(TextDecoding.GB18030)), "CSV, GB18030", assessment(e, gb)));
		Written xlsx = new Written(e::rating);
		files.add(new FilledFile(Files.write(filled.resolve(e.code() + ".xlsx"), TemplateFiller.xlsx(xlsxTemplate(e.code()), TailoredList.join(e.tailored()), xlsx)),
				"XLSX", assessment(e, xlsx)));
		Written json = new Written(e::rating);
		files.add(new FilledFile(Files.writeString(filled.resolve(e.code() + ".json"), TemplateFiller.json(csv, e.tailoredNames(), json)), "JSON",
				assessment(e, json)));
		return files;
	}

	/**
	 * Premises of a meaningful comparison: every level mixes rating values (at least two), the enterprise uses every
	 * value of the scale, some level is met and some is not.
	 */
	private static void assertNonTrivial(Assessment a, Formulas.Outcome expected) {
		SectorModel sm = SectorModel.of(model(), a.sector());
		for (int level = 0; level < model().levelCount(); level++) {
			final int l = level;
			Set<Rational> values = new LinkedHashSet<>();
			a.ratings().forEach((id, v) -> sm.clause(id).filter(c -> c.levelIndex() == l).ifPresent(c -> values.add(v)));
			assertTrue(values.size() >= 2, a.sector() + ", level " + (level + 1) + ": " + values);
		}
		assertEquals(model().scale().size(), new LinkedHashSet<>(a.ratings().values()).size(), a.sector() + " uses every scale value");
		assertTrue(expected.met().contains(true) && expected.met().contains(false), a.sector() + ": " + expected.met());
		for (String t : a.tailored()) {
			assertTrue(sm.subdomain(t).isPresent(), t);
		}
	}

	@Test
	void everyFilledTemplateScoresAsTheFormulasSayThroughMwbScoreAndTheJar() throws Exception {
		Map<String, FilledFile> unitFiles = new LinkedHashMap<>();
		Map<String, Object> inlineUnit = null;
		Assessment inlineAssessment = null;
		for (Enterprise e : enterprises()) {
			List<FilledFile> files = fill(e);
			assertEquals(e.code().equals("smelting"), !e.tailored().isEmpty(), "premise: the smelter tailors");
			for (FilledFile f : files) {
				Formulas.Outcome expected = Formulas.score(model(), f.assessment());
				assertNonTrivial(f.assessment(), expected);
				Map<?, ?> r = scoreBothWays(f.path());
				String what = f.format() + " of " + e.sector();
				assertEquals(f.format(), r.get("format"), what);
				assertEquals(e.sector(), r.get("sector"), what);
				assertEquals(e.tailored(), r.get("tailored"), what);
				assertOutcome(expected, r, what);
			}
			if (e.code().equals("processing")) {
				inlineAssessment = files.get(3).assessment();
				inlineUnit = new LinkedHashMap<>();
				inlineUnit.put(JsonLayout.TAILORED, e.tailored());
				inlineUnit.put(JsonLayout.RATINGS, TemplateFiller.ratings(csvTemplate(e.code()), e::rating));
			} else {
				unitFiles.put(e.sector(), files.get(e.code().equals("mining") ? 1 : 2));
			}
		}
		// the composite: the mine by its GB18030 CSV, the smelter by its workbook, the processor inline; output shares
		record Unit(String name, String sector, String share) {
		}
		List<Unit> units = List.of(new Unit("矿业分公司", "采选", "0.35"), new Unit("冶炼分公司", "冶炼", "0.4"), new Unit("加工分公司", "加工", "0.25"));
		List<Object> unitsJson = new ArrayList<>();
		List<CompositeUnit> compositeUnits = new ArrayList<>();
		for (Unit u : units) {
			Map<String, Object> unit = new LinkedHashMap<>();
			unit.put(JsonLayout.NAME, u.name());
			unit.put(JsonLayout.SECTOR, u.sector());
			unit.put(JsonLayout.OUTPUT, new BigDecimal(u.share()));
			FilledFile file = unitFiles.get(u.sector());
			if (file != null) {
				unit.put(JsonLayout.ASSESSMENT, file.path().getFileName().toString());
			} else {
				unit.putAll(inlineUnit);
			}
			unitsJson.add(unit);
			compositeUnits.add(new CompositeUnit(u.name(), u.sector(), Rational.parse(u.share()), file != null ? file.assessment() : inlineAssessment));
		}
		Map<String, Object> composite = new LinkedHashMap<>();
		composite.put(JsonLayout.OUTPUT_BASIS, JsonLayout.SHARES);
		composite.put(JsonLayout.UNITS, unitsJson);
		Map<String, Object> root = new LinkedHashMap<>();
		root.put(JsonLayout.LAYOUT, BigDecimal.valueOf(LayoutVersion.CURRENT.number()));
		root.put(JsonLayout.STANDARD, model().standardCode());
		root.put(JsonLayout.REVISION, model().revisionId());
		root.put(JsonLayout.REVISION_LABEL, model().revisionLabel());
		root.put(JsonLayout.COMPOSITE, composite);
		Path file = Files.writeString(filled.resolve("composite.json"), JsonWriter.writePretty(root), StandardCharsets.UTF_8);
		CompositeAssessment expectedComposite = new CompositeAssessment(model().revisionId(), OutputBasis.SHARES, compositeUnits);
		Formulas.Outcome expected = Formulas.score(model(), expectedComposite);
		Map<?, ?> r = scoreBothWays(file);
		assertEquals("composite", r.get("kind"));
		assertOutcome(expected, r, "the composite");
		Map<?, ?> c = (Map<?, ?>) r.get("composite");
		for (Object t : (List<?>) c.get("types")) {
			Map<?, ?> type = (Map<?, ?>) t;
			assertEquals(Formulas.typeWeight(expectedComposite, (String) type.get("sector")).toExactString(), type.get("weightExact"), "weight of " + type.get("sector"));
		}
		List<?> resultUnits = (List<?>) c.get("units");
		assertEquals(units.size(), resultUnits.size());
		for (int i = 0; i < units.size(); i++) {
			Map<?, ?> u = (Map<?, ?>) resultUnits.get(i);
			CompositeUnit cu = compositeUnits.get(i);
			assertOutcome(Formulas.score(model(), cu.assessment()), u, "unit " + cu.name());
			assertEquals(List.of("CSV, GB18030", "XLSX", "JSON").get(i), u.get("format"), "unit " + cu.name());
		}
		// the combination is no average of equals: the three units' S differ
		assertEquals(3, compositeUnits.stream().map(u -> Formulas.score(model(), u.assessment()).total()).distinct().count());
	}

	// ---- a profile worked out by hand

	private static final List<String> HAND_LEVEL_SCORES = List.of("1", "0.98", "0.51", "1", "0.755");
	private static final List<Boolean> HAND_MET = List.of(true, true, false, true, false);
	private static final String HAND_TOTAL = "4.265";
	private static final int HAND_LEVEL = 4;
	private static final String HAND_TAILORED = "仓储物流";

	/** The hand-worked rating of a clause (see {@link #handWorkedTemplatesScoreAsWorkedOut}), a scale name; null for the tailored subdomain. */
	private static String handRating(SectorModel sm, String clauseId) {
		ClauseRef ref = sm.clause(clauseId).orElse(null);
		if (ref == null) {
			return null;
		}
		assertTrue(ref.isScored(), "the template lists only scored clauses: " + clauseId);
		boolean common = ref.subdomain().table().part() == TablePart.COMMON;
		if (!common && ref.subdomain().subdomain().name().equals(HAND_TAILORED)) {
			return null;
		}
		int level = ref.levelIndex() + 1;
		if (common && level == 3) {
			return "不满足";
		}
		if (common && level == 5) {
			return "部分满足";
		}
		if (common && level == 2 && ref.subdomain().domain().name().equals("组织")) {
			return "大部分满足";
		}
		return "全部满足";
	}

	private static String handTailoredId(SectorModel sm) {
		List<SubdomainRef> matches = sm.subdomains().stream().filter(s -> s.subdomain().name().equals(HAND_TAILORED)).toList();
		assertEquals(1, matches.size(), HAND_TAILORED + " is a unique name in the model of " + sm.sector());
		assertEquals(TablePart.SECTOR, matches.get(0).table().part());
		return matches.get(0).id();
	}

	private static void assertHandPremises(SectorModel sm) {
		ScoredTable common = model().commonTable();
		ScoredTable own = model().sectorTable(sm.sector()).orElseThrow();
		assertEquals(Rational.of(49, 100), common.weight(), "w1");
		assertEquals(Rational.of(51, 100), own.weight(), "w2");
		assertEquals(Rational.of(1, 10), common.domains().stream().filter(d -> d.name().equals("组织")).findFirst().orElseThrow().weight(), "w(组织)");
		for (Domain d : common.domains()) {
			assertTrue(d.subdomains().stream().anyMatch(s -> !s.cell(1).isEmpty()), "every 表1 domain is scored at 二级: " + d.name());
		}
	}

	/**
	 * The ratings: every clause 全部满足, except in the common table (表1, rated through 表5): at 二级 the clauses of
	 * domain 组织 大部分满足, at 三级 every clause 不满足, at 五级 every clause 部分满足; the sector table's 仓储物流 is
	 * tailored out (its rows left empty). With w1 = 49 % (表1), w2 = 51 % (表2, 表3 or 表4) and w(组织) = 10 % (Table 1:
	 * 3 + 3 + 2 + 2), formulas (1)-(3): a domain whose clauses are all rated r has B = r whatever its subdomain weights
	 * β, and while every domain of a table has a scored clause at a level, A = Σ B·α over the printed domain weights α,
	 * so
	 *
	 * <pre>
	 * A(一级) = w1 + w2                      = 1
	 * A(二级) = w1 + w2 − w(组织)·(1 − 0.8)    = 1 − 0.1·0.2 = 0.98
	 * A(三级) = w1·0 + w2                    = 0.51
	 * A(四级) = w1 + w2                      = 1
	 * A(五级) = w1·0.5 + w2                  = 0.755
	 * </pre>
	 *
	 * met (A ≥ 0.8): 一级, 二级, 四级; progressive off (as declared): S = 1 + 1 + 0.51 + 1 + 0.755 = 4.265 → Table 10
	 * band [3.8, 4.8) → 四级. Tailoring 仓储物流 changes nothing: the sector table's ratings are all 1. The premises (the
	 * weights, every 表1 domain scored at 二级, no table empty at a level) are asserted, not assumed. The CSV UTF-8 is
	 * rated by names and tailors by id, the GB18030 CSV by scale values and the bare name, the workbook by number cells
	 * at 二级 and 五级 and names elsewhere.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "mining", "smelting", "processing" })
	void handWorkedTemplatesScoreAsWorkedOut(String code) throws Exception {
		String csv = csvTemplate(code);
		SectorModel sm = SectorModel.of(model(), TemplateFiller.metadata(csv).get(MetadataKey.SECTOR));
		assertHandPremises(sm);
		String tailoredId = handTailoredId(sm);
		Function<String, Object> names = id -> handRating(sm, id);
		Function<String, Object> values = id -> asValueText(handRating(sm, id));
		Function<String, Object> numbersAtTwoAndFive = id -> {
			String name = handRating(sm, id);
			int level = name == null ? 0 : sm.clause(id).orElseThrow().levelIndex() + 1;
			return level == 2 || level == 5 ? new BigDecimal(exact(name).toExactString()) : name;
		};
		Map<String, Path> files = new LinkedHashMap<>();
		files.put("CSV, UTF-8 with BOM", Files.write(filled.resolve(code + "-hand-utf8.csv"), CsvLayout.encode(TemplateFiller.csv(csv, tailoredId, names))));
		files.put("CSV, GB18030", Files.write(filled.resolve(code + "-hand-gb18030.csv"), TemplateFiller.csv(csv, HAND_TAILORED, values).getBytes(TextDecoding.GB18030)));
		files.put("XLSX", Files.write(filled.resolve(code + "-hand.xlsx"), TemplateFiller.xlsx(xlsxTemplate(code), tailoredId, numbersAtTwoAndFive)));
		AssessmentMapper.Revisions revisions = AssessmentMapper.Revisions.of(model());
		for (Map.Entry<String, Path> f : files.entrySet()) {
			String what = f.getKey() + " of " + sm.sector();
			AssessmentFiles.SingleInput input = (AssessmentFiles.SingleInput) AssessmentFiles.read(f.getValue(), f.getValue().toString(), revisions);
			assertEquals(LayoutVersion.CURRENT, input.mapped().rows().layout(), what + " is of the layout the generator writes");
			Map<?, ?> r = scoreBothWays(f.getValue());
			assertEquals(f.getKey(), r.get("format"), what);
			assertEquals(List.of(tailoredId), r.get("tailored"), what);
			assertEquals(HAND_LEVEL_SCORES, r.get("levelScoresExact"), what);
			assertEquals(HAND_MET, r.get("met"), what);
			assertEquals(HAND_TOTAL, r.get("totalExact"), what);
			assertEquals(BigDecimal.valueOf(HAND_LEVEL), r.get("level"), what);
			assertTrue(((List<?>) r.get("draftGaps")).stream().noneMatch(g -> "TABLE_EMPTY_AT_LEVEL".equals(((Map<?, ?>) g).get("kind"))),
					"premise: no table empty at a level");
			assertOutcome(Formulas.score(model(), input.mapped().assessment()), r, what + " (the oracle agrees)");
		}
	}

	// ---- the shipped examples and the reports

	/**
	 * The four shipped example assessments (filled in from templates of layout 1; the composite's units name files):
	 * both ways print the same and the documented values.
	 */
	@Test
	void everyShippedExampleScoresAsDocumented() throws Exception {
		for (String file : List.of(ExampleAssessments.COMPOSITE, ExampleAssessments.SMELTING, ExampleAssessments.MINING, ExampleAssessments.PROCESSING)) {
			Map<?, ?> r = scoreBothWays(ExampleAssessments.folder().resolve(file));
			assertEquals(ShippedExampleAssessmentsTest.README.get(file.substring(0, file.indexOf('-'))), r.get("total") + " " + r.get("levelLabel"), file);
			if (file.equals(ExampleAssessments.SMELTING)) {
				assertEquals("452804047/134400000", r.get("totalExact"));
			}
			if (file.equals(ExampleAssessments.COMPOSITE)) {
				List<?> units = (List<?>) ((Map<?, ?>) r.get("composite")).get("units");
				assertTrue(((String) ((Map<?, ?>) units.get(0)).get("file")).endsWith(ExampleAssessments.MINING), "the unit's own file is read");
			}
		}
	}

	/** The text and HTML reports exist once: the jar prints what mwb score prints. */
	@Test
	void textAndHtmlReportsAreTheSame() throws Exception {
		Path smelting = ExampleAssessments.folder().resolve(ExampleAssessments.SMELTING);
		for (String format : List.of("text", "html")) {
			Cli.Run mwb = Cli.score(Models.shipped(), smelting, "--format", format, "--progressive", "on");
			Process p = javaDashJar(smelting, "--format", format, "--progressive", "on");
			assertEquals(0, p.exit(), p.err());
			assertEquals(mwb.out(), p.out(), format);
		}
		assertTrue(javaDashJar(smelting, "--format", "text").out().contains("\nS = 3.3691 → 三级      （逐级递进：S = 3.3691 → 三级）\n"));
	}
}
