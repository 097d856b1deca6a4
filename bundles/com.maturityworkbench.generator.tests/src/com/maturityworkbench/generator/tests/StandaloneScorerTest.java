package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.assessment.layout.RequirementColumn;
import com.maturityworkbench.assessment.report.Decimals;
import com.maturityworkbench.assessment.standalone.StandaloneScorer;
import com.maturityworkbench.generator.GeneratedTree;
import com.maturityworkbench.generator.Generator;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;

/**
 * The standalone scorer of the assessment library (the main class of the generated jar), run in-process on the small
 * fixture's compiled registration: its options, its formats and languages, the assessment formats it reads through
 * AssessmentFiles (JSON, CSV UTF-8 with BOM and GB18030 filled from the generated template), and its exit codes with
 * the readers' own messages.
 */
class StandaloneScorerTest {
	private static SmallFixtureRuns runs;
	private static GeneratedTree tree;

	@BeforeAll
	static void compile() throws Exception {
		runs = SmallFixtureRuns.compile();
		tree = Generation.generator().generate(runs.model(), Generator.Progress.NONE, false);
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private static RevisionModel model() {
		return runs.model().scoring();
	}

	/**
	 * 一级 all 不满足, 二级 all 大部分满足, 三级 all 全部满足: A = (0, 0.8, 1) — the weights of a level sum to 1. Declared
	 * reading (progressive off): 二级 and 三级 met, S = 0 + 1 + 1 = 2 → 二级. Progressive on: 一级 is not met, so neither
	 * is any level above it; S = 0 + 0.8 + 1 = 1.8 → 二级 (the band [1.8, 2.8) includes its lower bound).
	 */
	private static Map<String, Object> risingAssessment() {
		SectorModel sm = SectorModel.of(model(), "冶炼");
		String[] byLevel = { "不满足", "大部分满足", "全部满足" };
		Map<String, Object> ratings = new LinkedHashMap<>();
		for (String id : sm.clauseOrder()) {
			ratings.put(id, byLevel[sm.clause(id).orElseThrow().levelIndex()]);
		}
		return Map.of("revision", "small_fixture", "sector", "冶炼", "ratings", ratings);
	}

	@Test
	void progressiveOnOverridesTheDeclaredReadingAndShowsTheOther() throws Exception {
		Path file = runs.write("rising.json", risingAssessment());
		Map<String, Object> declared = runs.score(file).json();
		assertEquals(false, declared.get("progressive"));
		assertEquals("revision", declared.get("progressiveSource"));
		assertEquals(List.of("0", "0.8", "1"), declared.get("levelScoresExact"));
		assertEquals(List.of(false, true, true), declared.get("met"));
		assertEquals("2", declared.get("totalExact"));
		SmallFixtureRuns.Run on = runs.score(file, "--progressive", "on");
		assertEquals(0, on.exit(), on.err());
		Map<String, Object> r = on.json();
		assertEquals(true, r.get("progressive"));
		assertEquals("--progressive", r.get("progressiveSource"));
		assertEquals(List.of(false, false, false), r.get("met"));
		assertEquals(List.of(false, true, true), r.get("metAlone"));
		assertEquals("1.8", r.get("totalExact"));
		assertEquals("二级", r.get("levelName"));
		Map<?, ?> other = (Map<?, ?>) r.get("otherReading");
		assertEquals(false, other.get("progressive"));
		assertEquals("2", other.get("totalExact"));
		// the text report marks levels that pass the threshold alone but are not met
		String text = runs.score(file, "--progressive=on", "--format", "text").out();
		assertTrue(text.contains("S = 1.8000 → 二级      （逐级独立判定：S = 2.0000 → 二级）\n"), text);
		assertTrue(text.contains("否* — A(i) 达到阈值，但有更低等级未达标"), text);
	}

	@Test
	void textAndHtmlReportsAreChineseByDefaultAndEnglishWhenAsked() throws Exception {
		Path file = runs.write("smelting.json", SmallFixtureRuns.smelting());
		SmallFixtureRuns.Run text = runs.score(file, "--format", "text");
		assertEquals(0, text.exit(), text.err());
		assertTrue(text.out().startsWith("评估文件    " + file + "（JSON）\n修订版      small_fixture — T/TEST 001—2025（征求意见稿）\n"), text.out());
		assertTrue(text.out().contains("\nS = 2.0025 → 二级      （逐级递进：S = 2.0025 → 二级）\n"), text.out());
		assertTrue(text.out().contains("A(i) ≥ 0.8 即为该等级达标；下一等级 三级 自 S = 2.8 起：还差 0.7975\n"), text.out());
		assertTrue(text.out().endsWith("\n" + Decimals.note() + "\n"), text.out());
		assertEquals("得分按分数精确计算；显示的小数按四舍五入保留4位。", Decimals.note());
		String html = runs.score(file, "--format", "html").out();
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), html);
		assertTrue(html.contains("<p class=\"big\">S = 2.0025 → 二级</p>"), html);
		assertTrue(html.contains("<h2>成熟度等级</h2>"), html);

