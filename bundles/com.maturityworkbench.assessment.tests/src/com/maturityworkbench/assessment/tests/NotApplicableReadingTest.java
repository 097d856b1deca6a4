package com.maturityworkbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.assessment.report.AssessmentScoring;
import com.maturityworkbench.assessment.report.ResultJson;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.json.JsonReader;
import com.maturityworkbench.scoring.model.AssessmentRules;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.ScoreResult;

/**
 * The not-applicable rating read from JSON, CSV and XLSX: accepted under the revision's name (不适用) only when its rules
 * allow it, otherwise refused at the file and row. The {@link ReaderModel}'s hand ratings with 表5.甲.五级.2 rated 不适用
 * instead of 部分满足: 甲 at 五级 is then the mean of its one remaining clause, C = 1 (n = 1, not 2), B(组织) = 1 and
 * A(五级) = 0.4 · 1 + 0.6 · 1 = 1 instead of 0.95; S stays 4.4 (五级 was met at 0.95 already) — the level scores differ.
 */
class NotApplicableReadingTest {
	@TempDir
	Path dir;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private static Filled filled() {
		Filled f = new Filled();
		f.ratings.put("表5.甲.五级.2", "不适用");
		return f;
	}

	private static AssessmentMapper.Revisions allowing() {
		return AssessmentMapper.Revisions.of(ReaderModel.model().withRules(AssessmentRules.allowingNotApplicable("不适用")));
	}

	@Test
	void acceptedInEveryFormatWhenTheRevisionAllowsIt() throws Exception {
		Filled f = filled();
		for (Path file : List.of(Read.write(dir, "a.json", f.json()), Read.write(dir, "a.csv", f.csvText()), Read.write(dir, "a.xlsx", f.xlsx(false)))) {
			AssessmentFiles.SingleInput input = (AssessmentFiles.SingleInput) AssessmentFiles.read(file, file.toString(), allowing());
			assertEquals(Set.of("表5.甲.五级.2"), input.mapped().assessment().notApplicable(), file.toString());
			ScoreResult r = new ScoringEngine(input.model()).score(input.mapped().assessment());
			assertEquals(List.of("1", "1", "0.4", "1", "1"), Read.levelScores(r), file.toString());
			assertEquals("4.4", r.total().toExactString());
			String json = ResultJson.render(AssessmentScoring.score(new ScoringEngine(input.model()), input, null));
			assertEquals(List.of("表5.甲.五级.2"), ((java.util.Map<?, ?>) JsonReader.parse(json)).get("notApplicable"), json);
		}
	}

	@Test
	void refusedAtTheRowWhenTheRevisionForbidsIt() {
		Filled f = filled();
		Path csv = Read.write(dir, "a.csv", f.csvText());
		String expected = "条款“表5.甲.五级.2”评为“不适用”（不适用），但修订版“reader”不允许不适用的评分：请按满足程度评分（全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0），与企业无关的能力子域请裁剪";
		// 6 metadata lines, the header on line 7; 表5.甲.五级.2 is the 10th clause row
		assertEquals(List.of(csv + ":17: " + expected), Read.issues(csv));
		Path xlsx = Read.write(dir, "a.xlsx", f.xlsx(false));
		assertEquals(List.of(xlsx + ": 工作表“表5”第 11 行: " + expected), Read.issues(xlsx));
		Path json = Read.write(dir, "a.json", f.json());
		List<String> issues = Read.issues(json);
		assertEquals(1, issues.size());
		assertTrue(issues.get(0).startsWith(Read.at(json, f.json(), "\"表5.甲.五级.2\"") + ": ") && issues.get(0).endsWith(expected), issues.toString());
		Language.set(Language.EN);
		assertEquals(List.of(csv + ":17: clause \"表5.甲.五级.2\" is rated \"不适用\" (not applicable), but revision \"reader\" does not allow "
				+ "not-applicable ratings: rate it on the scale (全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0), and tailor out a subdomain that does "
				+ "not apply"), Read.issues(csv));
	}

	@Test
	void anotherTextIsStillAnUnreadableRating() {
		Filled f = filled();
		f.ratings.put("表5.甲.五级.2", "NA");
		RevisionModel model = ReaderModel.model().withRules(AssessmentRules.allowingNotApplicable("不适用"));
		Path csv = Read.write(dir, "b.csv", f.csvText().getBytes(StandardCharsets.UTF_8));
		AssessmentInputException e = assertThrows(AssessmentInputException.class,
				() -> AssessmentFiles.read(csv, csv.toString(), AssessmentMapper.Revisions.of(model)));
		assertEquals(List.of(csv + ":17: 条款“表5.甲.五级.2”的评分“NA”既不是满足程度的得分，也不是其名称（全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0）"),
				e.issues().stream().map(InputIssue::toString).toList());
	}
}
