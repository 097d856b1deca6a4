package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.json.JsonReader;

/**
 * The rule {@code rules not applicable …} through {@code mwb score} (JSON and CSV) and the generated standalone jar, on a
 * minimal revision worked by hand:
 *
 * <pre>
 * 表1 common 40 %: domain 组织 = 甲 20 % (3 clauses at 一级, 1 at the other levels) + 乙 20 % (1 clause per level)
 * 表2 采选 60 %:   domain 生产 = 丙 60 % (1 clause per level); 表3 冶炼 60 % (己) is not used here
 * ratings: every clause 全部满足 except 甲 一级 = [1, 0.5, x] and 丙 一级 = 0.8
 *
 * x = 不适用 (allowed): C(甲,一级) = (1 + 0.5) / 2 = 3/4 (n = 2)
 *   A1 = 0.2·3/4 + 0.2·1 + 0.6·0.8 = 0.15 + 0.2 + 0.48 = 0.83 ≥ 0.8, met; A2..A5 = 1: S = 5 → 五级
 * x = 0 (不满足):       C(甲,一级) = 1.5 / 3 = 1/2
 *   A1 = 0.1 + 0.2 + 0.48 = 0.78 < 0.8, not met: S = 4 + 0.78 = 4.78 → 四级
 * 甲 一级 all 不适用:    甲 is not scored at 一级, 组织's 40 % goes to 乙: A1 = 0.4·1 + 0.48 = 0.88, met: S = 5
 * x = 不适用 in a revision without the rule (forbidden): refused, exit 2, the file and row named
 * </pre>
 */
class NotApplicableScoringTest {

	/** The language a test set does not outlive it: the next test class starts in Chinese, the default. */
	@AfterEach
	void restoreChinese() {
		Language.set(Language.ZH);
	}
	@TempDir
	static Path dir;
	private static Path allowing;
	private static Path forbidding;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	static String revision(String rules) {
		String cells = """
				      二级
				        a) "应有二级。"
				      三级
				        a) "应有三级。"
				      四级
				        a) "应有四级。"
				      五级
				        a) "应有五级。"
				""";
		// the head of the hand model (levels, Table 9 scale, parts 40/60, sectors 采选 and 冶炼, Table 10 bands, composite mean)
		String head = HandModel.TEXT.substring(0, HandModel.TEXT.indexOf("\nweights ")).replace("standard hand \"手算模型\"", "standard na \"不适用测试\"")
				.replace("allow 表2.丁, 表1.甲", "allow all");
		return head + rules + """

				weights 表1 "基础共性" part 基础共性
				  domain 组织
				    甲 20%
				    乙 20%

				weights 表2 "采选" part 行业特性 sector 采选
				  domain 生产
				    丙 60%

				weights 表3 "冶炼" part 行业特性 sector 冶炼
				  domain 冶炼生产
				    己 60%

				requirements 表5 "基础共性要求" part 基础共性
				  domain 组织
				    subdomain 甲
				      一级
				        a) "应建立甲制度。"
				        b) "应开展甲培训。"
				        c) "应评审甲。"
				""" + cells + """
				    subdomain 乙
				      一级
				        a) "应建立乙制度。"
				""" + cells + """

				requirements 表6 "采选要求" part 行业特性 sector 采选
				  domain 生产
				    subdomain 丙
				      一级
				        a) "应实现丙。"
				""" + cells + """

				requirements 表7 "冶炼要求" part 行业特性 sector 冶炼
				  domain 冶炼生产
				    subdomain 己
				      一级
				        a) "应实现己。"
				""" + cells;
	}

	@BeforeAll
	static void revisions() throws Exception {
		allowing = Files.createDirectories(dir.resolve("allowing"));
		Files.writeString(allowing.resolve("na.maturity"), revision("\nrules\n  not applicable allowed as 不适用\n"), StandardCharsets.UTF_8);
		forbidding = Files.createDirectories(dir.resolve("forbidding"));
		Files.writeString(forbidding.resolve("na.maturity"), revision(""), StandardCharsets.UTF_8);
		Cli.Run check = Cli.run("validate", allowing.toString());
		assertEquals(0, check.exit(), check.out() + check.err());
	}

	private static Fixture assessment(Path revision, Object third) {
		return new Fixture(Models.load(revision), "采选").all("全部满足").cell("表5.甲.一级", "全部满足", "部分满足", third).cell("表6.丙.一级", "大部分满足");
	}

	private static Map<?, ?> scoreJson(Path revision, Path assessment) {
		Cli.Run run = Cli.score(revision, assessment, "--format", "json");
		assertEquals("", run.err());
		assertEquals(0, run.exit());
		return (Map<?, ?>) JsonReader.parse(run.out());
	}

