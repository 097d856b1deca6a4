package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.dsl.tests.EnglishFindings;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.scoring.i18n.Language;

/** {@code mwb --lang en validate} and {@code mwb --lang en fix --dry-run} of the shipped draft: findings and fixes in English. */
class EnglishFindingsCliTest {
	/** file:line:col: severity: message [code] */
	private static final Pattern FINDING = Pattern.compile("(.+:\\d+:\\d+: (?:error|warning|info): )(.*) \\[([a-z0-9.-]+)\\]");
	/** file:line: fixed: label [code] (the fix's line in English) */
	private static final Pattern FIXED = Pattern.compile(".+: fixed: (.*) \\[([a-z0-9.-]+)\\]");

	@TempDir
	Path dir;

	@AfterEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void validatePrintsTheShippedDraftsFindingsInEnglish() {
		Cli.Run zh = Cli.run("--lang", "zh", "validate", ShippedDraft.folder().toString());
		Cli.Run en = Cli.run("--lang", "en", "validate", ShippedDraft.folder().toString());
		assertEquals(0, en.exit(), en.err());
		List<String> chinese = zh.out().lines().filter(l -> FINDING.matcher(l).matches()).toList();
		List<String> english = en.out().lines().filter(l -> FINDING.matcher(l).matches()).toList();
		assertEquals(286, english.size(), en.out());
		assertEquals(chinese.size(), english.size());
		for (int i = 0; i < english.size(); i++) {
			Matcher z = FINDING.matcher(chinese.get(i));
			Matcher e = FINDING.matcher(english.get(i));
			assertTrue(z.matches() && e.matches());
			assertEquals(z.group(1) + z.group(3), e.group(1) + e.group(3), "the same finding at the same place");
			assertNotEquals(z.group(2), e.group(2));
			assertFalse(EnglishFindings.hasChinese(EnglishFindings.unquoted(e.group(2))), english.get(i));
		}
		assertTrue(english.contains(ShippedDraft.folder().resolve("weights.maturity") + ":75:5: warning: subdomain “成本管理” is in both Table 1 (“基础共性”)"
				+ " and Table 3 (“行业特性”, “冶炼”): the effective model of a “冶炼” enterprise has two subdomains of that name [naming.duplicate-in-model]"), en.out());
		assertTrue(en.out().endsWith("8 files: 0 errors, 209 warnings, 77 info — errors and warnings by category: coverage 28, labels 33, naming 29, text 119\n"), en.out());
	}

	@Test
	void fixDryRunLabelsTheFixesInEnglish() throws IOException {
		Path draft = Files.createDirectories(dir.resolve("draft"));
		try (Stream<Path> files = Files.list(ShippedDraft.folder())) {
			for (Path f : files.filter(p -> p.toString().endsWith(".maturity")).toList()) {
				Files.copy(f, draft.resolve(f.getFileName().toString()));
			}
		}
		Cli.Run zh = Cli.run("--lang", "zh", "fix", draft.toString(), "--dry-run");
		Cli.Run en = Cli.run("--lang", "en", "fix", draft.toString(), "--dry-run");
		assertEquals(0, en.exit(), en.err());
		List<String> fixes = en.out().lines().filter(l -> FIXED.matcher(l).matches()).toList();
		assertEquals(zh.out().lines().filter(l -> l.contains("：已修复：")).count(), fixes.size());
		assertTrue(fixes.size() > 100, en.out());
		for (String line : fixes) {
			Matcher m = FIXED.matcher(line);
			assertTrue(m.matches());
			assertFalse(EnglishFindings.hasChinese(EnglishFindings.unquoted(m.group(1))), line);
		}
	}
}
