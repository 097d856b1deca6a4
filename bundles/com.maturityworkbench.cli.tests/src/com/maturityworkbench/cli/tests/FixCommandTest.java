package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.json.JsonReader;

/**
 * {@code mwb fix} on a copy of the shipped draft: the unambiguous quick fixes are made, each printed with its code and
 * the changed files as unified diffs; the fixed draft validates with fewer findings and none that was not there before
 * (compared as file, code and line: the fixes made by default never add or remove a line). {@code --dry-run} writes nothing; {@code --code}
 * fixes only the findings of those codes.
 */
class FixCommandTest {
	@TempDir
	Path dir;
	Path draft;

	@BeforeEach
	void copy() throws IOException {
		Language.set(Language.ZH);
		draft = Files.createDirectories(dir.resolve("draft"));
		try (Stream<Path> files = Files.list(ShippedDraft.folder())) {
			for (Path f : files.filter(p -> p.toString().endsWith(".maturity")).toList()) {
				Files.copy(f, draft.resolve(f.getFileName().toString()));
			}
		}
	}

	/**
	 * file|code|line of every finding of the folder, with how often each occurs (not the message: renumbering a cell's
	 * labels changes the labels other findings list).
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Integer> findings() {
		Cli.Run run = Cli.run("validate", draft.toString(), "--format", "json");
		assertEquals(0, run.exit(), run.err());
		Map<String, Integer> all = new HashMap<>();
		for (Object o : (List<Object>) JsonReader.parse(run.out())) {
			Map<String, Object> f = (Map<String, Object>) o;
			all.merge(Path.of((String) f.get("file")).getFileName() + "|" + f.get("code") + "|" + f.get("line"), 1, Integer::sum);
		}
		return all;
	}

	private static int count(Map<String, Integer> findings, String code) {
		return findings.entrySet().stream().filter(e -> code == null || e.getKey().contains("|" + code + "|")).mapToInt(Map.Entry::getValue).sum();
	}

	private Map<String, String> texts() throws IOException {
		Map<String, String> texts = new HashMap<>();
		try (Stream<Path> files = Files.list(draft)) {
			for (Path f : files.toList()) {
				texts.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
			}
		}
		return texts;
	}

	/** What disappeared: before minus after, as a multiset; fails when after has a finding before did not. */
	private static int removed(Map<String, Integer> before, Map<String, Integer> after) {
		List<String> added = new ArrayList<>();
		after.forEach((k, n) -> {
			if (n > before.getOrDefault(k, 0)) {
				added.add(k);
			}
		});
		assertEquals(List.of(), added, "no new finding");
		return count(before, null) - count(after, null);
	}

	@Test
	void theShippedDraftFixedValidatesWithFewerFindingsAndNoNewOnes() throws IOException {
		Map<String, Integer> before = findings();
		assertEquals(286, count(before, null));
		Map<String, String> original = texts();
		Cli.Run dry = Cli.run("fix", draft.toString(), "--dry-run");
		assertEquals(0, dry.exit(), dry.err());
		assertEquals(original, texts(), "--dry-run writes nothing");
		Cli.Run run = Cli.run("fix", draft.toString());
		assertEquals(0, run.exit(), run.err());
		List<String> lines = run.out().lines().toList();
		List<String> dryLines = dry.out().lines().toList();
		assertEquals(dryLines.subList(0, dryLines.size() - 1), lines.subList(0, lines.size() - 1), "--dry-run prints the same fixes and diffs");
		long fixes = lines.stream().filter(l -> l.contains("：已修复：")).count();
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("--- a/") && l.endsWith("table5-common.maturity")), run.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("@@ -")), run.out());
		Map<String, Integer> after = findings();
		// 115 fixes in 5 files (labels 35, text 80; the three drafting decisions are not made unless asked for) remove
		// 100 findings: some fixes repair what an earlier round's renumbering revealed
		assertEquals(115, fixes, "the fixes made");
		assertEquals(100, removed(before, after), "the findings gone");
		assertEquals(186, count(after, null), "the findings left");
		assertEquals(23, after.entrySet().stream().filter(e -> e.getKey().contains("|labels.")).mapToInt(Map.Entry::getValue).sum(), "labels findings left (warnings and infos)");
		assertEquals(count(before, "coverage.empty-cell"), count(after, "coverage.empty-cell"), "a drafting decision: left to the drafter");
	}

	@Test
	void onlyTheCodesAskedForAreFixed() throws IOException {
		Map<String, Integer> before = findings();
		Cli.Run run = Cli.run("fix", draft.toString(), "--code", "text.clause-end");
		assertEquals(0, run.exit(), run.err());
		Map<String, Integer> after = findings();
		assertEquals(count(before, null) - count(before, "text.clause-end"), count(after, null) - count(after, "text.clause-end"),
				"the findings of other codes stay as they were");
		assertEquals(count(before, "text.clause-end") - count(after, "text.clause-end"), removed(before, after));
		assertEquals(35, count(before, "text.clause-end"));
		assertEquals(7, count(after, "text.clause-end"), "28 clause ends repaired; 7 have no single fix");
	}

	@Test
	void englishWhenAsked() {
		Cli.Run run = Cli.run("--lang", "en", "fix", draft.toString(), "--code", "text.doubled-character", "--dry-run");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().lines().anyMatch(l -> l.matches(".*: fixed: .* \\[text\\.doubled-character\\]")), run.out());
		assertTrue(run.out().strip().endsWith("(--dry-run: nothing written)"), run.out());
	}
}
