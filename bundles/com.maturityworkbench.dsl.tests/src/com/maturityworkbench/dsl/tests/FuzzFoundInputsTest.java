package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;

/**
 * The inputs on which {@code mwb fuzz} found a check throwing (logged by Xtext and dropped, so the findings looked
 * right), each cut down to the one edit of the shipped draft that makes it: the draft so edited gets its syntax error
 * and no check throws ({@link ValidationTestBase} fails on any error logged).
 */
class FuzzFoundInputsTest extends ValidationTestBase {

	/** The shipped draft with {@code edit} applied to the file {@code name}. */
	private Validated draftWith(String name, UnaryOperator<String> edit) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		for (Path p : ShippedDraft.files()) {
			String text = Files.readString(p, StandardCharsets.UTF_8);
			String file = p.getFileName().toString();
			files.put(file, file.equals(name) ? edit.apply(text) : text);
		}
		return validate(files);
	}

	private static String once(String text, String from, String to) {
		assertTrue(text.contains(from), from);
		return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
	}

	private static List<Finding> syntaxErrors(Validated v, String file) {
		return v.findings().stream().filter(f -> f.code().equals("syntax") && f.file().endsWith(file)).toList();
	}

	/**
	 * Mutants 5 and 1451 of seed 11: a rating of 表9 without its value — a text where the value should be, or the file
	 * cut after the rating's name (RulesValidator.scaleValues threw).
	 */
	@Test
	void aRatingWithoutItsValue() throws IOException {
		Validated quoted = draftWith("standard.maturity", t -> once(t, "  部分满足 0.5", "  部分满足 \"一半\""));
		assertFalse(syntaxErrors(quoted, "standard.maturity").isEmpty(), quoted::toString);
		Validated cut = draftWith("standard.maturity", t -> t.substring(0, t.indexOf("  部分满足 0.5") + "  部分满足 ".length()));
		assertFalse(syntaxErrors(cut, "standard.maturity").isEmpty(), cut::toString);
	}

	/** Mutants 261 and 1268 of seed 11: a band of 表10 without its lower bound (RulesValidator.bands threw). */
	@Test
	void aBandWithoutItsLowerBound() throws IOException {
		Validated v = draftWith("standard.maturity", t -> once(t, "    二级 [1.8, 2.8)", "    二级 [, 2.8)"));
		assertFalse(syntaxErrors(v, "standard.maturity").isEmpty(), v::toString);
	}

	/**
	 * Mutant 849 of seed 11: a weight domain named with a keyword (报批稿, a stage) has no name; its subdomains still
	 * match the requirement rows, and the placement check passed the missing name to Xtext as a finding's data.
	 */
	@Test
	void aWeightDomainNamedWithAKeyword() throws IOException {
		Validated v = draftWith("weights.maturity", t -> once(t, "  domain 数字化运营", "  domain 报批稿"));
		assertFalse(syntaxErrors(v, "weights.maturity").isEmpty(), v::toString);
	}

	/**
	 * Mutant 707 of seed 11: a file with old Mac line ends (CR alone), cut short, ends in a CR. Xtext's line of the
	 * error at its very end read past the text (a StringIndexOutOfBoundsException out of {@code validate}).
	 */
	@Test
	void aFileOfLoneCarriageReturnsCutShort() throws IOException {
		Validated v = draftWith("table5-common.maturity", t -> {
			List<String> lines = t.lines().limit(9).toList(); // up to the middle of a cell of 组织建设
			return String.join("\r", lines) + "\r    subdomain\r"; // a subdomain without its name, at the end
		});
		List<Finding> errors = syntaxErrors(v, "table5-common.maturity");
		assertFalse(errors.isEmpty(), v::toString);
		// the CR-only lines are counted as lines: the error is on line 10 or 11 (the subdomain line or the end after it)
		assertTrue(errors.stream().allMatch(f -> f.line() >= 10 && f.line() <= 11), errors::toString);
		assertEquals(1, errors.stream().map(Finding::file).distinct().count());
	}

	/** Mutant 48738 of seed 20261201: 表10's threshold commented out (RulesValidator.bands compared it with the lowest band). */
	@Test
	void aThresholdLeftOut() throws IOException {
		Validated v = draftWith("standard.maturity", t -> once(t, "met when score >= 0.8", "met when score >= //  0.8"));
		assertFalse(syntaxErrors(v, "standard.maturity").isEmpty(), v::toString);
	}

	/** Mutant 45019 of seed 20261201: stray words before a cell's first label make an unlabelled clause without text (Clauses.shorten). */
	@Test
	void strayWordsBeforeACellsFirstLabel() throws IOException {
		Validated v = draftWith("table5-common.maturity",
				t -> once(t, "        a) \"在行业产业链层面，借助数字化采购", "      的转型知识发现能力。；  a) \"在行业产业链层面，借助数字化采购"));
		assertFalse(syntaxErrors(v, "table5-common.maturity").isEmpty(), v::toString);
	}

	/**
	 * Mutants 36499 and 50686 of seed 20261201: a row of 表7 whose subdomain is named with a keyword (no name), its
	 * clauses those of a row before it: the copied-row check passed the missing name to Xtext as a finding's datum.
	 */
	@Test
	void aCopiedRowWithoutItsName() throws IOException {
		Validated v = draftWith("table7-smelting.maturity", t -> once(t, "    subdomain 服务交付", "    subdomain 征求意见稿"));
		assertFalse(syntaxErrors(v, "table7-smelting.maturity").isEmpty(), v::toString);
	}
}
