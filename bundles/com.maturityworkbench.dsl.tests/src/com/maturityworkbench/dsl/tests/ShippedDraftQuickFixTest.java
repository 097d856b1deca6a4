package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.ide.quickfix.Resolution;
import com.maturityworkbench.dsl.ide.quickfix.TextChange;
import com.maturityworkbench.dsl.tests.QuickFixHarness.Snapshot;
import com.maturityworkbench.dsl.validation.IssueCodes;

/**
 * Quick fixes on a copy (in memory) of the shipped draft: after the fixes, the code's findings are gone and every
 * other code's count is what it was.
 */
class ShippedDraftQuickFixTest {

	private static Map<String, String> draft() throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		for (Path p : ShippedDraft.files()) {
			files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
		}
		return files;
	}

	private static Snapshot load(Map<String, String> files) {
		return QuickFixHarness.load(files, ShippedDraft.folder() + "/");
	}

	/** As a drafter would in the editor: one finding at a time, re-validating after each fix. */
	@Test
	void doubledCharactersAreFixedOneByOneAndNoOtherCountChanges() throws IOException {
		String code = IssueCodes.DOUBLED_CHARACTER;
		Snapshot snapshot = load(draft());
		Map<String, Integer> before = snapshot.countsByCode();
		int count = before.getOrDefault(code, 0);
		// 10 in clauses, 的的 in the descriptions of 一级 and 四级, and 数数字化 in 表5 转型战略 三级 c)
		assertEquals(13, count, "the shipped draft's doubled characters");
		for (int left = count; left > 0; left--) {
			Finding finding = snapshot.withCode(code).get(0);
			List<Resolution> fixes = snapshot.fixes(finding);
			assertEquals(1, fixes.size(), () -> "fixes for " + finding.toLine());
			assertTrue(fixes.get(0).label().startsWith("删去多打的“"), fixes.get(0).label());
			snapshot = load(snapshot.with(finding.file(), fixes.get(0).apply()));
			assertEquals(left - 1, snapshot.withCode(code).size(), () -> "after fixing " + finding.toLine());
		}
		assertEquals(withoutCode(before, code), snapshot.countsByCode());
	}

	/**
	 * Every finding of the code fixed from one snapshot (the fixes of different findings never overlap), then one
	 * re-validation.
	 */
	@ParameterizedTest
	@ValueSource(strings = { IssueCodes.REPEATED_WORD, IssueCodes.REPEATED_PHRASE, IssueCodes.STRAY_PUNCTUATION,
			IssueCodes.LEADING_PUNCTUATION, IssueCodes.LATIN_WORD, IssueCodes.DRAFTING_NOTE, IssueCodes.LABEL_TABLE_STYLE })
	void allFindingsOfTheCodeAreFixedAndNoOtherCountChanges(String code) throws IOException {
		Snapshot snapshot = load(draft());
		Map<String, Integer> before = snapshot.countsByCode();
		assertTrue(before.getOrDefault(code, 0) > 0, "the shipped draft has no " + code);
		IResourceValidator validator = QuickFixHarness.injector().getInstance(IResourceValidator.class);
		Map<String, String> fixed = new LinkedHashMap<>(snapshot.files());
		int fixes = 0;
		for (String file : snapshot.files().keySet()) {
			XtextResource resource = snapshot.resource(file);
			String text = snapshot.text(file);
			List<TextChange> changes = new ArrayList<>();
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				if (code.equals(issue.getCode())) {
					List<Resolution> offered = QuickFixHarness.quickFixes().resolutions(resource, text, issue);
					assertEquals(1, offered.size(), () -> "fixes for " + file + " at " + issue.getLineNumber() + ": " + issue.getMessage());
					changes.addAll(offered.get(0).changes());
					fixes++;
				}
			}
			fixed.put(file, TextChange.apply(text, changes));
		}
		assertEquals(before.get(code), fixes);
		assertEquals(withoutCode(before, code), load(fixed).countsByCode());
	}

	private static Map<String, Integer> withoutCode(Map<String, Integer> counts, String code) {
		Map<String, Integer> result = new LinkedHashMap<>(counts);
		result.remove(code);
		return result;
	}
}
