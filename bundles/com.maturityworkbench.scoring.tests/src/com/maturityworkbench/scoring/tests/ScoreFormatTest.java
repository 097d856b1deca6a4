package com.maturityworkbench.scoring.tests;

import static com.maturityworkbench.scoring.tests.HandModel.SMELTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.format.ScoreFormat;
import com.maturityworkbench.scoring.json.JsonReader;
import com.maturityworkbench.scoring.json.JsonWriter;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.ScoreResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.scoring.i18n.Language;

/** Rounding happens only on output: half-up to 4 decimals, stated in every report. */
class ScoreFormatTest {
	/** The draft gaps in the report are the runtime's messages, asserted here in English (Chinese in {@link RuntimeMessagesTest}). */
	@BeforeEach
	void english() {
		Language.set(Language.EN);
	}

	@Test
	void decimalsAreRoundedHalfUpToFourPlaces() {
		// 23/30 = 0.76666... → 0.7667; 1/8 = 0.125 → 0.1250
		assertEquals("0.7667", ScoreFormat.decimal(Rational.of(23, 30)));
		assertEquals("0.1250", ScoreFormat.decimal(Rational.of(1, 8)));
		// 0.00005 is exactly half a unit of the 4th place: half-up gives 0.0001 (half-even would give 0.0000)
		assertEquals("0.0001", ScoreFormat.decimal(Rational.of(5, 100000)));
		assertEquals("0.0000", ScoreFormat.decimal(Rational.of(49999, 1000000000)));
		// 9/55 = 0.163636... → 16.3636%
		assertEquals("16.3636%", ScoreFormat.percent(Rational.of(9, 55)));
		assertEquals("23/30", ScoreFormat.exact(Rational.of(23, 30)));
	}

	private ScoreResult workedExample(RevisionModel model) {
		return new ScoringEngine(model).score(Ratings.of(model, SMELTING).cell("表1.信息安全", "二级", "0.5", "0")
				.cell("表3.生产作业", "二级", "0.8", "0.8", "0.5").cell("表1.组织建设", "二级", "0", "0", "0").build());
	}

	@Test
	void textReportShowsLevelsSAndTheRounding() {
		String text = ScoreFormat.text(workedExample(HandModel.model()));
		// A(2) = 59/80 = 0.7375, S = 379/80 = 4.7375; 五级 starts at 4.8: 0.0625 to go
		assertTrue(text.contains("二级     0.7375  no   0.7375\n"), text);
		assertTrue(text.contains("S = 4.7375 → 四级 (next 五级: 0.0625 to go)\n"), text);
		assertTrue(text.contains("requirement row \"数字化营销\" of table 表3 has no weight"), text);
		assertTrue(text.endsWith(ScoreFormat.ROUNDING_NOTE + "\n"), text);
	}

	@Test
	void jsonViewCarriesRoundedAndExactValues() {
		String json = JsonWriter.writePretty(ScoreFormat.json(workedExample(HandModel.model())));
		Map<?, ?> m = (Map<?, ?>) JsonReader.parse(json);
		assertEquals(new BigDecimal("4.7375"), m.get("total"));
		// 379/80 has a finite decimal expansion, so the exact text is the full decimal
		assertEquals("4.7375", m.get("totalExact"));
		assertEquals("四级", m.get("levelName"));
		Map<?, ?> level2 = (Map<?, ?>) ((List<?>) m.get("levels")).get(1);
		assertEquals(new BigDecimal("0.7375"), level2.get("score"));
		assertEquals(false, level2.get("met"));
		assertEquals(ScoreFormat.ROUNDING_NOTE, m.get("rounding"));
		// the tailored-out or empty cells are null, not zero
		Map<?, ?> first = (Map<?, ?>) ((List<?>) m.get("subdomains")).get(0);
		assertEquals("表1.组织建设", first.get("id"));
		assertEquals(new BigDecimal("0.1200"), first.get("weight"));
	}
}