		String english = runs.score(file, "--format", "text", "--lang", "en").out();
		assertTrue(english.startsWith("assessment  " + file + " (JSON)\n"), english);
		assertTrue(english.contains("\nS = 2.0025 → 二级      (progressive on: S = 2.0025 → 二级)\n"), english);
		assertTrue(english.contains("a level is met when A(i) ≥ 0.8; next level 三级 from S = 2.8: 0.7975 to go\n"), english);
		assertTrue(english.endsWith("\nScores are computed exactly (as fractions); decimals shown are rounded half-up to 4 places.\n"), english);
		String englishHtml = runs.score(file, "--format=html", "--lang=en").out();
		assertTrue(englishHtml.contains("<html lang=\"en\">") && englishHtml.contains("<h2>Level</h2>"), englishHtml);
	}

	/** The template the generator writes for 冶炼, its rating column filled; the file as Excel in a Chinese locale saves it too. */
	private static String csvField(String s) {
		boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
		return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}

	@Test
	void csvTemplateFilledInScoresLikeTheJsonAssessment() throws Exception {
		String template = tree.text("templates/smelting.csv");
		Map<String, Object> ratings = SmallFixtureRuns.smeltingRatings();
		// records, not lines: the text of a clause with a continuation paragraph spans two lines of one quoted field
		List<List<String>> records = TemplatesTest.parseCsv(template.substring(1));
		int header = -1;
		for (int i = 0; i < records.size(); i++) {
			if (records.get(i).get(0).equals("clause_id")) {
				header = i;
			}
		}
		assertTrue(header > 0, template);
		int ratingColumn = RequirementColumn.RATING.indexIn(records.get(header));
		assertEquals(List.of("rating", "context", "evidence"), records.get(header).subList(ratingColumn, records.get(header).size()),
				"layout 3's context column, then layout 4's evidence column, follow the rating");
		int filled = 0;
		StringBuilder csvText = new StringBuilder("\uFEFF");
		for (int i = 0; i < records.size(); i++) {
			List<String> record = new ArrayList<>(records.get(i));
			if (i > header) {
				assertEquals("", record.get(ratingColumn), "the template leaves the rating empty: " + record);
				record.set(ratingColumn, String.valueOf(ratings.get(record.get(0))));
				filled++;
			}
			csvText.append(String.join(",", record.stream().map(StandaloneScorerTest::csvField).toList())).append("\r\n");
		}
		assertEquals(16, filled, "the 16 weighted clauses of 表5 + 表6 (the unweighted row is not listed)");
		String csv = csvText.toString();
		Path utf8 = runs.work().resolve("smelting-filled.csv");
		Files.writeString(utf8, csv, StandardCharsets.UTF_8);
		Path gb18030 = runs.work().resolve("smelting-gb18030.csv");
		Files.write(gb18030, csv.substring(1).getBytes(Charset.forName("GB18030")));

		Map<String, Object> json = runs.score(runs.write("smelting.json", SmallFixtureRuns.smelting())).json();
		for (Path file : List.of(utf8, gb18030)) {
			SmallFixtureRuns.Run run = runs.score(file);
			assertEquals(0, run.exit(), run.err());
			Map<String, Object> r = run.json();
			assertEquals(List.of("0.9125", "0.74", "0.2625"), r.get("levelScoresExact"), file.toString());
			assertEquals("2.0025", r.get("totalExact"));
			for (String key : List.of("levelScores", "met", "levels", "domains", "subdomains", "effectiveWeightsExact", "draftGaps", "nextLevelGaps")) {
				assertEquals(json.get(key), r.get(key), key);
			}
		}
		assertTrue(((String) runs.score(gb18030).json().get("format")).contains("GB18030"));
	}

	/** Unusable input: every problem the readers find, as they word it, nothing on stdout, exit 2. */
	@Test
	void unusableAssessmentListsEveryProblemTheReadersFind() throws Exception {
		Map<String, Object> ratings = SmallFixtureRuns.smeltingRatings();
		ratings.remove("表6.能源管理.三级.1");
		ratings.put("表5.组织建设.一级.1", "很好");
		ratings.put("表7.生产作业.一级.1", 1);
		Path file = runs.write("bad.json",
				Map.of("revision", "small_fixture", "sector", "冶炼", "tailored", List.of("表1.组织建设"), "ratings", ratings, "extra", 1));
		List<InputIssue> issues = readersIssues(file);
		assertTrue(issues.size() >= 5, issues.toString());
		SmallFixtureRuns.Run run = runs.score(file);
		assertEquals(2, run.exit());
		assertEquals("", run.out());
		List<String> expected = new ArrayList<>(issues.stream().map(InputIssue::toString).toList());
		expected.add("small_fixture-scoring: " + file + ": " + issues.size() + " 个问题，未评分");
		assertEquals(expected, List.of(run.err().split("\n")));
		for (String clause : List.of("表5.组织建设.一级.1", "表7.生产作业.一级.1", "表6.能源管理.三级.1", "表1.组织建设")) {
			assertTrue(run.err().contains(clause), clause + " is named: " + run.err());
		}

		Path missing = runs.work().resolve("nosuch.json");
		SmallFixtureRuns.Run none = runs.score(missing);
		assertEquals(2, none.exit());
		assertEquals(readersIssues(missing).get(0).toString(), none.err().split("\n")[0]);
		Files.writeString(runs.work().resolve("broken.json"), "{\"revision\": ");
		SmallFixtureRuns.Run broken = runs.score(runs.work().resolve("broken.json"));
		assertEquals(2, broken.exit());
		assertEquals(readersIssues(runs.work().resolve("broken.json")).get(0).toString(), broken.err().split("\n")[0]);
		assertTrue(broken.err().contains("broken.json:1:"), broken.err());
	}

	private static List<InputIssue> readersIssues(Path file) {
		AssessmentMapper.Revisions revisions = Generation.revisions(model());
		return assertThrows(AssessmentInputException.class, () -> AssessmentFiles.read(file, file.toString(), revisions)).issues();
	}

	@Test
	void optionsAreCheckedAndExplained() {
		SmallFixtureRuns.Run help = runs.run("--help");
		assertEquals(0, help.exit());
		assertTrue(help.out().startsWith("用法：java -jar small_fixture-scoring.jar 评估文件 [--format json|text|html] [--progressive on|off] [--lang zh|en]\n"),
				help.out());
		assertTrue(help.out().contains("退出码：0 已评分，2 输入不可用（列出全部问题），3 内部错误\n"), help.out());
		assertTrue(runs.run("--lang", "en", "-h").out().startsWith("usage: java -jar small_fixture-scoring.jar ASSESSMENT"));
		SmallFixtureRuns.Run version = runs.run("--version");
		assertEquals("T/TEST 001—2025 · small_fixture · 测试稿 · draft\n", version.out());

		SmallFixtureRuns.Run format = runs.run("a.json", "--format", "xml");
		assertEquals(2, format.exit());
		assertEquals("small_fixture-scoring: --format 只能是 json、text 或 html，而不是“xml”", format.err().split("\n")[0]);
		assertTrue(format.err().contains("用法："), format.err());
		assertEquals("small_fixture-scoring: --progressive 只能是 on 或 off，而不是“yes”", runs.run("a.json", "--progressive", "yes").err().split("\n")[0]);
		assertEquals("small_fixture-scoring: 未知选项“--text”", runs.run("a.json", "--text").err().split("\n")[0]);
		assertEquals("small_fixture-scoring: 选项 --format 需要一个值", runs.run("a.json", "--format").err().split("\n")[0]);
		assertEquals("small_fixture-scoring: 只能给出一个评估文件（已有 a.json，又给出 b.json）", runs.run("a.json", "b.json").err().split("\n")[0]);
		SmallFixtureRuns.Run nothing = runs.run();
		assertEquals(2, nothing.exit());
		assertEquals("small_fixture-scoring: 缺少评估文件", nothing.err().split("\n")[0]);
		assertEquals("small_fixture-scoring: unknown option '--text'", runs.run("a.json", "--text", "--lang", "en").err().split("\n")[0]);

	}

	/** A jar without a registered revision is an internal error (exit 3), not unusable input. */
	@Test
	void noCompiledRevisionIsAnInternalError() throws Exception {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new StandaloneScorer(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true,
				StandardCharsets.UTF_8), "x-scoring").run(new String[] { runs.write("s.json", SmallFixtureRuns.smelting()).toString() }, List.of());
		assertEquals(StandaloneScorer.INTERNAL_ERROR, exit);
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("x-scoring: 内部错误：此 jar 中没有已编译的修订版"), err.toString(StandardCharsets.UTF_8));
	}
}
