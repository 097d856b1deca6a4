package com.maturityworkbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.assessment.PanelDisagreements;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.PanelConsensus;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.ScoreResult;
import com.maturityworkbench.scoring.testing.Formulas;

/**
 * The assessment panel of 8.6.2 in layout 4: three experts rate 表5.甲.一级.1 全部满足 / 大部分满足 / 部分满足 (1, 0.8, 0.5),
 * the revision's consensus rule decides the clause's rating — the median 0.8 by default, 0.5 under
 * {@code panel consensus lowest} — and the scores follow, recomputed by the formula oracle; the clause is listed for the
 * panel to settle (8.7.3: 1 and 0.5 lie two scale steps apart), one rated 1 / 1 / 0.8 (one step) is not.
 */
class PanelRatingsTest {
	private static final RevisionModel MEDIAN = ReaderModel.model().withLabel("一稿");
	private static final RevisionModel LOWEST = MEDIAN.withRules(MEDIAN.rules().withPanelConsensus(PanelConsensus.LOWEST));

	@TempDir
	Path dir;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private static Filled panel() {
		Filled f = new Filled().layoutFour("一稿", Map.of()).withPanel(3);
		f.ratings.put("表5.甲.一级.1", ""); // the panel decides
		f.panel.put("表5.甲.一级.1", List.of("全部满足", "大部分满足", "部分满足"));
		f.ratings.put("表5.甲.二级.1", "全部满足"); // the panel's consensus, written beside it
		f.panel.put("表5.甲.二级.1", List.of("1", "全部满足", "0.8"));
		return f;
	}

	private Path write(String format, Filled f) {
		if (format.equals("json") && f.panel.containsKey("表5.甲.一级.1")) {
			f.ratings.remove("表5.甲.一级.1"); // rated by the panel alone
		}
		return switch (format) {
		case "csv" -> Read.write(dir, "p.csv", f.csvUtf8WithBom());
		case "xlsx" -> Read.write(dir, "p.xlsx", f.xlsx(false));
		default -> Read.write(dir, "p.json", f.json());
		};
	}

	private static AssessmentFiles.SingleInput read(Path file, RevisionModel model) throws AssessmentInputException {
		return (AssessmentFiles.SingleInput) AssessmentFiles.read(file, file.toString(), AssessmentMapper.Revisions.of(model));
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx", "json" })
	void theMedianOfThePanelIsTheRatingAndTheScoresFollow(String format) throws AssessmentInputException {
		AssessmentFiles.SingleInput in = read(write(format, panel()), MEDIAN);
		Map<String, Rational> expected = new LinkedHashMap<>(read(write(format, new Filled().marker("2")), MEDIAN).mapped().assessment().ratings());
		expected.put("表5.甲.一级.1", Rational.parse("0.8"));
		assertEquals(expected, in.mapped().assessment().ratings());
		ScoreResult r = new ScoringEngine(MEDIAN).score(in.mapped().assessment());
		// C(甲, 一级) = (0.8 + 1) / 2 = 0.9
		assertEquals("0.9", r.subdomain("表1.甲").scores().get(0).toExactString());
		assertEquals(Formulas.levelScores(MEDIAN, in.mapped().assessment()), r.determination().scores());
		assertEquals(Formulas.total(MEDIAN, Formulas.levelScores(MEDIAN, in.mapped().assessment())), r.total());
		assertEquals(Map.of("表5.甲.一级.1", List.of(Rational.ONE, Rational.parse("0.8"), Rational.parse("0.5")), "表5.甲.二级.1",
				List.of(Rational.ONE, Rational.ONE, Rational.parse("0.8"))), in.mapped().panel());
		assertEquals(List.of(new PanelDisagreements.Disagreement("表5.甲.一级.1", List.of(Rational.ONE, Rational.parse("0.8"), Rational.parse("0.5")), 2)),
				PanelDisagreements.of(MEDIAN, in.mapped().panel()));
	}

	@Test
	void underTheLowestRuleThePanelGivesItsLowestRating() throws AssessmentInputException {
		Filled f = panel();
		f.ratings.put("表5.甲.二级.1", "");
		AssessmentFiles.SingleInput in = read(write("csv", f), LOWEST);
		assertEquals(Rational.parse("0.5"), in.mapped().assessment().ratings().get("表5.甲.一级.1"));
		assertEquals(Rational.parse("0.8"), in.mapped().assessment().ratings().get("表5.甲.二级.1"));
		ScoreResult r = new ScoringEngine(LOWEST).score(in.mapped().assessment());
		// C(甲, 一级) = (0.5 + 1) / 2 = 0.75; C(甲, 二级) = (0.8 + 1) / 2 = 0.9
		assertEquals("0.75", r.subdomain("表1.甲").scores().get(0).toExactString());
		assertEquals("0.9", r.subdomain("表1.甲").scores().get(1).toExactString());
		assertEquals(Formulas.levelScores(LOWEST, in.mapped().assessment()), r.determination().scores());
	}

	@Test
	void aPanelThatIsEvenIncompleteOrContradictedIsAnIssue() {
		Filled f = new Filled().layoutFour("一稿", Map.of()).withPanel(3);
		f.ratings.put("表5.甲.一级.1", "全部满足");
		f.panel.put("表5.甲.一级.1", List.of("全部满足", "部分满足", "部分满足"));
		f.ratings.put("表5.甲.一级.2", "");
		f.panel.put("表5.甲.一级.2", List.of("全部满足", "", "部分满足"));
		Path csv = Read.write(dir, "bad.csv", f.csvUtf8WithBom());
		List<String> issues = assertThrows(AssessmentInputException.class, () -> read(csv, MEDIAN)).issues().stream().map(InputIssue::toString).toList();
		assertEquals(List.of(csv + ":11: 条款“表5.甲.一级.1”的评分“全部满足”与专家组按中位数得出的 0.5 不一致", csv + ":12: 条款“表5.甲.一级.2”：专家组 3 名成员中有 1 名未评分"),
				issues);
		Filled even = new Filled().layoutFour("一稿", Map.of()).withPanel(2);
		even.ratings.put("表5.甲.一级.1", "");
		even.panel.put("表5.甲.一级.1", List.of("全部满足", "部分满足"));
		Path two = Read.write(dir, "even.csv", even.csvUtf8WithBom());
		assertEquals(List.of(two + ":11: 条款“表5.甲.一级.1”：专家组应为奇数名成员（8.6.2），而不是 2 名"),
				assertThrows(AssessmentInputException.class, () -> read(two, MEDIAN)).issues().stream().map(InputIssue::toString).toList());
		Language.set(Language.EN);
		assertEquals(List.of(two + ":11: clause \"表5.甲.一级.1\": the panel must have an odd number of members (8.6.2), not 2"),
				assertThrows(AssessmentInputException.class, () -> read(two, MEDIAN)).issues().stream().map(InputIssue::toString).toList());
	}
}
