package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.cli.MwbCommand;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * The score reports of {@code mwb score} for the hand-worked assessment of
 * {@link HandWorkedScoresTest#fullMiningAssessmentWithTailoring} (A = 0.865, 0.78, 0.515, 0.175, 0.3; S = 2.77 → 二级;
 * one raise reaches 三级, 表5.乙.四级.1 from 0 to 1: A(四级) + 3/10, S = 3.07; 表5.甲.二级.2 would do too, S = 2.99, and
 * the runtime's plan takes the larger S), in Chinese
 * whatever the machine's locale and in English with {@code --lang en}; the HTML page with its charts and tables; and
 * {@code --partial} for the same assessment with two clauses left unrated.
 */
class ScoreReportsTest {
	@TempDir
	Path dir;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private Path model;

	private Path assessment() throws IOException {
		model = HandModel.write(dir);
		return HandWorkedScoresTest.fullMining(model).writeCsv(dir.resolve("mining.csv"));
	}

	/** mwb exactly as a user runs it: no --lang, so the report's language is mwb's default. */
	private static String[] runWithoutLanguage(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new MwbCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		return new String[] { String.valueOf(exit), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) };
	}

	private String relative(String report) {
		return report.replace(dir.toString() + "/", "");
	}

	static final String CHINESE = """
			评估文件    mining.csv（CSV（UTF-8））
			修订版      hand — T/HAND 1—2025（征求意见稿）
			企业类型    采选；裁剪 1 个：表2.丁
			评分        33 条已评分（其中 1 条属于无权重的要求行，不计分）

			  等级    A(i)  精确值  达标    计入  │  另一读法（逐级递进）：  达标    计入
			  一级  0.8650   0.865  是    1.0000  │                          是    1.0000
			  二级  0.7800    0.78  否    0.7800  │                          否    0.7800
			  三级  0.5150   0.515  否    0.5150  │                          否    0.5150
			  四级  0.1750   0.175  否    0.1750  │                          否    0.1750
			  五级  0.3000     0.3  否    0.3000  │                          否    0.3000
			S = 2.7700 → 二级      （逐级递进：S = 2.7700 → 二级）
			A(i) ≥ 0.8 即为该等级达标；下一等级 三级 自 S = 2.8 起：还差 0.0300
			读法        逐级独立判定（progressive off）：各等级分别判定（9.1～9.2 的公式）；为本修订版的声明，--progressive on 采用另一种读法

			能力域：各等级得分 B(i)（两表中同名的能力域合并；权重为一级的有效权重）
			  能力域  表       权重    一级    二级    三级    四级    五级
			  组织    表1  40.0000%  1.0000  0.7875  0.5000  0.0625  0.0000
			  生产    表2  60.0000%  0.7750  0.7750  0.5250  0.2500  0.5000

			能力子域：各等级得分 C(s,i)；w' 为裁剪和草案缺项之后的有效权重
			  能力子域  权重          w'    一级    二级    三级    四级    五级
			  表1.甲     10%    10.0000%  1.0000  0.7500  0.5000  0.2500  0.0000
			  表1.乙     30%    30.0000%  1.0000  0.8000  0.5000  0.0000  0.0000
			  表2.丙     10%  15.0000% *  0.8000  1.0000  0.8000  0.5000  0.5000
			  表2.丁     20%      已裁剪       —       —       —       —       —
			  表2.戊     30%  45.0000% *  0.7667  0.7000  0.4333  0.1667       —
			  * 表2.丙：w' 一级 15.0000%、二级 15.0000%、三级 15.0000%、四级 15.0000%、五级 60.0000%
			  * 表2.戊：w' 一级 45.0000%、二级 45.0000%、三级 45.0000%、四级 45.0000%、五级 0.0000%

			影响此得分的草案缺项（标明为空的单元格，权重已重新分配：1；无权重的要求行，不计分：1）：
			  - 能力子域“表2.戊”的五级单元格标注为空（草案未填写）：该等级的权重重新分配
			  - 表2中的成熟度要求行“表6.庚”没有权重：其 5 个条款不计分

			升到三级（S ≥ 2.8）最少需将 1 条条款提高到最高评分，依次为：
			  步骤  条款           等级  当前评分   A 增量  提高后 S  提高后等级  条款内容
			     1  表5.乙.四级.1  四级         0  +0.3000    3.0700  三级        应建立乙的四级制度。

			距下一等级 三级：S 还需提高 0.0300，达到 2.8；将单个条款提高到最高评分时 S 增幅最大的条款：
			       ΔS  提高后 S  能力子域  等级  条款           当前评分  条款内容
			  +0.3000    3.0700  表1.乙    四级  表5.乙.四级.1  0         应建立乙的四级制度。
			  +0.3000    3.0700  表1.乙    五级  表5.乙.五级.1  0         应建立乙的五级制度。
			  +0.3000    3.0700  表2.丙    五级  表6.丙.五级.1  0.5       应实现丙的五级要求。
			  +0.2200    2.9900  表1.甲    二级  表5.甲.二级.2  0.5       应开展甲的二级评审。
			  +0.2200    2.9900  表1.乙    二级  表5.乙.二级.1  0.8       应建立乙的二级制度。
			  +0.2200    2.9900  表2.戊    二级  表6.戊.二级.3  0.5       应分析戊的二级数据。
			  +0.1500    2.9200  表1.乙    三级  表5.乙.三级.1  0.5       应建立乙的三级制度。
			  +0.1500    2.9200  表2.戊    三级  表6.戊.三级.2  0         应记录戊的三级数据。
			  +0.1500    2.9200  表2.戊    四级  表6.戊.四级.1  0         应实现戊的四级要求。
			  +0.0750    2.8450  表2.丙    四级  表6.丙.四级.1  0.5       应实现丙的四级要求。

			得分按分数精确计算；显示的小数按四舍五入保留4位。
			""";

	static final String ENGLISH = """
			assessment  mining.csv (CSV, UTF-8)
			revision    hand — T/HAND 1—2025 (征求意见稿)
			sector      采选; tailored (1): 表2.丁
			ratings     33 clauses rated (1 of them in requirement rows without weight: not scored)

			  level    A(i)  exact  met  counted  │  other reading (progressive on):  met  counted
			  一级   0.8650  0.865  yes   1.0000  │                                   yes   1.0000
			  二级   0.7800   0.78  no    0.7800  │                                   no    0.7800
			  三级   0.5150  0.515  no    0.5150  │                                   no    0.5150
			  四级   0.1750  0.175  no    0.1750  │                                   no    0.1750
			  五级   0.3000    0.3  no    0.3000  │                                   no    0.3000
			S = 2.7700 → 二级      (progressive on: S = 2.7700 → 二级)
			a level is met when A(i) ≥ 0.8; next level 三级 from S = 2.8: 0.0300 to go
			reading     progressive off — every level counts on its own (formulas of 9.1-9.2) (declared by the revision; --progressive on applies the other reading)

			domains: score B(i) per level (table weights merged by domain name; weight = effective weight at 一级)
			  domain  tables    weight    一级    二级    三级    四级    五级
			  组织    表1     40.0000%  1.0000  0.7875  0.5000  0.0625  0.0000
			  生产    表2     60.0000%  0.7750  0.7750  0.5250  0.2500  0.5000

			subdomains: score C(s,i) per level; w' = effective weight after tailoring and the draft's gaps
			  subdomain  weight          w'    一级    二级    三级    四级    五级
			  表1.甲        10%    10.0000%  1.0000  0.7500  0.5000  0.2500  0.0000
			  表1.乙        30%    30.0000%  1.0000  0.8000  0.5000  0.0000  0.0000
			  表2.丙        10%  15.0000% *  0.8000  1.0000  0.8000  0.5000  0.5000
			  表2.丁        20%    tailored       —       —       —       —       —
			  表2.戊        30%  45.0000% *  0.7667  0.7000  0.4333  0.1667       —
			  * 表2.丙: w' 一级 15.0000%, 二级 15.0000%, 三级 15.0000%, 四级 15.0000%, 五级 60.0000%
			  * 表2.戊: w' 一级 45.0000%, 二级 45.0000%, 三级 45.0000%, 四级 45.0000%, 五级 0.0000%

			gaps of the revision that shaped this score (cells marked empty, weight redistributed: 1; rows without weight, not scored: 1):
			  - cell "表2.戊" at level 五级 is marked empty (草案未填写): its weight is redistributed at that level
			  - requirement row "表6.庚" of table 表2 has no weight: its 5 clause(s) are not scored

			to reach 三级 (S ≥ 2.8) at least 1 clauses must be raised to the top rating, in this order:
			  step  clause         level  now   A gain  S after  level after  text
			     1  表5.乙.四级.1  四级     0  +0.3000   3.0700  三级         应建立乙的四级制度。

			gap to the next level 三级: S must rise by 0.0300 to 2.8; the largest gains in S from raising one clause to the top rating:
			       ΔS  S after  subdomain  level  clause         now  text
			  +0.3000   3.0700  表1.乙     四级   表5.乙.四级.1  0    应建立乙的四级制度。
			  +0.3000   3.0700  表1.乙     五级   表5.乙.五级.1  0    应建立乙的五级制度。
			  +0.3000   3.0700  表2.丙     五级   表6.丙.五级.1  0.5  应实现丙的五级要求。
			  +0.2200   2.9900  表1.甲     二级   表5.甲.二级.2  0.5  应开展甲的二级评审。
			  +0.2200   2.9900  表1.乙     二级   表5.乙.二级.1  0.8  应建立乙的二级制度。
			  +0.2200   2.9900  表2.戊     二级   表6.戊.二级.3  0.5  应分析戊的二级数据。
			  +0.1500   2.9200  表1.乙     三级   表5.乙.三级.1  0.5  应建立乙的三级制度。
			  +0.1500   2.9200  表2.戊     三级   表6.戊.三级.2  0    应记录戊的三级数据。
			  +0.1500   2.9200  表2.戊     四级   表6.戊.四级.1  0    应实现戊的四级要求。
			  +0.0750   2.8450  表2.丙     四级   表6.丙.四级.1  0.5  应实现丙的四级要求。

			Scores are computed exactly (as fractions); decimals shown are rounded half-up to 4 places.
			""";

	@Test
	void theTextReportIsChineseWhateverTheLocale() throws IOException {
		Path file = assessment();
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.US); // an English machine: mwb never consults the locale
			String[] run = runWithoutLanguage("score", model.toString(), file.toString());
			assertEquals("", run[2]);
			assertEquals("0", run[0]);
			assertEquals(CHINESE, relative(run[1]));
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void theTextReportInEnglish() throws IOException {
		Path file = assessment();
		Cli.Run run = HandWorkedScoresTest.ok(Cli.score(model, file, "--lang", "en"));
		assertEquals(ENGLISH, relative(run.out()));
	}

	/**
	 * Figure 1 draws A(i) on a 0-1 scale 180 px high from y = 18: the threshold 0.8 at y = 18 + 180 × 0.2 = 54, the bar
	 * of 一级 (0.865) 180 × 0.865 = 155.7 px high; Figure 2 has one bar per domain and level with a score (组织 and 生产
	 * at five levels: 10 bars).
	 */
	@Test
	void theHtmlReportHasChartsTablesAndThePlanWithClauseTexts() throws IOException {
		Path file = assessment();
		Document d = Jsoup.parse(HandWorkedScoresTest.ok(Cli.score(model, file, "--format", "html")).out());
		List<Element> charts = d.select("figure > svg.chart");
		assertEquals(2, charts.size());
		Element levels = charts.get(0);
		assertEquals("54.0", levels.selectFirst("line.threshold").attr("y1"));
		assertEquals(List.of("155.7", "140.4", "92.7", "31.5", "54.0"), levels.select("rect").eachAttr("height"));
		assertEquals(List.of("0.8650", "0.7800", "0.5150", "0.1750", "0.3000"), levels.select("text[text-anchor=middle]:not([font-size])").eachText());
		assertEquals(List.of("图1 各等级得分 A(i)（虚线为达标阈值 0.8）", "图2 各能力域在各等级的得分 B(i)（虚线为阈值 0.8）"), d.select("figcaption").eachText());
		Element domains = charts.get(1);
		assertEquals(10, domains.select("rect[height]").stream().filter(r -> r.selectFirst("title") != null).count());
		assertTrue(domains.select("rect > title").eachText().contains("生产 一级：0.7750"), "B(生产, 一级) = 31/40");
		for (Element table : d.select("table")) {
			assertNotNull(table.selectFirst("> thead > tr > th"), "header row repeated in print: " + table.text());
		}
		Element plan = d.select("h3:contains(最少提升方案) + table").first();
		assertNotNull(plan);
		List<Element> steps = plan.select("tbody tr, > tr").stream().filter(r -> r.selectFirst("td") != null).toList();
		assertEquals(1, steps.size());
		assertEquals(List.of("1", "表5.乙.四级.1", "应建立乙的四级制度。", "四级", "0", "+0.3000", "3.0700", "三级"), steps.get(0).select("td").eachText());
		assertTrue(d.selectFirst("style").data().contains("@page{size:A4"));
		assertTrue(d.text().contains("修订版 hand（征求意见稿）"), "the stage in the standard's words");
	}

	private Path partialAssessment() throws IOException {
		model = HandModel.write(dir);
		Fixture f = HandWorkedScoresTest.fullMining(model);
		f.ratings.remove("表5.乙.四级.1");
		f.ratings.remove("表6.丙.五级.1");
		return f.writeCsv(dir.resolve("partial.csv"));
	}

	/**
	 * 表5.乙.四级.1 (w' 3/10) and 表6.丙.五级.1 (w' 3/5 at 五级) unrated. Lower bound, both at 不满足 (0): A4 = 7/40 as in
	 * the complete assessment, A5 = 0; S = 1 + 39/50 + 103/200 + 7/40 + 0 = 2.47 → 二级. Upper bound, both at 全部满足 (1):
	 * A4 = 7/40 + 3/10 = 19/40 = 0.475, A5 = 3/5; S = 1 + 0.78 + 0.515 + 0.475 + 0.6 = 3.37 → 三级.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void partialScoresTheUnratedClausesAtBothEnds() throws IOException {
		Path file = partialAssessment();
		Map<String, Object> r = HandWorkedScoresTest.ok(Cli.score(model, file, "--partial", "--format", "json")).json();
		assertEquals(true, r.get("provisional"));
		assertEquals(Map.of("lowerBound", "不满足", "upperBound", "全部满足"), r.get("unratedAs"));
		assertEquals(List.of(Map.of("clause", "表5.乙.四级.1", "text", "应建立乙的四级制度。"), Map.of("clause", "表6.丙.五级.1", "text", "应实现丙的五级要求。")),
				r.get("unrated"));
		Map<String, Object> lower = (Map<String, Object>) r.get("lowerBound");
		Map<String, Object> upper = (Map<String, Object>) r.get("upperBound");
		assertEquals(List.of("0.865", "0.78", "0.515", "0.175", "0"), lower.get("levelScoresExact"));
		assertEquals("2.47", lower.get("totalExact"));
		assertEquals("二级", lower.get("levelName"));
		assertEquals(List.of("0.865", "0.78", "0.515", "0.475", "0.6"), upper.get("levelScoresExact"));
		assertEquals("3.37", upper.get("totalExact"));
		assertEquals("三级", upper.get("levelName"));

		String text = HandWorkedScoresTest.ok(Cli.score(model, file, "--partial")).out();
		assertTrue(text.startsWith("暂定评分（评估进行中）\n评估尚未完成：2 条条款未评分。下限按未评分条款全部为“不满足”计算，上限按全部为“全部满足”计算；"), text);
		assertTrue(text.contains("  四级  0.1750 暂定  否    0.4750 暂定  否\n"), text);
		assertTrue(text.contains("S（暂定）= 2.4700 → 二级  至  3.3700 → 三级\n成熟度等级（暂定）：二级 至 三级\n"), text);
		assertTrue(text.contains("未评分的条款（2 条）：\n  表5.乙.四级.1  应建立乙的四级制度。\n  表6.丙.五级.1  应实现丙的五级要求。\n"), text);

		Document html = Jsoup.parse(HandWorkedScoresTest.ok(Cli.score(model, file, "--partial", "--format", "html")).out());
		assertEquals("暂定评分（评估进行中）", html.selectFirst("h1").text());
		assertEquals(12, html.select("span.prov").size(), "every A(i) and S of both bounds is marked provisional");
		assertEquals(List.of("下限（未评分按“不满足”）", "上限（未评分按“全部满足”）"), html.select("svg.chart text[x]").stream().map(Element::text)
				.filter(t -> t.startsWith("下限") || t.startsWith("上限")).toList());
	}

	@Test
	void withoutPartialAMissingRatingStaysAnError() throws IOException {
		Path file = partialAssessment();
		Cli.Run run = Cli.score(model, file);
		assertEquals(2, run.exit());
		assertEquals("", run.out());
		assertTrue(run.err().contains("条款“表5.乙.四级.1”缺少评分"), run.err());
		assertTrue(run.err().contains("条款“表6.丙.五级.1”缺少评分"), run.err());
	}
}