	private static Path write(String name, String text) throws Exception {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	@Test
	void aNotApplicableClauseLeavesTheCellsNThroughJsonAndCsv() throws Exception {
		Fixture f = assessment(allowing, "不适用");
		for (Path file : List.of(write("na.json", f.json()), write("na.csv", f.csvText()))) {
			Map<?, ?> r = scoreJson(allowing, file);
			assertEquals(List.of("0.83", "1", "1", "1", "1"), r.get("levelScoresExact"), file.toString());
			assertEquals("5", r.get("totalExact"));
			assertEquals("五级", r.get("levelLabel"));
			assertEquals(List.of("表5.甲.一级.3"), r.get("notApplicable"));
		}
		Cli.Run text = Cli.score(allowing, dir.resolve("na.csv"));
		assertTrue(text.out().contains("不适用      1 条评为不适用，不计入所在单元格的条款数 n：表5.甲.一级.3"), text.out());
		Cli.Run html = Cli.score(allowing, dir.resolve("na.json"), "--format", "html");
		assertTrue(html.out().contains("1 条评为不适用，不计入所在单元格的条款数 n：表5.甲.一级.3"), html.out());
	}

	@Test
	void theSameClauseRatedNotMetGivesAnotherLevel() throws Exception {
		Map<?, ?> r = scoreJson(allowing, write("zero.json", assessment(allowing, "不满足").json()));
		assertEquals(List.of("0.78", "1", "1", "1", "1"), r.get("levelScoresExact"));
		assertEquals("4.78", r.get("totalExact"));
		assertEquals("四级", r.get("levelLabel"));
		assertTrue(!r.containsKey("notApplicable"), "no member without a not-applicable rating: the result is as layout 1 always was");
		Map<?, ?> forbidden = scoreJson(forbidding, write("zero-forbidding.json", assessment(forbidding, "不满足").json()));
		assertEquals("4.78", forbidden.get("totalExact"));
	}

	@Test
	void aCellWhollyNotApplicableIsScoredLikeAnEmptyCell() throws Exception {
		Fixture f = assessment(allowing, "不适用").cell("表5.甲.一级", "不适用", "不适用", "不适用");
		Map<?, ?> r = scoreJson(allowing, write("all-na.csv", f.csvText()));
		assertEquals(List.of("0.88", "1", "1", "1", "1"), r.get("levelScoresExact"));
		assertTrue(String.valueOf(r.get("draftGaps")).contains("CELL_NOT_APPLICABLE"), String.valueOf(r.get("draftGaps")));
	}

	@Test
	void refusedWithTheFileAndRowWhenTheRevisionForbidsIt() throws Exception {
		Path csv = write("forbidden.csv", assessment(forbidding, "不适用").csvText());
		Cli.Run run = Cli.score(forbidding, csv);
		assertEquals(2, run.exit());
		assertEquals("", run.out());
		// 6 metadata lines and the header: 表5.甲.一级.3, the third clause row, is line 10
		assertTrue(run.err().contains(csv + ":10: 条款“表5.甲.一级.3”评为“不适用”（不适用），但修订版“na”不允许不适用的评分：请按满足程度评分"), run.err());
		Path json = write("forbidden.json", assessment(forbidding, "不适用").json());
		Cli.Run j = Cli.score(forbidding, json);
		assertEquals(2, j.exit());
		assertTrue(j.err().contains("条款“表5.甲.一级.3”评为“不适用”（不适用），但修订版“na”不允许不适用的评分"), j.err());
		Language.set(Language.EN);
		Cli.Run en = Cli.score(forbidding, csv);
		assertTrue(en.err().contains("clause \"表5.甲.一级.3\" is rated \"不适用\" (not applicable), but revision \"na\" does not allow not-applicable ratings"), en.err());
	}

	@Test
	void theGeneratedStandaloneJarScoresTheSame() throws Exception {
		Path out = dir.resolve("generated");
		Cli.Run gen = Cli.run("generate", allowing.toString(), "--out", out.toString());
		assertEquals(0, gen.exit(), gen.err());
		assertTrue(Files.readString(out.resolve("templates/mining.csv"), StandardCharsets.UTF_8).contains("不满足=0; 不适用=不计入"));
		Path assessment = dir.resolve("na.json");
		Files.writeString(assessment, assessment(allowing, "不适用").json(), StandardCharsets.UTF_8);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				out.resolve("na-scoring.jar").toString(), assessment.toString(), "--format", "json"));
		java.lang.Process p = new ProcessBuilder(command).start();
		String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(120, TimeUnit.SECONDS));
		assertEquals("", stderr);
		assertEquals(0, p.exitValue());
		assertEquals(Cli.score(allowing, assessment, "--format", "json").out(), stdout);
		assertEquals("5", ((Map<?, ?>) JsonReader.parse(stdout)).get("totalExact"));
	}
}
