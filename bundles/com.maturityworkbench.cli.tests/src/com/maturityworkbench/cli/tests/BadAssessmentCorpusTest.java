package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.json.JsonReader;

/**
 * The bad-assessment corpus ({@code bad-assessments/} of this bundle): one file per kind of unusable input, and the
 * valid variants a spreadsheet or an editor may produce, each with what must happen in {@code manifest.tsv} beside
 * them. Every entry runs through {@code mwb score} and through the generated standalone jar
 * ({@code java -jar hand-scoring.jar}) against the {@link HandModel}: a bad file exits 2 with nothing on stdout, the
 * exact first line of stderr (which names the file, its line, row, sheet or key and the reason, in Chinese), and no
 * file written; a valid one exits 0 with the hand-worked total S = 2.77 of
 * {@link HandWorkedScoresTest#fullMiningAssessmentWithTailoring} (the corpus's base assessment). The files too large
 * or too odd to commit are made here ({@link MadeFiles}).
 */
class BadAssessmentCorpusTest {
	/** A manifest line: the file, the exit code, the first line of stderr (exit 2) or the exact total S (exit 0). */
	record Entry(String file, int exit, String expected) {
		@Override
		public String toString() {
			return file;
		}
	}

	@TempDir
	static Path dir;
	static Path model;
	static Path corpus;
	static Path jar;
	static Map<String, Long> before;

	static Path source() {
		return Path.of(System.getProperty("mwb.repo.root", "../.."), "bundles", "com.maturityworkbench.cli.tests", "bad-assessments");
	}

	static List<Entry> entries() throws IOException {
		List<Entry> entries = new ArrayList<>();
		for (String line : Files.readAllLines(source().resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t", 3);
			entries.add(new Entry(f[0], Integer.parseInt(f[1]), f[2]));
		}
		return entries;
	}

	@BeforeAll
	static void setUp() throws IOException {
		Language.set(Language.ZH);
		model = HandModel.write(dir);
		corpus = Files.createDirectories(dir.resolve("corpus"));
		try (Stream<Path> files = Files.list(source())) {
			for (Path f : files.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
				Files.copy(f, corpus.resolve(f.getFileName().toString()));
			}
		}
		MadeFiles.make(corpus);
		Path out = dir.resolve("generated");
		Cli.Run gen = Cli.run("generate", model.toString(), "--out", out.toString());
		assertEquals(0, gen.exit(), gen.err());
		jar = out.resolve("hand-scoring.jar");
		assertTrue(Files.isRegularFile(jar), jar.toString());
		before = listing(corpus);
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@AfterAll
	static void nothingWritten() throws IOException {
		assertEquals(before, listing(corpus), "no file written or changed in the corpus folder");
	}

	private static Map<String, Long> listing(Path folder) throws IOException {
		Map<String, Long> files = new TreeMap<>();
		try (Stream<Path> all = Files.list(folder)) {
			for (Path f : all.toList()) {
				files.put(f.getFileName().toString(), Files.size(f) * 31 + Files.getLastModifiedTime(f).toMillis());
			}
		}
		return files;
	}

	@Test
	void theCorpusCoversEveryKindWithAtLeastFortyBadFiles() throws IOException {
		List<Entry> entries = entries();
		assertTrue(entries.stream().filter(e -> e.exit() == 2).count() >= 40, entries.toString());
		try (Stream<Path> files = Files.list(corpus)) {
			List<String> listed = entries.stream().map(Entry::file).sorted().toList();
			List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("manifest.tsv")).sorted().toList();
			assertEquals(listed, present, "every file of the corpus (committed or made) has one manifest line");
		}
	}

	/** {@code {file}} is the assessment as named on the command line, {@code {dir}} its folder. */
	private static String expected(Entry e, Path file) {
		return e.expected().replace("{file}", file.toString()).replace("{dir}", file.getParent().toString());
	}

	@ParameterizedTest(name = "mwb score {0}")
	@MethodSource("entries")
	void mwbScore(Entry e) {
		Path file = corpus.resolve(e.file());
		Cli.Run run = Cli.score(model, file, "--format", "json");
		assertEquals(e.exit(), run.exit(), run.err());
		if (e.exit() == 0) {
			assertEquals("", run.err());
			assertEquals(e.expected(), run.json().get("totalExact"));
		} else {
			assertEquals("", run.out(), "nothing on stdout");
			assertEquals(expected(e, file), run.errLines().get(0));
			String last = run.errLines().get(run.errLines().size() - 1);
			assertTrue(last.startsWith("mwb: " + file + ": "), last);
		}
	}

	@ParameterizedTest(name = "java -jar hand-scoring.jar {0}")
	@MethodSource("entries")
	void standaloneJar(Entry e) throws Exception {
		Path file = corpus.resolve(e.file());
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), file.toString(),
				"--format", "json");
		Process p = new ProcessBuilder(command).start();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Thread drain = new Thread(() -> {
			try {
				p.getErrorStream().transferTo(err);
			} catch (IOException ignored) {
				// the process ended
			}
		});
		drain.start();
		String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(120, TimeUnit.SECONDS));
		drain.join();
		String stderr = err.toString(StandardCharsets.UTF_8);
		assertEquals(e.exit(), p.exitValue(), stderr);
		if (e.exit() == 0) {
			assertEquals("", stderr);
			assertEquals(e.expected(), ((Map<?, ?>) JsonReader.parse(stdout)).get("totalExact"));
		} else {
			assertEquals("", stdout, "nothing on stdout");
			assertEquals(expected(e, file), stderr.lines().findFirst().orElse(""));
			assertTrue(stderr.lines().reduce((a, b) -> b).orElse("").startsWith("hand-scoring: " + file + ": "), stderr);
		}
	}
}
