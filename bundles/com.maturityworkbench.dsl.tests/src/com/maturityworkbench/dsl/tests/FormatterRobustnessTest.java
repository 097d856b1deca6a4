package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.formatting2.FileFormatter;

/**
 * The formatter on half-typed files: it threw on some files with syntax errors ("No ITextReplacer configured",
 * IndexOutOfBoundsException in the region access builder) and was not idempotent on one. A file with syntax errors is
 * now left exactly as it is, whatever the error; a file that parses is formatted idempotently.
 */
class FormatterRobustnessTest {
	private static final FileFormatter FORMATTER = ShippedDraft.injector().getInstance(FileFormatter.class);

	private static FileFormatter.Formatted format(String text) {
		return FORMATTER.format("t.maturity", "/tmp/formatter-robustness/t.maturity", text);
	}

	/** Every 211th prefix of the draft's weight tables and of the first 12,000 characters of a requirement table: half-typed files. */
	@Test
	void truncatedDraftFilesAreLeftAsTheyAreAndNeverThrow() throws Exception {
		int broken = 0;
		for (String file : List.of("weights.maturity", "table8-processing.maturity")) {
			String whole = Files.readString(ShippedDraft.folder().resolve(file), StandardCharsets.UTF_8);
			String text = whole.substring(0, Math.min(12_000, whole.length()));
			for (int end = 1; end < text.length(); end += 211) {
				String prefix = text.substring(0, end);
				FileFormatter.Formatted once = format(prefix);
				if (once.syntaxErrors()) {
					broken++;
					assertEquals(prefix, once.text(), "a file with syntax errors is left as it is");
					assertTrue(once.replacements().isEmpty());
				} else {
					assertEquals(once.text(), format(once.text()).text(), () -> "not idempotent on a prefix of " + prefix.length() + " characters");
				}
			}
		}
		assertTrue(broken > 50, "most prefixes end inside a construct: " + broken);
	}

	/** Inputs of the kinds that made Xtext's formatter throw: unclosed strings and blocks, stray tokens, junk. */
	@Test
	void filesWithSyntaxErrorsOfEveryKindAreLeftAsTheyAre() {
		List<String> broken = List.of("part of rev weights 表1 part 基础共性 domain 组织 组织建设 3",
				"part of rev requirements 表5 part 基础共性 domain 组织 subdomain 组织建设 一级 a) \"应明确。",
				"part of rev weights 表1 part 基础共性 domain domain domain",
				"part of rev requirements 表5 part 基础共性 domain 组织 subdomain 组织建设 一级 a) a) a) \"x\" + + \"y\"",
				"standard x \"t\" code \"c\" revision \"r\" status 征求意见稿 levels 一级 \"a\" ] ] ] determination met when score >= bands 一级 [1, ",
				"part of rev \uFEFF weights 表1 part 基础共性 domain 组织 组织建设 3% \uD800 转型战略 2%",
				"part of rev /* weights 表1", "part of", "\u202Epart of rev", "weights");
		for (String text : broken) {
			FileFormatter.Formatted f = format(text);
			assertTrue(f.syntaxErrors(), text);
			assertEquals(text, f.text());
		}
	}

	/** Xtext's own formatter entry (as a language server calls it) gives no change on a file with syntax errors. */
	@Test
	void theLanguagesFormatterChangesNothingInAFileWithSyntaxErrors() {
		String text = "part of rev   weights 表1 part 基础共性 domain 组织 组织建设 3%   转型战略 ] 2%\n";
		XtextResource resource = ShippedDraft.injector().getInstance(RevisionLoader.class)
				.load(List.of(new SourceText("t.maturity", "/tmp/formatter-robustness/t.maturity", text))).files().get(0).resource();
		assertTrue(resource.getParseResult().hasSyntaxErrors());
		FormatterRequest request = ShippedDraft.injector().getInstance(FormatterRequest.class)
				.setTextRegionAccess(ShippedDraft.injector().getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create());
		assertEquals(List.of(), ShippedDraft.injector().getInstance(IFormatter2.class).format(request));
	}

	/** Every file of the shipped draft formats to a text that formats to itself, and still parses. */
	@Test
	void theShippedDraftFormatsIdempotently() throws Exception {
		for (Path p : ShippedDraft.files()) {
			String text = Files.readString(p, StandardCharsets.UTF_8);
			FileFormatter.Formatted once = format(text);
			assertFalse(once.syntaxErrors(), p::toString);
			FileFormatter.Formatted twice = format(once.text());
			assertFalse(twice.syntaxErrors(), p::toString);
			assertEquals(once.text(), twice.text(), p::toString);
		}
	}

	/** A file with CR-only line ends (mwb fuzz found the formatter adding a blank line on a second pass): LF out, stable. */
	@Test
	void aFileWithCrOnlyLineEndsFormatsIdempotently() throws Exception {
		String text = Files.readString(ShippedDraft.folder().resolve("table8-processing.maturity"), StandardCharsets.UTF_8).replace("\n", "\r");
		FileFormatter.Formatted once = format(text);
		assertFalse(once.syntaxErrors());
		assertFalse(once.text().contains("\r"), "laid out with LF");
		assertEquals(once.text(), format(once.text()).text());
		assertEquals(format(text.replace("\r", "\n")).text(), once.text(), "as the same file with LF");
	}
}
