package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.scoring.json.JsonReader;

/**
 * {@code java -jar nonferrous_dt_maturity-scoring.jar}, the jar {@code mwb generate} writes for the shipped draft, run
 * in a separate process on the four shipped example assessments — the composite whose units name files, the JSON
 * smelter, the CSV mine, the XLSX processor — and on the mine's CSV as Excel in a Chinese locale saves it (GB18030):
 * its output is byte for byte that of {@code mwb score} (run in this test), JSON, text and HTML alike, and the values
 * are the documented ones.
 */
class StandaloneJarTest {
	@TempDir
	static Path out;
	private static Path jar;

	@BeforeAll
	static void generate() {
		Cli.Run run = Cli.run("generate", Models.shipped().toString(), "--out", out.toString());
		assertEquals(0, run.exit(), run.err());
		jar = out.resolve("nonferrous_dt_maturity-scoring.jar");
		assertTrue(Files.isRegularFile(jar) && Files.isRegularFile(out.resolve("nonferrous_dt_maturity-model.jar")) && Files.isRegularFile(out.resolve(
				"result.schema.json")));
	}

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

	/** The jar's JSON equals mwb score's byte for byte; returns it parsed. */
	private static Map<?, ?> sameAsMwbScore(Path assessment) throws Exception {
		Cli.Run mwb = Cli.score(Models.shipped(), assessment, "--format", "json");
		assertEquals(0, mwb.exit(), mwb.err());
		Process p = javaDashJar(assessment);
		assertEquals(0, p.exit(), p.err());
		assertEquals("", p.err());
		assertEquals(mwb.out(), p.out(), assessment.toString());
		return (Map<?, ?>) JsonReader.parse(p.out());
	}

	@Test
	void everyShippedExampleScoresAsWithMwbScore() throws Exception {
		Map<String, String> documented = new LinkedHashMap<>();
		documented.put(ExampleAssessments.COMPOSITE, "2.7324 二级");
		documented.put(ExampleAssessments.SMELTING, "3.3691 三级");
		documented.put(ExampleAssessments.MINING, "2.6420 二级");
		documented.put(ExampleAssessments.PROCESSING, "2.0610 二级");
		for (Map.Entry<String, String> e : documented.entrySet()) {
			Map<?, ?> r = sameAsMwbScore(ExampleAssessments.folder().resolve(e.getKey()));
			assertEquals(e.getValue(), r.get("total") + " " + r.get("levelLabel"), e.getKey());
			assertEquals(ShippedExampleAssessmentsTest.README.get(e.getKey().substring(0, e.getKey().indexOf('-'))), r.get("total") + " " + r.get("levelLabel"));
		}
		Map<?, ?> smelting = sameAsMwbScore(ExampleAssessments.folder().resolve(ExampleAssessments.SMELTING));
		assertEquals("452804047/134400000", smelting.get("totalExact"));
		Map<?, ?> composite = sameAsMwbScore(ExampleAssessments.folder().resolve(ExampleAssessments.COMPOSITE));
		List<?> units = (List<?>) ((Map<?, ?>) composite.get("composite")).get("units");
		assertTrue(((String) ((Map<?, ?>) units.get(0)).get("file")).endsWith(ExampleAssessments.MINING), "the unit's own file is read");
	}

	/** The mine's CSV saved as GB18030 scores the same as the UTF-8 original. */
	@Test
	void gb18030CsvScoresLikeItsUtf8Original() throws Exception {
		Path original = ExampleAssessments.folder().resolve(ExampleAssessments.MINING);
		String text = new String(Files.readAllBytes(original), StandardCharsets.UTF_8);
		Path gb = out.resolve("mining-gb18030.csv");
		Files.write(gb, (text.startsWith("\uFEFF") ? text.substring(1) : text).getBytes(Charset.forName("GB18030")));
		Map<?, ?> r = sameAsMwbScore(gb);
		Map<?, ?> utf8 = sameAsMwbScore(original);
		assertEquals("2.6420", r.get("total"));
		for (String key : List.of("levelScoresExact", "met", "totalExact", "domains", "subdomains", "draftGaps", "nextLevelGaps")) {
			assertEquals(utf8.get(key), r.get(key), key);
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
		assertTrue(javaDashJar(smelting, "--format", "text").out().contains("\nS = 3.3691 → 三级      （progressive on：S = 3.3691 → 三级）\n"));
	}
}
