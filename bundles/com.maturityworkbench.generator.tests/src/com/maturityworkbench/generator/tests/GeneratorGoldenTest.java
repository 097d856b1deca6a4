package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.assessment.report.ResultJson;
import com.maturityworkbench.generator.GeneratedTree;
import com.maturityworkbench.generator.Generator;

/**
 * Golden files: every text output of the small fixture revision ({@code fixtures/small}: 3 levels, 2 sectors, a marked
 * and an unmarked empty cell, a row without weight, tailoring of two subdomains, median aggregation) — the generated
 * Java, model.json, the JSON Schema, the HTML and Markdown pages and the CSV templates — compared whole with the files
 * under {@code golden/small/}.
 *
 * <p>To regenerate the golden files after an intended change, run the tests with {@code -Dmwb.golden.update=true}:
 * {@code tools/maven.sh -B install -Dmwb.golden.update=true} (the tests bundle's pom passes the property to the test
 * runtime); the test then writes the files instead of comparing, and fails once so that the change is looked at. Review
 * the diff with {@code git diff bundles/com.maturityworkbench.generator.tests/golden}.
 */
class GeneratorGoldenTest {
	private static GeneratedTree tree;

	@BeforeAll
	static void generate() throws Exception {
		tree = Generation.generator().generate(Generation.load(Generation.smallFixture()).model(), Generator.Progress.NONE, false);
	}

	private static Path golden() {
		return Generation.repoRoot().resolve(Generation.GOLDEN);
	}

	private static boolean update() {
		return Boolean.getBoolean("mwb.golden.update");
	}

	/** The text outputs: everything but the XLSX workbooks (zip, with a creation time) and the jar (not built here). */
	private static List<String> textOutputs() {
		return tree.files().keySet().stream().filter(p -> !p.endsWith(".xlsx") && !p.endsWith(".docx") && !p.endsWith(".jar")).toList();
	}

	@Test
	void everyTextOutputEqualsItsGoldenFile() throws IOException {
		if (update()) {
			if (Files.exists(golden())) {
				try (Stream<Path> walk = Files.walk(golden())) {
					for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
						Files.delete(p);
					}
				}
			}
			for (String path : textOutputs()) {
				Path target = golden().resolve(path);
				Files.createDirectories(target.getParent());
				Files.write(target, tree.file(path));
			}
			throw new AssertionError("golden files rewritten under " + golden() + "; run again without -Dmwb.golden.update and review the diff");
		}
		List<String> mismatches = new ArrayList<>();
		for (String path : textOutputs()) {
			Path file = golden().resolve(path);
			if (!Files.exists(file)) {
				mismatches.add(path + ": no golden file");
				continue;
			}
			String expected = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
			String actual = new String(tree.file(path), StandardCharsets.UTF_8);
			if (!expected.equals(actual)) {
				mismatches.add(path + ": differs at character " + firstDifference(expected, actual) + " (line " + lineAt(actual, firstDifference(expected, actual))
						+ ")");
			}
		}
		assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
	}

	@Test
	void goldenFolderHoldsExactlyTheTextOutputs() throws IOException {
		TreeSet<String> goldenFiles = new TreeSet<>();
		try (Stream<Path> walk = Files.walk(golden())) {
			walk.filter(Files::isRegularFile).forEach(p -> goldenFiles.add(golden().relativize(p).toString().replace('\\', '/')));
		}
		assertEquals(new TreeSet<>(textOutputs()), goldenFiles);
	}

	@Test
	void layoutNamesTemplatesBySectorCodeAndDocsByRevision() {
		assertEquals(List.of("model.json", "assessment.schema.json", "result.schema.json", "templates/smelting.csv", "templates/smelting.xlsx",
				"templates/processing.csv", "templates/processing.xlsx", "docs/small_fixture.html", "docs/small_fixture.md",
				"docs/small_fixture.docx", "docs/small_fixture-weights.xlsx", "java/resources/META-INF/services/com.maturityworkbench.scoring.compiled.CompiledRevision"),
				tree.files().keySet().stream().filter(p -> !p.startsWith("java/src/")).toList());
		// the revision's data and rules only: every revision-independent class is in the runtime
		assertEquals(List.of("ScoringModel.java", "SmeltingTables.java", "ProcessingTables.java", "Registration.java"),
				tree.files().keySet().stream().filter(p -> p.startsWith("java/src/com/maturityworkbench/generated/small_fixture/"))
						.map(p -> p.substring(p.lastIndexOf('/') + 1)).toList());
	}

	/**
	 * Every generated file names the standard code, the revision and its status — except result.schema.json, the
	 * assessment library's schema of the result format, which is the same for every revision.
	 */
	@Test
	void everyFileIsStampedWithStandardRevisionAndStatus() {
		assertEquals(ResultJson.schema(), tree.text("result.schema.json"));
		for (Map.Entry<String, byte[]> f : tree.files().entrySet()) {
			if (f.getKey().endsWith(".xlsx") || f.getKey().endsWith(".docx") || f.getKey().equals("result.schema.json")) {
				continue; // the workbooks are checked in TemplatesTest, the Word document (zipped) in WordDocumentTest
			}
			String text = new String(f.getValue(), StandardCharsets.UTF_8);
			assertTrue(text.contains("T/TEST 001—2025"), f.getKey() + " lacks the standard code");
			assertTrue(text.contains("small_fixture"), f.getKey() + " lacks the revision");
			assertTrue(text.contains("draft"), f.getKey() + " lacks the status");
		}
	}

	private static int firstDifference(String a, String b) {
		int n = Math.min(a.length(), b.length());
		for (int i = 0; i < n; i++) {
			if (a.charAt(i) != b.charAt(i)) {
				return i;
			}
		}
		return n;
	}

	private static int lineAt(String s, int index) {
		int line = 1;
		for (int i = 0; i < index && i < s.length(); i++) {
			if (s.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}
}
