package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.generator.GeneratedTree;
import com.maturityworkbench.generator.GenerationException;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.generator.Generator;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * Generation never loses a user's file and never leaves a broken output: files a user put into a generated folder are
 * kept (the run is refused, naming them), a folder of other things is refused unless forced, symbolic links are not
 * followed, a full disk or a denied write leaves the folder as it was, a kill at any moment leaves the previous or
 * the new output (after the next run has finished the leftover), and the same input gives the same bytes.
 */
class GenerationSafetyTest {

	/** The language a test set does not outlive it: the next test class starts in Chinese, the default. */
	@AfterEach
	void restoreChinese() {
		Language.set(Language.ZH);
	}
	private static GeneratedTree tree;
	private static GeneratedTree previous;
	private static final GenerationModel.Stamp STAMP = new GenerationModel.Stamp("T/TEST 001—2025", "small_fixture", "draft");

	@TempDir
	Path temp;

	@BeforeAll
	static void generate() throws Exception {
		tree = Generation.generator().generate(Generation.load(Generation.smallFixture()).model(), Generator.Progress.NONE, false);
		previous = new GeneratedTree(STAMP);
		previous.addText("model.json", "{\"old\": true}\n");
		previous.addText("docs/small_fixture.html", "old page");
		previous.addText("templates/mining.csv", "old template");
		previous.addText("old-only.txt", "an entry the new run does not make");
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private static Map<String, String> snapshot(Path dir) throws IOException {
		return GeneratedTreeTest.snapshot(dir);
	}

	/** What {@code tree} writes into an empty folder, to compare outputs with. */
	private Map<String, String> expectedNew() throws Exception {
		Path clean = temp.resolve("expected-new");
		tree.writeTo(clean);
		return snapshot(clean);
	}

	private static void copyTree(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	@Test
	void aFileTheUserPutIntoDocsIsKeptAndNamed() throws Exception {
		Path out = temp.resolve("out");
		previous.writeTo(out);
		Files.writeString(out.resolve("docs/my-notes.md"), "the user's notes");
		Files.createDirectories(out.resolve("templates/filled"));
		Files.writeString(out.resolve("templates/filled/acme.csv"), "an assessment the user filled in");
		Map<String, String> before = snapshot(out);
		GenerationException e = assertThrows(GenerationException.class, () -> tree.writeTo(out));
		assertEquals(out + " 中已有 templates/filled/acme.csv, docs/my-notes.md，它们不是 mwb generate 写入的；未写入任何文件。请删除它们或另选输出文件夹",
				e.getMessage());
		assertEquals(before, snapshot(out));
		Language.set(Language.EN);
		e = assertThrows(GenerationException.class, () -> tree.writeTo(out));
		assertEquals(out + " already holds templates/filled/acme.csv, docs/my-notes.md, not written by mwb generate; nothing was written."
				+ " Remove them or choose another output folder", e.getMessage());
	}

	@Test
	void anEmptyFolderTheUserMadeInsideTemplatesIsKeptToo() throws Exception {
		Path out = temp.resolve("out");
		previous.writeTo(out);
		Files.createDirectories(out.resolve("templates/keep"));
		GenerationException e = assertThrows(GenerationException.class, () -> tree.writeTo(out));
		assertTrue(e.getMessage().contains("templates/keep/"), e.getMessage());
		assertTrue(Files.isDirectory(out.resolve("templates/keep")));
	}

	@Test
	void regenerationOverItsOwnOutputReplacesIt() throws Exception {
		Path out = temp.resolve("out");
		previous.writeTo(out);
		tree.writeTo(out);
		Map<String, String> after = snapshot(out);
		after.remove("old-only.txt"); // an entry of the previous list that the new run does not make is left in place
		assertEquals(expectedNew(), after);
	}

	@Test
	void aFolderOfOtherThingsIsRefusedUnlessForced() throws Exception {
		Path out = Files.createDirectories(temp.resolve("photos"));
		Files.writeString(out.resolve("holiday.jpg"), "jpeg");
		GenerationException e = assertThrows(GenerationException.class, () -> tree.writeTo(out));
		assertEquals(out + " 不是空文件夹（其中有 holiday.jpg），也不是 mwb generate 以前的输出；未写入任何文件。请另选输出文件夹，或加 --force 写在其中已有内容旁边（已有的文件一个也不替换）",
				e.getMessage());
		assertEquals(Map.of("", "<dir>", "holiday.jpg", "jpeg"), snapshot(out));
		tree.writeTo(out, true, entry -> {
		}, GeneratedTree.FileSink.DISK);
		assertEquals("jpeg", Files.readString(out.resolve("holiday.jpg")));
		assertEquals(tree.text("model.json"), Files.readString(out.resolve("model.json")));
	}

	/** A generated entry replaced by a link to elsewhere: the link is not followed, its target not touched. */
	@Test
	void aSymbolicLinkThatLeavesTheFolderIsNeitherFollowedNorReplaced() throws Exception {
		Path out = temp.resolve("out");
		previous.writeTo(out);
		Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
		Files.writeString(elsewhere.resolve("precious.txt"), "precious");
		Path docs = out.resolve("docs");
		GeneratedTree.finishInterruptedRuns(out);
		Files.walk(docs).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		Files.createSymbolicLink(docs, elsewhere);
		GenerationException e = assertThrows(GenerationException.class, () -> tree.writeTo(out));
		assertEquals(out + " 中已有 docs，它不是 mwb generate 写入的；未写入任何文件。请删除它或另选输出文件夹", e.getMessage());
		assertTrue(Files.isSymbolicLink(docs));
		assertEquals(Map.of("", "<dir>", "precious.txt", "precious"), snapshot(elsewhere));
	}

	/** A disk that fills up after a few files (a double of the writer): the folder stays as it was, nothing left over. */
	@Test
	void aFullDiskLeavesTheFolderAsItWas() throws Exception {
		Path out = temp.resolve("out");
		previous.writeTo(out);
		Map<String, String> before = snapshot(out);
		int[] writes = { 0 };
		IOException e = assertThrows(IOException.class, () -> tree.writeTo(out, false, entry -> {
		}, (target, content) -> {
			if (++writes[0] == 4) {
				throw new FileSystemException(target.toString(), null, "No space left on device");
			}
			GeneratedTree.FileSink.DISK.write(target, content);
		}));
		assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
		assertEquals(before, snapshot(out));
	}

	/** A folder the run may not write into (a double: the machine's tests run as root, who may write anywhere). */
	@Test
	void aDeniedWriteLeavesTheFolderAsItWas() throws Exception {
		Path out = temp.resolve("out");
		previous.writeTo(out);
		Map<String, String> before = snapshot(out);
		assertThrows(AccessDeniedException.class, () -> tree.writeTo(out, false, entry -> {
		}, (target, content) -> {
			throw new AccessDeniedException(target.toString());
		}));
		assertEquals(before, snapshot(out));
	}

	/**
	 * kill -9 at every step of a run: before each file is written and before each entry is moved, the folder as the
	 * killed run would leave it is copied; the next run's first step ({@link GeneratedTree#finishInterruptedRuns})
	 * then leaves in each copy exactly the previous output or exactly the new one, and no leftover.
	 */
	@Test
	void aKillAtAnyMomentLeavesThePreviousOrTheNewOutput() throws Exception {
		Path out = temp.resolve("out");
		previous.writeTo(out);
		Map<String, String> old = snapshot(out);
		Map<String, String> fresh = new TreeMap<>(expectedNew());
		fresh.put("old-only.txt", "an entry the new run does not make"); // left in place by a regeneration
		List<Path> kills = new ArrayList<>();
		tree.writeTo(out, false, entry -> kills.add(killHere(out, kills.size())), (target, content) -> {
			kills.add(killHere(out, kills.size()));
			GeneratedTree.FileSink.DISK.write(target, content);
		});
		kills.add(killHere(out, kills.size()));
		int sawOld = 0;
		int sawNew = 0;
		for (Path killed : kills) {
			GeneratedTree.finishInterruptedRuns(killed);
			Map<String, String> state = snapshot(killed);
			if (state.equals(old)) {
				sawOld++;
			} else {
				assertEquals(fresh, state, () -> "killed at " + killed.getFileName());
				sawNew++;
			}
		}
		assertTrue(sawOld > tree.files().size(), "every kill while the files are written leaves the previous output: " + sawOld);
		assertTrue(sawNew > tree.topLevelEntries().size(), "every kill once the switch has begun leaves the new output: " + sawNew);
	}

	private Path killHere(Path out, int n) throws IOException {
		Path copy = temp.resolve("killed-" + n);
		copyTree(out, copy);
		return copy;
	}

	@Test
	void aLeftoverThatIsNotOursIsLeftAlone() throws Exception {
		Path out = temp.resolve("out");
		previous.writeTo(out);
		Files.createDirectories(out.resolve(".mwb-generate-mine"));
		Files.writeString(out.resolve(".mwb-generate-mine/notes.txt"), "not a run's folder: it has no new/");
		GeneratedTree.finishInterruptedRuns(out);
		assertTrue(Files.exists(out.resolve(".mwb-generate-mine/notes.txt"), LinkOption.NOFOLLOW_LINKS));
	}

	/**
	 * A run killed right after creating its temporary folder leaves it empty; one killed while removing it at its end
	 * may leave it without {@code new/} (only part of {@code old/}): both are the run's own and go with the next run.
	 */
	@Test
	void aLeftoverEmptyOrWithoutItsNewFolderIsRemoved() throws Exception {
		Path out = temp.resolve("out");
		previous.writeTo(out);
		Map<String, String> before = snapshot(out);
		Files.createDirectories(out.resolve(".mwb-generate-1"));
		Files.createDirectories(out.resolve(".mwb-generate-2/old/docs"));
		Files.writeString(out.resolve(".mwb-generate-2/old/docs/left.md"), "part of an earlier output, moved aside");
		Files.createDirectories(out.resolve(".mwb-generate-3/old"));
		Files.writeString(out.resolve(".mwb-generate-3/" + GeneratedTree.JOURNAL), "{\"entries\": [\"docs\"]}");
		GeneratedTree.finishInterruptedRuns(out);
		for (String leftover : List.of(".mwb-generate-1", ".mwb-generate-2", ".mwb-generate-3")) {
			assertFalse(Files.exists(out.resolve(leftover), LinkOption.NOFOLLOW_LINKS), leftover);
		}
		assertEquals(before, snapshot(out));
	}

	/** The same revision generated twice, more than a second apart: the same bytes, XLSX workbooks included. */
	@Test
	void theSameInputGivesByteIdenticalOutput() throws Exception {
		Thread.sleep(1_100); // the workbook's creation time has seconds
		GeneratedTree again = Generation.generator().generate(Generation.load(Generation.smallFixture()).model(), Generator.Progress.NONE, false);
		assertEquals(List.copyOf(tree.files().keySet()), List.copyOf(again.files().keySet()), "the same files in the same order");
		for (String path : tree.files().keySet()) {
			assertArrayEquals(tree.file(path), again.file(path), path);
		}
		byte[] xlsx = tree.file("templates/smelting.xlsx");
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
			int entries = 0;
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				entries++;
				assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
				String content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				if (e.getName().equals("docProps/core.xml")) {
					assertTrue(content.contains(">2000-01-01T00:00:00Z</dcterms:created>"), content);
				}
			}
			assertTrue(entries > 5, "a workbook: " + entries);
		}
	}

