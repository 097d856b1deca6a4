package com.maturityworkbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
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
import com.maturityworkbench.assessment.EnterpriseDetails;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.AssessmentWriters;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.assessment.WrittenAssessment;
import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.ScoreResult;

/**
 * A revision is its standard and its label: an assessment of layout 4 names the label and is scored against that
 * revision only (another label of the same standard is refused with a pointer to mwb migrate, in every format and for a
 * composite); a file of layouts 1-3 names only the standard id and scores against any revision of that standard; layout
 * 4 reads its Chinese header row and evidence column (证据/备注) and scores as layout 2 (the hand-worked values of
 * {@link ReaderModel#handRatings()}).
 */
class RevisionIdentityTest {
	private static final RevisionModel FIRST = ReaderModel.model().withLabel("一稿");
	private static final RevisionModel SECOND = ReaderModel.model().withLabel("二稿");
	private static final String OTHER = "评估表属于标准“reader”的修订版“一稿”，不能按修订版“二稿”评分；请先用 mwb migrate OLD NEW ASSESSMENT 把它迁移到修订版“二稿”";
	private static final Map<String, String> EVIDENCE = Map.of("表5.甲.一级.1", "文件：数字化转型组织架构图\n访谈：信息中心主任", "表6.丙.三级.1", "系统演示：生产执行系统, 未见数据贯通");

	@TempDir
	Path dir;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private Path write(String format, Filled f) {
		return Read.write(dir, format, f);
	}

	private static AssessmentFiles.Input read(Path file, RevisionModel model) throws AssessmentInputException {
		return AssessmentFiles.read(file, file.toString(), AssessmentMapper.Revisions.of(model));
	}

