package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.scoring.i18n.Language;

/** {@code mwb diff OLD NEW}: two folders side by side; exit 0 same, 1 different or refused, 2 unusable input. */
class DiffCommandTest {
	@TempDir
	Path temp;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private Path copyWith(String file, String old, String nu) throws IOException {
		Path copy = temp.resolve("rev");
		Files.createDirectories(copy);
		try (Stream<Path> files = Files.list(ShippedDraft.folder())) {
			for (Path p : files.filter(p -> p.toString().endsWith(".maturity")).toList()) {
				String text = Files.readString(p, StandardCharsets.UTF_8);
				if (p.getFileName().toString().equals(file)) {
					assertTrue(text.contains(old));
					text = text.replace(old, nu);
				}
				Files.writeString(copy.resolve(p.getFileName()), text, StandardCharsets.UTF_8);
			}
		}
		return copy;
	}

	@Test
	void theDraftWithItselfExitsZero() {
		Cli.Run run = Cli.run("diff", ShippedDraft.folder().toString(), ShippedDraft.folder().toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("修订版比较：nonferrous_dt_maturity → nonferrous_dt_maturity\n两个修订版没有差别。\n", run.out());
	}

	/** The report of 表1 转型战略 3% → 4% and 流程管理 2% → 1% (the same edit made in Word: ImportDocxCommandTest). */
	static final String REBALANCED = """
			修订版比较：nonferrous_dt_maturity → nonferrous_dt_maturity
			共 2 处变化

			权重
			  表1：合计 49% → 49%（目标 49%）
			    组织 / 转型战略：3% → 4%（+1%）
			    组织 / 流程管理：2% → 1%（-1%）
			""";

	@Test
	void aRebalancedWeightExitsOneAndIsReportedOldNewAndDelta() throws IOException {
		Path edited = copyWith("weights.maturity", "    转型战略 3%\n    流程管理 2%\n", "    转型战略 4%\n    流程管理 1%\n");
		Cli.Run run = Cli.run("diff", ShippedDraft.folder().toString(), edited.toString());
		assertEquals(1, run.exit(), run.err());
		// the draft's comments (comments/征求意见.csv) are on other things: each accepted one is listed as unanswered
		assertTrue(run.out().startsWith(REBALANCED + "\n已采纳但在新修订版中找不到对应修改的意见\n  第 1 条 9.2（某有色金属集团公司（示意），采纳）：第5章要求各等级“逐级递进”，"), run.out());
		assertEquals(9 + 12, run.out().split("\n").length, run.out()); // 9 lines of weights, then the 12 accepted comments
		Cli.Run json = Cli.run("diff", ShippedDraft.folder().toString(), edited.toString(), "--format", "json");
		assertEquals(1, json.exit());
		Map<String, Object> root = json.json();
		assertEquals(2, ((Number) root.get("changeCount")).intValue());
		assertEquals(List.of(), root.get("clauses"));
	}

	@Test
	void aRevisionWithAnErrorIsRefusedWithItsFindings() throws IOException {
		Path broken = copyWith("standard.maturity", "progressive off", "progressive maybe");
		Cli.Run run = Cli.run("diff", ShippedDraft.folder().toString(), broken.toString());
		assertEquals(1, run.exit());
		assertTrue(run.err().contains("standard.maturity:"), run.err());
		assertTrue(run.err().contains("详见 mwb validate " + broken), run.err());
		assertEquals("", run.out());
	}

	@Test
	void aMissingFolderIsUnusableInput() {
		Cli.Run run = Cli.run("diff", ShippedDraft.folder().toString(), temp.resolve("nowhere").toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("nowhere"), run.err());
	}
}
