package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.generator.GeneratedTree;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.generator.Generator;
import com.maturityworkbench.generator.JavaSources;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.json.JsonReader;
import com.maturityworkbench.scoring.json.JsonWriter;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * The generated Java of the small fixture compiled in the test (javax.tools) and run on sample assessments, with the
 * results worked out by hand; and the generated jar run as {@code java -jar} in a separate process.
 *
 * <p>Effective model of a 冶炼 enterprise: 表1 (40%) 组织建设 25%, 协同办公 10%, 成本管理 5% (domain 数字化运营 = 15%) and
 * 表2 (60%) 生产作业 40%, 能源管理 20%. 成本管理 has an unmarked empty cell at 二级 and 协同办公 a marked one at 三级: their
 * 5% / 10% go to the other subdomain of 数字化运营, which then carries 15% at that level.
 */
class GeneratedJavaTest {
	@TempDir
	static Path work;
	private static GeneratedTree tree;
	private static ClassLoader loader;
	private static String pkg;
	private static RevisionModel emfModel;

	@BeforeAll
	static void compile() throws Exception {
		Generation.Loaded loaded = Generation.load(Generation.smallFixture());
		GenerationModel m = loaded.model();
		emfModel = m.scoring();
		pkg = m.javaPackage();
		tree = new Generator(step -> {
		}).generate(m);
		loader = Generation.compile(JavaSources.render(m), work.resolve("compiled"));
	}

	/** Ratings of the untailored 冶炼 example; the unweighted row's clause is rated too (accepted, not scored). */
	private static Map<String, Object> smeltingRatings() {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("表5.组织建设.一级.1", "全部满足");
		r.put("表5.组织建设.一级.2", 0.5);
		r.put("表5.组织建设.二级.1", "0.8");
		r.put("表5.组织建设.三级.1", "部分满足");
		r.put("表5.组织建设.三级.2", 0);
		r.put("表5.协同办公.一级.1", 1);
		r.put("表5.协同办公.二级.1", "大部分满足");
		r.put("表5.成本管理.一级.1", 0.5);
		r.put("表5.成本管理.三级.1", "不满足");
		r.put("表6.生产作业.一级.1", 1);
		r.put("表6.生产作业.一级.2", "全部满足");
		r.put("表6.生产作业.二级.1", 0.8);
		r.put("表6.生产作业.三级.1", 0.5);
		r.put("表6.能源管理.一级.1", 1);
		r.put("表6.能源管理.二级.1", 0.5);
		r.put("表6.能源管理.三级.1", 0);
		r.put("表6.环保监测.一级.1", 1);
		return r;
	}

	private static Path write(String name, Object json) throws Exception {
		Path file = work.resolve(name);
		Files.writeString(file, JsonWriter.writePretty(toJson(json)), StandardCharsets.UTF_8);
		return file;
	}

	/** Doubles in the literals above become exact decimals. */
	private static Object toJson(Object o) {
		if (o instanceof Double d) {
			return new BigDecimal(d.toString());
		}
		if (o instanceof Map<?, ?> m) {
			Map<String, Object> r = new LinkedHashMap<>();
			m.forEach((k, v) -> r.put((String) k, toJson(v)));
			return r;
		}
		if (o instanceof List<?> l) {
			return l.stream().map(GeneratedJavaTest::toJson).toList();
		}
		return o;
	}

	private record Run(int exit, String out, String err) {
	}

