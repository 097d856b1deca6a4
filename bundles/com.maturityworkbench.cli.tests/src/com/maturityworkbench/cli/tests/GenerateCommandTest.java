package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.cli.MwbCommand;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * {@code mwb generate MODEL --out DIR}: exit codes, what is printed, what is written. In English (the generator's
 * progress lines are asserted as well), and the refusal once in Chinese.
 */
class GenerateCommandTest {

	/** The language a test set does not outlive it: the next test class starts in Chinese, the default. */
	@AfterEach
	void restoreChinese() {
		Language.set(Language.ZH);
	}
	@BeforeEach
	void english() {
		Language.set(Language.EN);
	}

	/** The generator tests' small fixture revision (3 levels, 2 sectors). */
	private static Path smallFixture() {
		return Path.of(System.getProperty("mwb.repo.root", "../..")).resolve("bundles/com.maturityworkbench.generator.tests/fixtures/small")
				.toAbsolutePath().normalize();
	}

	@TempDir
	Path temp;

	private record Run(int exit, String out, String err) {
	}

	private static Run mwb(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new MwbCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private Path copyOfFixture(String from, String to) throws IOException {
		Path dir = Files.createDirectories(temp.resolve("model"));
		try (Stream<Path> files = Files.list(smallFixture())) {
			for (Path p : files.toList()) {
				Files.writeString(dir.resolve(p.getFileName()), Files.readString(p, StandardCharsets.UTF_8).replace(from, to), StandardCharsets.UTF_8);
			}
		}
		return dir;
	}

	@Test
	void generatesEveryArtifactAndSaysWhatItWrote() {
		Path out = temp.resolve("out");
		Run run = mwb("generate", smallFixture().toString(), "--out", out.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("wrote " + out.resolve("model.json")), run.out());
		assertTrue(run.out().contains("wrote " + out.resolve("small_fixture-scoring.jar")), run.out());
		assertTrue(run.out().contains("generated small_fixture (T/TEST 001—2025, draft) into " + out
				+ ": 18 files, 2 sectors, 24 clauses; 4 warnings and 0 info carried into the documentation"), run.out());
		assertTrue(run.err().contains("mwb: compiling the scoring code of small_fixture"), run.err());
		for (String f : new String[] { "model.json", "assessment.schema.json", "templates/smelting.csv", "templates/processing.xlsx",
				"docs/small_fixture.html", "docs/small_fixture.md", "docs/small_fixture.docx", "docs/small_fixture-weights.xlsx", "java/src/com/maturityworkbench/generated/small_fixture/Registration.java",
				"result.schema.json", "small_fixture-scoring.jar", "small_fixture-model.jar" }) {
			assertTrue(Files.isRegularFile(out.resolve(f)), f);
		}
	}

	/** A file of the revision names the whole revision: the other files of its folder are read with it. */
	@Test
	void oneFileOfTheRevisionIsEnough() throws IOException {
		Path out = temp.resolve("out");
		Run run = mwb("generate", smallFixture().resolve("weights.maturity").toString(), "--out", out.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(Files.readString(out.resolve("model.json")).contains("\"revision\": \"small_fixture\""));
	}

	@Test
	void revisionWithErrorsIsRefusedWithItsFindingsAndNothingIsWritten() throws IOException {
		Path model = copyOfFixture("status draft", "status final");
		Path out = temp.resolve("out");
		Run run = mwb("generate", model.toString(), "--out", out.toString());
		assertEquals(1, run.exit());
		assertTrue(run.out().contains("requirements.maturity:28:7: error: Table 5 (“基础共性”), “成本管理”, level “二级” has no maturity requirements (empty cell)"),
				run.out());
		assertTrue(run.out().contains("3 files: 4 errors, 0 warnings, 0 info"), run.out());
		assertEquals("mwb: not generated: revision small_fixture has 4 errors; a revision with errors can neither be scored nor generated from\n",
				run.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void theRefusalIsInChineseByDefault() throws IOException {
		Language.set(Language.ZH);
		Path model = copyOfFixture("status draft", "status final");
		Path out = temp.resolve("out");
		Run run = mwb("generate", model.resolve("standard.maturity").toString(), "--out", out.toString());
		assertEquals(1, run.exit());
		assertTrue(run.out().contains("3 个文件：4 个错误，0 个警告，0 个提示"), run.out());
		assertEquals("mwb: 未生成：修订版 small_fixture 有 4 个错误；有错误的修订版不能评分，也不能据以生成\n", run.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void unusableInputIsExitTwo() throws IOException {
		Run noOut = mwb("generate", smallFixture().toString());
		assertEquals(2, noOut.exit());
		assertTrue(noOut.err().startsWith("mwb: generate: missing --out DIR\nUsage: mwb generate "), noOut.err());
		Run missing = mwb("generate", temp.resolve("nothing-here").toString(), "--out", temp.resolve("out").toString());
		assertEquals(2, missing.exit());
		assertTrue(missing.err().contains("no such file or folder"), missing.err());
		Path file = Files.writeString(temp.resolve("file.txt"), "x");
		Run outIsFile = mwb("generate", smallFixture().toString(), "--out", file.toString());
		assertEquals(2, outIsFile.exit());
		assertTrue(outIsFile.err().contains("exists and is not a folder"), outIsFile.err());
	}
}
