package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.scoring.i18n.Language;

/**
 * Where {@code mwb generate --out DIR} may write: not inside the revision's folder (not even through a symbolic link),
 * not into a folder of other things unless {@code --force} (and then beside them, replacing none). Chinese by
 * default, English once.
 */
class GenerateOutputFolderTest {

	/** The language a test set does not outlive it: the next test class starts in Chinese, the default. */
	@AfterEach
	void restoreChinese() {
		Language.set(Language.ZH);
	}
	@TempDir
	Path temp;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private static Path smallFixture() {
		return Path.of(System.getProperty("mwb.repo.root", "../..")).resolve("bundles/com.maturityworkbench.generator.tests/fixtures/small")
				.toAbsolutePath().normalize();
	}

	private Path copyOfFixture() throws IOException {
		Path dir = Files.createDirectories(temp.resolve("model"));
		try (Stream<Path> files = Files.list(smallFixture())) {
			for (Path p : files.toList()) {
				Files.copy(p, dir.resolve(p.getFileName()));
			}
		}
		return dir;
	}

	@Test
	void anOutputFolderInsideTheRevisionsFolderIsRefused() throws IOException {
		Path model = copyOfFixture();
		Path out = model.resolve("out");
		Cli.Run run = Cli.run("generate", model.toString(), "--out", out.toString());
		assertEquals(2, run.exit());
		assertEquals("", run.out());
		assertEquals("mwb: " + out + ": 输出文件夹在修订版的文件夹 " + model.toRealPath() + " 之内；请另选一个在它之外的输出文件夹\n", run.err());
		assertFalse(Files.exists(out));
		Language.set(Language.EN);
		run = Cli.run("generate", model.resolve("standard.maturity").toString(), "--out", model.toString());
		assertEquals("mwb: " + model + ": the output folder is inside the revision's folder " + model.toRealPath() + "; choose an output folder outside it\n",
				run.err());
	}

	@Test
	void aSymbolicLinkIntoTheRevisionsFolderIsSeenThrough() throws IOException {
		Path model = copyOfFixture();
		Path link = Files.createSymbolicLink(temp.resolve("link"), model);
		Cli.Run run = Cli.run("generate", model.toString(), "--out", link.resolve("generated").toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("输出文件夹在修订版的文件夹 " + model.toRealPath() + " 之内"), run.err());
		assertFalse(Files.exists(model.resolve("generated")));
	}

	@Test
	void aFolderOfOtherThingsIsRefusedUnlessForcedAndThenNothingOfItIsReplaced() throws IOException {
		Path out = Files.createDirectories(temp.resolve("reports"));
		Files.writeString(out.resolve("model.json"), "the user's own model.json", StandardCharsets.UTF_8);
		Files.writeString(out.resolve("letter.docx"), "a letter", StandardCharsets.UTF_8);
		Cli.Run refused = Cli.run("generate", smallFixture().toString(), "--out", out.toString());
		assertEquals(2, refused.exit());
		// after the progress lines of the generation: the folder is checked when the files to write are known
		assertTrue(refused.err().endsWith("\nmwb: " + out + " 中已有 model.json，它不是 mwb generate 写入的；未写入任何文件。请删除它或另选输出文件夹\n"), refused.err());
		Files.delete(out.resolve("model.json"));
		refused = Cli.run("generate", smallFixture().toString(), "--out", out.toString());
		assertEquals(2, refused.exit());
		assertTrue(refused.err().endsWith("\nmwb: " + out + " 不是空文件夹（其中有 letter.docx），也不是 mwb generate 以前的输出；未写入任何文件。请另选输出文件夹，或加 --force 写在其中已有内容旁边（已有的文件一个也不替换）\n"),
				refused.err());
		try (Stream<Path> list = Files.list(out)) {
			assertEquals(1, list.count(), "nothing written");
		}
		Cli.Run forced = Cli.run("generate", smallFixture().toString(), "--out", out.toString(), "--force");
		assertEquals(0, forced.exit(), forced.err());
		assertEquals("a letter", Files.readString(out.resolve("letter.docx"), StandardCharsets.UTF_8));
		assertTrue(Files.isRegularFile(out.resolve("small_fixture-scoring.jar")));
	}
}
