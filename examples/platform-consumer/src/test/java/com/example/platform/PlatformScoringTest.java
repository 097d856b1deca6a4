package com.example.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.assessment.report.ScoreView;
import com.maturityworkbench.scoring.i18n.Language;

/** The platform scores the shipped smelting assessment exactly as mwb score does (values as the README gives them). */
class PlatformScoringTest {
	private static final Path ASSESSMENTS = Path.of(System.getProperty("mwb.assessments", "../../dsl-examples/ys-t-digital-maturity-draft/assessments"));

	@Test
	void scoresTheShippedSmeltingAssessment() throws Exception {
		Language.set(Language.ZH);
		PlatformScoring platform = new PlatformScoring();
		assertEquals("nonferrous_dt_maturity", platform.revision().revisionId());
		ScoreView view = platform.score(ASSESSMENTS.resolve("smelting-冶炼.json"));
		assertEquals(SMELTING_TOTAL, view.applied().total().exact());
		assertEquals(SMELTING_LEVEL, view.applied().levelLabel());
		assertTrue(platform.scoreAsJson(ASSESSMENTS.resolve("smelting-冶炼.json")).contains("\"totalExact\": \"" + SMELTING_TOTAL + "\""));
	}

	@Test
	void readsTheSpreadsheetFormatsToo() throws Exception {
		PlatformScoring platform = new PlatformScoring();
		assertEquals(MINING_TOTAL, platform.score(ASSESSMENTS.resolve("mining-采选.csv")).applied().total().rounded());
		assertEquals(PROCESSING_TOTAL, platform.score(ASSESSMENTS.resolve("processing-加工.xlsx")).applied().total().rounded());
	}

	static final String SMELTING_TOTAL = "452804047/134400000";
	static final String SMELTING_LEVEL = "三级";
	static final String MINING_TOTAL = "2.6420";
	static final String PROCESSING_TOTAL = "2.0610";
}
