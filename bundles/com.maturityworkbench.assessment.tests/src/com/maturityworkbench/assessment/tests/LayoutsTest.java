package com.maturityworkbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.result.ScoreResult;

/**
 * Every layout reads, in every format: a file of layout 1 (the first release's, no marker) and the same file in layout
 * 2 (with the marker) give the same assessment and the scores worked out by hand in {@link ReaderModel#handRatings()};
 * a newer layout is refused with one clear issue at its marker; a marker that is no layout number is an issue.
 */
class LayoutsTest {
	private static final String NEWER = "该文件为布局 6，本程序只能读取布局 1 到 5：文件来自更新版本的 Maturity Workbench，请用该版本评分，或改用本版本生成的模板填写";

	@TempDir
	Path dir;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private Path write(String format, Filled f) {
		return Read.write(dir, format, f);
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx", "json" })
	void layoutOneWithoutMarkerAndLayoutTwoWithMarkerScoreAlike(String format) throws AssessmentInputException {
		AssessmentFiles.SingleInput one = Read.single(write(format, new Filled()));
		assertEquals(LayoutVersion.V1, one.mapped().rows().layout());
		AssessmentFiles.SingleInput two = Read.single(write(format, new Filled().marker("2")));
		assertEquals(LayoutVersion.V2, two.mapped().rows().layout());
		assertEquals(one.mapped().assessment(), two.mapped().assessment());
		assertEquals(Set.of("表2.丁"), two.mapped().assessment().tailored());
		assertEquals(21, two.mapped().assessment().ratings().size(), "甲 10, 乙 5, 丙 5 and the unweighted 庚");
		ScoreResult r = Read.score(two);
		assertEquals(ReaderModel.HAND_LEVEL_SCORES, Read.levelScores(r));
		assertEquals(ReaderModel.HAND_TOTAL, r.total().toExactString());
		assertEquals(4, r.level());
	}

	/**
	 * 表5.甲.五级 is a cell with a lead-in and a note: its two clause rows carry them in the context column, and no row of
	 * its own does. By hand (ReaderModel.handRatings): C(甲, 五级) = (1 + 0.5) / 2 = 3/4 — n = 2, the clauses a) and b),
	 * whatever the context says. The same ratings in layout 2 give the same assessment and the hand-worked scores.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx" })
	void layoutThreeWithAContextColumnScoresAsLayoutTwo(String format) throws AssessmentInputException {
		AssessmentFiles.SingleInput two = Read.single(write(format, new Filled().marker("2")));
		AssessmentFiles.SingleInput three = Read.single(write(format, new Filled().withContext(LayoutsTest::leadInAndNote)));
		assertEquals(LayoutVersion.V3, three.mapped().rows().layout());
		assertEquals(two.mapped().assessment(), three.mapped().assessment());
		assertEquals(21, three.mapped().assessment().ratings().size(), "one rating per clause row, none for the context");
		ScoreResult r = Read.score(three);
		assertEquals(ReaderModel.HAND_LEVEL_SCORES, Read.levelScores(r));
		assertEquals(ReaderModel.HAND_TOTAL, r.total().toExactString());
		assertEquals("0.75", r.subdomain("表1.甲").scores().get(4).toExactString(), "C(甲, 五级) over its n = 2 clauses");
	}

	/**
	 * Whatever an assessor writes into the context column — a rating, a clause id, commas, a line starting with # — is
	 * not read: the assessment is the one without it.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "csv", "xlsx" })
	void aContextColumnTheAssessorEditedIsIgnored(String format) throws AssessmentInputException {
		AssessmentFiles.SingleInput plain = Read.single(write(format, new Filled().withContext(id -> "")));
		String[] edits = { "不满足", "0", "表6.丙.一级.1", "改过了, 见附件", "# tailored: 表2.丙", "注：\n全部满足" };
		AssessmentFiles.SingleInput edited = Read.single(write(format, new Filled().withContext(id -> edits[Math.floorMod(id.hashCode(), edits.length)])));
		assertEquals(plain.mapped().assessment(), edited.mapped().assessment());
		assertEquals(ReaderModel.HAND_TOTAL, Read.score(edited).total().toExactString());
	}

	private static String leadInAndNote(String clauseId) {
		return clauseId.startsWith("表5.甲.五级.") ? "导语：建立甲的制度体系。\n注：全部满足指制度已发布并执行。" : "";
	}

	@Test
	void layoutOneIsWhatTheFirstReleaseWrote() {
		String csv = new Filled().csvText();
		assertEquals(List.of("# standard: T/READ 1—2025", "# revision: reader", "# status: draft", "# sector: 采选", "# tailored: 表2.丁",
				"# scale: 全部满足=1; 大部分满足=0.8; 部分满足=0.5; 不满足=0", "clause_id,table,domain,subdomain,level,label,text,rating"),
				List.of(csv.split("\r\n")).subList(0, 7));
		assertEquals("# layout: 2", new Filled().marker("2").csvText().split("\r\n")[6]);
	}

	@Test
	void aNumberCellAsTheWorkbookMarkerReads() throws AssessmentInputException {
		Filled f = new Filled().marker("2.0");
		assertEquals(LayoutVersion.V2, Read.single(Read.write(dir, "a.xlsx", f.xlsx(true))).mapped().rows().layout());
	}

	@Test
	void aNewerLayoutIsRefusedAtItsMarkerAndNothingElseIsReported() {
		Filled f = new Filled().marker("6");
		f.ratings.put("表6.丙.一级.1", "很好"); // would be an issue in layout 5; a newer layout may mean something else by it
		Path csv = Read.write(dir, "a.csv", f.csvText().getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of(csv + ":7: " + NEWER), Read.issues(csv));
		Path xlsx = Read.write(dir, "a.xlsx", f.xlsx(false));
		assertEquals(List.of(xlsx + ": 工作表“评估信息”第 7 行: " + NEWER), Read.issues(xlsx));
		Path json = Read.write(dir, "a.json", f.json());
		assertEquals(List.of(json + ":2:3: " + NEWER), Read.issues(json));
		Language.set(Language.EN);
		assertEquals(List.of(csv + ":7: the file has layout 6, this program reads layouts 1 to 5: the file comes from a newer release of Maturity Workbench;"
				+ " score it with that release or fill in a template generated by this one"), Read.issues(csv));
	}

	@Test
	void aMarkerThatIsNoLayoutNumberIsAnIssue() {
		Path csv = Read.write(dir, "a.csv", new Filled().marker("二").csvText());
		assertEquals(List.of(csv + ":7: 布局“二”应为 1 到 5 的整数"), Read.issues(csv));
		Path zero = Read.write(dir, "b.csv", new Filled().marker("0").csvText());
		assertEquals(List.of(zero + ":7: 布局“0”应为 1 到 5 的整数"), Read.issues(zero));
		Path json = Read.write(dir, "a.json", new Filled().json().replace("\"standard\"", "\"layout\": \"2\",\n  \"standard\""));
		assertEquals(List.of(json + ":2:3: “layout”应为 1 到 5 的整数，而不是文本“2”"), Read.issues(json));
	}

	@Test
	void aMarkerGivenTwiceIsAnIssue() {
		String text = new Filled().marker("2").csvText().replace("# layout: 2\r\n", "# layout: 2\r\n# layout: 2\r\n");
		Path csv = Read.write(dir, "a.csv", text);
		assertEquals(List.of(csv + ":8: “layout”出现了两次（第一次在第 7 行）"), Read.issues(csv));
	}

	@Test
	void aCompositeOfANewerLayoutIsRefused() {
		Path composite = Read.write(dir, "c.json", """
				{"layout": 6, "revision": "reader",
				 "composite": {"units": [{"name": "一厂", "sector": "采选", "output": 1, "assessment": "u.csv"}]}}
				""");
		assertEquals(List.of(composite + ":1:2: " + NEWER), Read.issues(composite));
	}
}
