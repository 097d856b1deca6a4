package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.generator.GeneratedTree;
import com.maturityworkbench.generator.GenerationException;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.generator.GenerationRefused;
import com.maturityworkbench.generator.Generator;
import com.maturityworkbench.scoring.i18n.Language;

/** Refusal of a revision with errors, and the atomic, contained writing of the generated tree. */
class GeneratedTreeTest {

	/** The language a test set does not outlive it: the next test class starts in Chinese, the default. */
	@AfterEach
	void restoreChinese() {
		Language.set(Language.ZH);
	}
	private static GeneratedTree tree;
	private static final GenerationModel.Stamp STAMP = new GenerationModel.Stamp("T/TEST 001—2025", "small_fixture", "draft");

	@TempDir
	Path temp;

	@BeforeAll
	static void generate() throws Exception {
		tree = Generation.generator().generate(Generation.load(Generation.smallFixture()).model(), Generator.Progress.NONE, false);
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	/** Every file under {@code dir} with its content, for before/after comparisons. */
	static Map<String, String> snapshot(Path dir) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (!Files.exists(dir)) {
			return files;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.toList()) {
				String key = dir.relativize(p).toString();
				files.put(key, Files.isDirectory(p) ? "<dir>" : new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	/** The small fixture as a final revision: its content warnings become errors, and generation is refused. */
	@Test
	void revisionWithErrorsIsRefusedAndNothingIsWritten() throws Exception {
		Generation.Loaded broken = Generation.load(Generation.smallFixture(), s -> s.replace("status draft", "status final"));
		assertTrue(broken.findings().stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR));
		Path out = temp.resolve("out");
		GenerationRefused refused = assertThrows(GenerationRefused.class, () -> Generation.generator().generate(broken.revision(), broken.findings(), Generator.Progress.NONE));
		assertEquals(broken.findings(), refused.findings());
		long errors = broken.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
		assertEquals(errors, refused.errors().size());
		assertEquals("修订版 small_fixture 有 " + errors + " 个校验错误，未生成任何文件", refused.getMessage());
		assertFalse(Files.exists(out));
	}

	@Test
	void writesEveryFileInsideTheFolderAndListsThem() throws Exception {
		Path out = temp.resolve("a/b/out");
		var written = tree.writeTo(out);
		assertEquals(tree.files().size(), written.size());
		for (String path : tree.files().keySet()) {
			assertTrue(Files.isRegularFile(out.resolve(path)), path);
		}
		assertTrue(Files.isRegularFile(out.resolve(GeneratedTree.MANIFEST)));
		try (Stream<Path> list = Files.list(out)) {
			assertTrue(list.noneMatch(p -> p.getFileName().toString().startsWith(".mwb-generate-")), "temporary folder left behind");
		}
	}

	/** A failure after two top-level entries are in place: they are taken back, the old ones restored. */
	@Test
	void failureMidWayLeavesTheFolderAsItWas() throws Exception {
		Path out = temp.resolve("out");
		GeneratedTree previous = new GeneratedTree(STAMP);
		previous.addText("model.json", "{\"old\": true}\n");
		previous.addText("docs/small_fixture.html", "old page");
		previous.writeTo(out);
		Files.writeString(out.resolve("notes.txt"), "the user's own file");
		Map<String, String> before = snapshot(out);
		int[] moves = { 0 };
		IOException failure = assertThrows(IOException.class, () -> tree.writeTo(out, entry -> {
			if (++moves[0] == 3) {
				throw new IOException("disk full (simulated) before " + entry);
			}
		}));
		assertTrue(failure.getMessage().contains("simulated"));
		assertEquals(before, snapshot(out));
	}

	@Test
	void failureInAFolderThatDidNotExistRemovesIt() throws Exception {
		Path out = temp.resolve("new/out");
		assertThrows(IOException.class, () -> tree.writeTo(out, entry -> {
			throw new IOException("simulated");
		}));
		assertFalse(Files.exists(temp.resolve("new")));
	}

	@Test
	void regenerationReplacesThePreviousOutput() throws Exception {
		Path out = temp.resolve("out");
		GeneratedTree previous = new GeneratedTree(STAMP);
		previous.addText("docs/stale.html", "stale");
		previous.addText("model.json", "{}");
		previous.writeTo(out);
		tree.writeTo(out);
		assertFalse(Files.exists(out.resolve("docs/stale.html")));
		assertEquals(tree.text("model.json"), Files.readString(out.resolve("model.json")));
	}

	/** A docs/ folder mwb did not write is never replaced: the run is refused before anything is written. */
	@Test
	void foreignEntryOfTheSameNameIsNotOverwritten() throws Exception {
		Path out = temp.resolve("out");
		Files.createDirectories(out.resolve("docs"));
		Files.writeString(out.resolve("docs/handbook.md"), "mine");
		Map<String, String> before = snapshot(out);
		GenerationException e = assertThrows(GenerationException.class, () -> tree.writeTo(out));
		assertEquals(out + " 中已有 docs，它不是 mwb generate 写入的；未写入任何文件。请删除它或另选输出文件夹", e.getMessage());
		assertEquals(before, snapshot(out));
		Language.set(Language.EN);
		e = assertThrows(GenerationException.class, () -> tree.writeTo(out));
		assertEquals(out + " already holds docs, not written by mwb generate; nothing was written. Remove it or choose another output folder", e.getMessage());
		assertEquals(before, snapshot(out));
	}

	@Test
	void pathsThatWouldLeaveTheFolderAreRefused() {
		GeneratedTree t = new GeneratedTree(STAMP);
		for (String bad : new String[] { "../x.json", "/etc/x", "a/../../x", "a//b", "C:\\x", "a\\..\\b", ".mwb-generate.json", "", "a/./b" }) {
			assertThrows(IllegalArgumentException.class, () -> t.addText(bad, "x"), bad);
		}
		t.addText("templates/smelting.csv", "x");
		assertThrows(IllegalArgumentException.class, () -> t.addText("templates", "x"));
		assertThrows(IllegalArgumentException.class, () -> t.addText("templates/smelting.csv/x", "x"));
	}

	@Test
	void outputThatIsAFileIsRefused() throws Exception {
		Path file = Files.writeString(temp.resolve("plain.txt"), "x");
		assertThrows(GenerationException.class, () -> tree.writeTo(file));
		assertEquals("x", Files.readString(file));
	}
}
