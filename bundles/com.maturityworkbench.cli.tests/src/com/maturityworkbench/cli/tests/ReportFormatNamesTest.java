package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.scoring.i18n.Language;

/** The assessment's format in the reports is in the report's language; the result JSON keeps the machine value. */
class ReportFormatNamesTest {

	/** The language a test set does not outlive it: the next test class starts in Chinese, the default. */
	@AfterEach
	void restoreChinese() {
		Language.set(Language.ZH);
	}
	private static final Path MINING = ShippedDraft.folder().resolve("assessments").resolve("mining-采选.csv");

	@Test
	void aCsvWithByteOrderMarkReadsInChineseInTheTextAndHtmlReports() {
		Language.set(Language.ZH);
		assertTrue(Cli.score(ShippedDraft.folder(), MINING).out().contains("mining-采选.csv（CSV（UTF-8，带 BOM））\n"));
		assertTrue(Cli.score(ShippedDraft.folder(), MINING, "--format", "html").out().contains("CSV（UTF-8，带 BOM）"));
		assertEquals("CSV, UTF-8 with BOM", Cli.score(ShippedDraft.folder(), MINING, "--format", "json").json().get("format"));
		Language.set(Language.EN);
		assertTrue(Cli.score(ShippedDraft.folder(), MINING).out().contains("mining-采选.csv (CSV, UTF-8 with BOM)\n"));
	}
}
