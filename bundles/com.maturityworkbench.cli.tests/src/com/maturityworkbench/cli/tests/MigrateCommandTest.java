package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * {@code mwb migrate OLD NEW ASSESSMENT}: the shipped assessments (JSON, CSV, XLSX, the composite with its units by
 * file) carried to a revision of the draft that differs in its label only are complete, keep every rating (the same
 * scores) and name the new revision, so that {@code mwb score} refuses them against the old one (exit 2, pointing to
 * mwb migrate); with one clause added the carried assessment is in progress.
 */
class MigrateCommandTest {

	/** The language a test set does not outlive it: the next test class starts in Chinese, the default. */
	@AfterEach
	void restoreChinese() {
		Language.set(Language.ZH);
	}
	private static final String LABEL = "revision \"征求意见稿\"";

	@TempDir
	Path dir;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	/**
	 * The shipped draft under the label 送审稿, {@code edit} applied to 表5's file, in {@code folder}; with an edit, without
	 * the worked examples (a clause added changes their values).
	 */
	private Path revision(String folder, String t5Old, String t5New) throws IOException {
		Path to = Files.createDirectories(dir.resolve(folder));
		for (Path f : ShippedDraft.files()) {
			if (t5Old != null && f.getFileName().toString().equals("examples.maturity")) {
				continue;
			}
			String text = Files.readString(f, StandardCharsets.UTF_8);
			if (f.getFileName().toString().equals("standard.maturity")) {
				text = text.replace(LABEL, "revision \"送审稿\"");
			}
			if (f.getFileName().toString().equals("table5-common.maturity") && t5Old != null) {
				text = text.replace(t5Old, t5New);
			}
			Files.writeString(to.resolve(f.getFileName().toString()), text, StandardCharsets.UTF_8);
		}
		return to;
	}

	private Path copy(String assessment) throws IOException {
		Path from = ShippedDraft.folder().resolve("assessments").resolve(assessment);
		return Files.copy(from, dir.resolve(assessment));
	}

	@Test
	void theShippedAssessmentsCarryOverWholeAndNameTheNewRevision() throws IOException {
		String old = ShippedDraft.folder().toString();
		Path nu = revision("second", null, null);
		for (String name : List.of("smelting-冶炼.json", "mining-采选.csv", "processing-加工.xlsx", "composite-综合型.json")) {
			Path input = ShippedDraft.folder().resolve("assessments").resolve(name);
			Path out = dir.resolve("out-" + name);
			Cli.Run run = Cli.run("migrate", old, nu.toString(), input.toString(), "--out", out.toString());
			assertEquals(0, run.exit(), name + ": " + run.err());
			assertTrue(run.out().startsWith("评估迁移：nonferrous_dt_maturity（征求意见稿） → nonferrous_dt_maturity（送审稿）\n"), run.out());
			assertTrue(run.out().contains("\n条文已修改、评分沿用，请复核：0 条\n待评分：0 条\n新修订版删除或不再计分的已评分条款：0 条\n"), run.out());
			assertTrue(run.out().endsWith("\n迁移后的评估完整，可直接评分。\n"), run.out());
			Cli.Run before = Cli.score(ShippedDraft.folder(), input, "--format", "json");
			Cli.Run after = Cli.score(nu, out, "--format", "json");
			assertEquals(0, after.exit(), name + ": " + after.err());
			assertEquals(before.json().get("totalExact"), after.json().get("totalExact"), name + ": the same ratings, the same score");
			assertEquals("送审稿", after.json().get("revisionLabel"));
			Cli.Run refused = Cli.score(ShippedDraft.folder(), out);
			assertEquals(2, refused.exit(), name);
			assertTrue(refused.err().contains("评估表属于标准“nonferrous_dt_maturity”的修订版“送审稿”，不能按修订版“征求意见稿”评分；请先用 mwb migrate OLD NEW ASSESSMENT"),
					refused.err());
		}
	}

	@Test
	void aClauseAddedIsToRateAndTheOutputGoesBesideTheInput() throws IOException {
		Path nu = revision("third", "在数字化转型合作与外部生态拓展方面建立明确相关负责人。\"\n",
				"在数字化转型合作与外部生态拓展方面建立明确相关负责人。\"\n        e) 人才培养。\"应制定数字化人才培养计划。\"\n");
		Path input = copy("smelting-冶炼.json");
		Cli.Run run = Cli.run("migrate", ShippedDraft.folder().toString(), nu.toString(), input.toString(), "--format", "json");
		assertEquals(0, run.exit(), run.err());
		Path out = dir.resolve("smelting-冶炼-送审稿.json");
		assertTrue(Files.exists(out));
		assertEquals(false, run.json().get("complete"));
		assertTrue(Files.readString(out).contains("\"revisionLabel\": \"送审稿\""));
		assertTrue(Files.readString(out).contains("\"enterprise\": \"示例企业：某有色金属冶炼有限公司（虚构，仅作示例）\""), "the report's details are carried over");
		assertTrue(Files.readString(out).contains("\"advice\": \"（示例文字）一企一策"), "the panel's text too");
		Cli.Run score = Cli.score(nu, out);
		assertEquals(2, score.exit());
		assertTrue(score.err().contains("表5.组织建设.一级.5"), score.err());
		Cli.Run again = Cli.run("migrate", ShippedDraft.folder().toString(), nu.toString(), input.toString(), "--out", dir.resolve("x.csv").toString());
		assertEquals(2, again.exit());
		assertTrue(again.err().contains("输出须与输入格式相同（.json）"), again.err());
		Language.set(Language.EN);
		Cli.Run en = Cli.run("--lang", "en", "migrate", ShippedDraft.folder().toString(), nu.toString(), input.toString(), "--out", dir.resolve("y.json").toString());
		assertTrue(en.out().contains("\nto rate: 1\n  表5.组织建设.一级.5 (new clause)\n"), en.out());
	}
}