	private static List<String> issues(Path file, RevisionModel model) {
		return assertThrows(AssessmentInputException.class, () -> read(file, model)).issues().stream().map(InputIssue::toString).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx", "json" })
	void layoutFourWithItsRevisionsLabelScoresAsLayoutTwoAndKeepsTheEvidence(String format) throws AssessmentInputException {
		AssessmentFiles.SingleInput two = (AssessmentFiles.SingleInput) read(write(format, new Filled().marker("2")), FIRST);
		AssessmentFiles.SingleInput four = (AssessmentFiles.SingleInput) read(write(format, new Filled().layoutFour("一稿", EVIDENCE)), FIRST);
		assertEquals(LayoutVersion.V4, four.mapped().rows().layout());
		assertEquals(two.mapped().assessment(), four.mapped().assessment());
		assertEquals(21, four.mapped().assessment().ratings().size(), "the Chinese header row is no clause row");
		ScoreResult r = new ScoringEngine(FIRST).score(four.mapped().assessment());
		assertEquals(ReaderModel.HAND_LEVEL_SCORES, Read.levelScores(r));
		assertEquals(ReaderModel.HAND_TOTAL, r.total().toExactString());
		assertEquals(EVIDENCE, four.mapped().rows().evidence());
		assertEquals(Map.of(), two.mapped().rows().evidence());
	}

	@Test
	void anotherRevisionOfTheSameStandardIsRefusedAtItsLabelInEveryFormat() {
		Filled f = new Filled().layoutFour("一稿", Map.of());
		Path csv = write("csv", f);
		assertEquals(List.of(csv + ":8: " + OTHER), issues(csv, SECOND));
		Path xlsx = write("xlsx", f);
		assertEquals(List.of(xlsx + ": 工作表“评估信息”第 8 行: " + OTHER), issues(xlsx, SECOND));
		String text = f.json();
		Path json = Read.write(dir, "a.json", text);
		assertEquals(List.of(Read.at(json, text, "\"revisionLabel\"") + ": " + OTHER), issues(json, SECOND));
		Language.set(Language.EN);
		assertEquals(List.of(csv + ":8: the assessment belongs to revision \"一稿\" of standard \"reader\" and cannot be scored against revision \"二稿\";"
				+ " carry it over to revision \"二稿\" first with mwb migrate OLD NEW ASSESSMENT"), issues(csv, SECOND));
	}

	@Test
	void layoutFourWithoutALabelIsRefused() {
		Path csv = write("csv", new Filled().layoutFour(null, Map.of()));
		assertEquals(List.of(csv + ":2: 布局 4 的评估表须写明修订版标签（revisionLabel），本修订版的标签为“二稿”"), issues(csv, SECOND));
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx", "json" })
	void earlierLayoutsNameOnlyTheStandardAndScoreAgainstAnyOfItsRevisions(String format) throws AssessmentInputException {
		for (Filled f : List.of(new Filled(), new Filled().marker("2"), new Filled().withContext(id -> ""))) {
			for (RevisionModel model : List.of(FIRST, SECOND)) {
				AssessmentFiles.SingleInput in = (AssessmentFiles.SingleInput) read(write(format, f), model);
				assertEquals(ReaderModel.HAND_TOTAL, new ScoringEngine(model).score(in.mapped().assessment()).total().toExactString());
			}
		}
	}

	@Test
	void anotherStandardIsRefused() {
		Path csv = Read.write(dir, "a.csv", new Filled().layoutFour("一稿", Map.of()).csvText().replace("# revision: reader", "# revision: other"));
		assertEquals(List.of(csv + ":2: 未知的修订版“other”：模型中的修订版为“reader”"), issues(csv, FIRST));
	}

	@Test
	void aCompositeOfAnotherRevisionIsRefusedAtItsLabel() {
		String text = """
				{"layout": 4, "revision": "reader", "revisionLabel": "一稿",
				 "composite": {"units": [{"name": "一厂", "sector": "采选", "output": 1, "assessment": "u.csv"}]}}
				""";
		Path composite = Read.write(dir, "c.json", text);
		assertEquals(List.of(Read.at(composite, text, "\"revisionLabel\"") + ": " + OTHER), issues(composite, SECOND));
	}

	/** What the writers write names the revision (label included) and reads back, evidence and all, against it alone. */
	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx", "json" })
	void writtenAssessmentsNameTheirRevisionAndCarryTheEvidence(String format) throws IOException, AssessmentInputException {
		AssessmentFiles.SingleInput filled = (AssessmentFiles.SingleInput) read(write(format, new Filled().marker("2")), SECOND);
		Path file = dir.resolve("saved." + format);
		Map<String, String> evidence = new LinkedHashMap<>(EVIDENCE);
		AssessmentWriters.save(file, new WrittenAssessment(SECOND, filled.mapped().assessment(), WrittenAssessment.ClauseTexts.none(), evidence));
		AssessmentFiles.SingleInput back = (AssessmentFiles.SingleInput) read(file, SECOND);
		assertEquals(filled.mapped().assessment(), back.mapped().assessment());
		assertEquals(EVIDENCE, back.mapped().rows().evidence());
		assertEquals(LayoutVersion.V5, back.mapped().rows().layout());
		assertEquals(1, issues(file, FIRST).size(), "an assessment of 二稿 is not one of 一稿");
		if (format.equals("csv")) {
			List<String> lines = List.of(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).substring(1).split("\r\n"));
			assertEquals(List.of("# standard: T/READ 1—2025", "# revision: reader", "# status: draft", "# sector: 采选", "# tailored: 表2.丁",
					"# scale: 全部满足=1; 大部分满足=0.8; 部分满足=0.5; 不满足=0", "# layout: 5", "# revisionLabel: 二稿", "# enterprise: ", "# creditCode: ",
					"# address: ", "# industry: ", "# assessmentDate: ", "# assessor: ", "# panelMembers: ", "# analysis: ", "# strengths: ", "# weaknesses: ",
					"# advice: ", "条款编号,表,能力域,能力子域,等级,编号,条款内容,评分,导语与注,证据/备注",
					"clause_id,table,domain,subdomain,level,label,text,rating,context,evidence"), lines.subList(0, 21));
		}
	}
}