	/**
	 * A draft whose weights do not add up (a warning) passes validate, so it generates (mwb fuzz found it crashing):
	 * its sectors' tables are not baked, and scoring them refuses, saying why.
	 */
	@Test
	void aDraftWhoseWeightsDoNotAddUpGeneratesAndItsScoringRefuses() throws Exception {
		Generation.Loaded draft = Generation.load(Generation.smallFixture(), s -> s.replace("组织建设 25%", "组织建设 26%"));
		assertFalse(draft.findings().stream().anyMatch(f -> f.severity() == com.maturityworkbench.dsl.analysis.Finding.Severity.ERROR));
		GeneratedTree generated = Generation.generator().generate(draft.model(), Generator.Progress.NONE, false);
		String registration = generated.files().keySet().stream().filter(p -> p.endsWith("/Registration.java")).map(generated::text).findFirst()
				.orElseThrow();
		assertTrue(registration.contains("not baked"), registration);
		com.maturityworkbench.scoring.model.ModelException refused = assertThrows(com.maturityworkbench.scoring.model.ModelException.class,
				() -> new com.maturityworkbench.scoring.engine.ScoringEngine(draft.model().scoring()).effectiveModel("冶炼", java.util.Set.of()));
		assertTrue(refused.getMessage().contains("不是 100%：权重不对时不能评分"), refused.getMessage());
	}
}