	private static Run runMain(String... args) throws Exception {
		Method run = loader.loadClass(pkg + ".Main").getMethod("run", String[].class, PrintStream.class, PrintStream.class);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = (int) run.invoke(null, args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(String text) {
		return (Map<String, Object>) JsonReader.parse(text);
	}

	@SuppressWarnings("unchecked")
	private static List<String> exactScores(Map<String, Object> result) {
		List<String> scores = new ArrayList<>();
		for (Object l : (List<Object>) result.get("levels")) {
			scores.add((String) ((Map<String, Object>) l).get("scoreExact"));
		}
		return scores;
	}

	@SuppressWarnings("unchecked")
	private static List<Boolean> met(Map<String, Object> result) {
		List<Boolean> met = new ArrayList<>();
		for (Object l : (List<Object>) result.get("levels")) {
			met.add((Boolean) ((Map<String, Object>) l).get("met"));
		}
		return met;
	}

	/** The generated ScoringModel.MODEL is the model ScoringModelBuilder builds from the EMF model. */
	@Test
	void bakedModelEqualsTheModelBuiltFromTheRevisionFiles() throws Exception {
		Object baked = loader.loadClass(pkg + ".ScoringModel").getField("MODEL").get(null);
		assertEquals(emfModel, baked);
	}

	/**
	 * A(1) = .25·(1+.5)/2 + .10·1 + .05·.5 + .40·(1+1)/2 + .20·1 = .1875 + .1 + .025 + .4 + .2 = .9125 (met, ≥ 0.8);
	 * A(2) = .25·.8 + .15·.8 + .40·.8 + .20·.5 = .2 + .12 + .32 + .1 = .74 (成本管理 empty: 协同办公 carries 15%);
	 * A(3) = .25·(.5+0)/2 + .15·0 + .40·.5 + .20·0 = .0625 + .2 = .2625 (协同办公 marked empty: 成本管理 carries 15%);
	 * S = 1 + .74 + .2625 = 2.0025 → 二级 [1.8, 2.8).
	 */
	@Test
	void untailoredSmeltingAssessmentScoresAsWorkedOutByHand() throws Exception {
		Path file = write("smelting.json", Map.of("standard", "T/TEST 001—2025", "revision", "small_fixture", "sector", "冶炼", "ratings", smeltingRatings()));
		Run run = runMain(file.toString());
		assertEquals(0, run.exit(), run.err());
		Map<String, Object> r = json(run.out());
		assertEquals(List.of("0.9125", "0.74", "0.2625"), exactScores(r));
		assertEquals(List.of(true, false, false), met(r));
		assertEquals("2.0025", r.get("totalExact"));
		assertEquals(new BigDecimal("2.0025"), r.get("total"));
		assertEquals("二级", r.get("levelName"));
		assertEquals("T/TEST 001—2025", r.get("standard"));
		assertEquals("draft", r.get("status"));
	}

	/**
	 * 能源管理 tailored out: 生产作业 carries the whole 数字化生产 domain, 60%. A(1) = .1875 + .1 + .025 + .6 = .9125;
	 * A(2) = .2 + .12 + .6·.8 = .8 — exactly the threshold, met under "≥"; A(3) = .0625 + 0 + .6·.5 = .3625;
	 * S = 1 + 1 + .3625 = 2.3625 → 二级.
	 */
	@Test
	void tailoredAssessmentRedistributesWithinTheDomain() throws Exception {
		Map<String, Object> ratings = smeltingRatings();
		ratings.keySet().removeIf(k -> k.startsWith("表6.能源管理."));
		Path file = write("tailored.json", Map.of("revision", "small_fixture", "sector", "冶炼", "tailored", List.of("表2.能源管理"), "ratings", ratings));
		Run run = runMain(file.toString());
		assertEquals(0, run.exit(), run.err());
		Map<String, Object> r = json(run.out());
		assertEquals(List.of("0.9125", "0.8", "0.3625"), exactScores(r));
		assertEquals(List.of(true, true, false), met(r));
		assertEquals("2.3625", r.get("totalExact"));
		assertEquals(2L, ((BigDecimal) r.get("level")).longValueExact());
	}

	/**
	 * Composite (median per type): 冶炼 units A (output 300, the ratings above) and B (100, all 全部满足), 加工 unit C (100,
	 * all 不满足). Type weights 400/500 = .8 and .2; the median of two values is their mean: A_SUM(1) = .8·(.9125+1)/2 =
	 * .765, A_SUM(2) = .8·(.74+1)/2 = .696, A_SUM(3) = .8·(.2625+1)/2 = .505; nothing met, S = 1.966 → 二级.
	 */
	@Test
	void compositeEnterpriseAggregatesByTheDeclaredMedian() throws Exception {
		Map<String, Object> allTop = new LinkedHashMap<>();
		smeltingRatings().keySet().forEach(k -> allTop.put(k, "全部满足"));
		Map<String, Object> allNone = new LinkedHashMap<>();
		for (String id : com.maturityworkbench.scoring.model.SectorModel.of(emfModel, "加工").clauseOrder()) {
			allNone.put(id, "不满足");
		}
		Map<String, Object> composite = Map.of("revision", "small_fixture", "composite",
				Map.of("outputBasis", "values", "units",
						List.of(Map.of("name", "冶炼一厂", "sector", "冶炼", "output", 300, "ratings", smeltingRatings()),
								Map.of("name", "冶炼二厂", "sector", "冶炼", "output", 100, "ratings", allTop),
								Map.of("name", "加工厂", "sector", "加工", "output", 100, "ratings", allNone))));
		Run run = runMain(write("composite.json", composite).toString());
		assertEquals(0, run.exit(), run.err());
		Map<String, Object> r = json(run.out());
		assertEquals("median", r.get("aggregation"));
		assertEquals(List.of("0.765", "0.696", "0.505"), exactScores(r));
		assertEquals("1.966", r.get("totalExact"));
		assertEquals("二级", r.get("levelName"));
	}

	@AfterEach
	void chinese() {
		Language.set(Language.ZH);
	}

	/** Shape problems and misfits are listed together, no stack trace, exit 2. */
	@Test
	void invalidAssessmentIsRefusedWithEveryProblemNamed() throws Exception {
		Language.set(Language.EN); // the runtime's messages, asserted in English
		Map<String, Object> ratings = smeltingRatings();
		ratings.remove("表6.能源管理.三级.1");
		ratings.put("表5.组织建设.一级.1", "很好");
		ratings.put("表7.生产作业.一级.1", 1);
		Path file = write("bad.json", Map.of("revision", "small_fixture", "sector", "冶炼", "tailored", List.of("表1.组织建设"), "ratings", ratings, "extra", 1));
		Run run = runMain(file.toString());
		assertEquals(2, run.exit());
		assertEquals("", run.out());
		assertTrue(run.err().contains("unknown key \"extra\""), run.err());
		assertTrue(run.err().contains("\"很好\", neither a value nor a name of the scale"), run.err());
		assertTrue(run.err().contains("clause \"表7.生产作业.一级.1\" belongs to table 表3 (加工)"), run.err());
		assertTrue(run.err().contains("missing rating for clause \"表6.能源管理.三级.1\""), run.err());
		assertFalse(run.err().contains("missing rating for clause \"表5.组织建设.一级.1\""), "an unreadable rating is not also reported missing");
		assertTrue(run.err().contains("subdomain \"表1.组织建设\" may not be tailored"), run.err());
		assertFalse(run.err().contains("Exception"), run.err());
		Run missing = runMain(work.resolve("nosuch.json").toString());
		assertEquals(2, missing.exit());
		assertTrue(missing.err().contains("no such file"), missing.err());
		Files.writeString(work.resolve("broken.json"), "{\"revision\": ");
		Run broken = runMain(work.resolve("broken.json").toString());
		assertEquals(2, broken.exit());
		assertTrue(broken.err().contains("not valid JSON: line 1, column 14"), broken.err());
	}

	/** The built jar holds the runtime and the generated classes, names its main class, and runs standalone. */
	@Test
	void jarRunsStandaloneWithJavaDashJar() throws Exception {
		Path jar = work.resolve("small_fixture-scoring.jar");
		Files.write(jar, tree.file("small_fixture-scoring.jar"));
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			String manifest = new String(zip.getInputStream(zip.getEntry("META-INF/MANIFEST.MF")).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(manifest.contains("Main-Class: com.maturityworkbench.generated.small_fixture.Main"), manifest);
			assertTrue(manifest.contains("Standard-Code: T/TEST 001—2025"), manifest);
			assertTrue(manifest.contains("Revision-Status: draft"), manifest);
			assertTrue(zip.getEntry("com/maturityworkbench/scoring/engine/ScoringEngine.class") != null);
			assertTrue(zip.getEntry("com/maturityworkbench/generated/small_fixture/SmeltingTables.class") != null);
		}
		Path file = write("smelting-jar.json", Map.of("revision", "small_fixture", "sector", "冶炼", "ratings", smeltingRatings()));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process p = new ProcessBuilder(java, "-jar", jar.toString(), file.toString()).redirectErrorStream(false).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, p.exitValue(), err);
		assertEquals(runMain(file.toString()).out(), out);
		assertEquals(List.of("0.9125", "0.74", "0.2625"), exactScores(json(out)));
	}
}
