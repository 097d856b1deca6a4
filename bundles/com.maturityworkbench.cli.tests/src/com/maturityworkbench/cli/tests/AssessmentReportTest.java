package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.scoring.i18n.Language;

/**
 * {@code mwb report MODEL ASSESSMENT --out FILE.html}, the 评估报告 of 8.7.4, for the hand-worked assessment of
 * {@link HandWorkedScoresTest#fullMiningAssessmentWithTailoring}: S = 2.77 → 二级, 一级 met, 二级 not (A = 0.78).
 *
 * <pre>
 * the level worked towards is 二级; there (w' from the hand-worked weights, C from the ratings):
 *   表1.甲 w' 1/10,  C 3/4  → loss 1/10 × 1/4  = 0.025
 *   表1.乙 w' 3/10,  C 4/5  → loss 3/10 × 1/5  = 0.06
 *   表2.丙 w' 3/20,  C 1    → loss 0
 *   表2.戊 w' 9/20,  C 7/10 → loss 9/20 × 3/10 = 0.135
 * 优秀经验 (C ≥ 0.8, highest first): 表2.丙 1, 表1.乙 0.8
 * 短板不足 (largest loss first): 表2.戊 0.135, 表1.乙 0.06, 表1.甲 0.025
 * 改进建议: one raise, 表5.乙.四级.1 from 0 to 1: A(四级) + 3/10, S = 3.07 → 三级
 * </pre>
 */
class AssessmentReportTest {
	@TempDir
	Path dir;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void theReportHasThePartsOf874WithTheRuntimesFigures() throws IOException {
		Path model = HandModel.write(dir);
		Path assessment = HandWorkedScoresTest.fullMining(model).writeCsv(dir.resolve("mining.csv"));
		Path out = dir.resolve("报告.html");
		Cli.Run run = HandWorkedScoresTest.ok(Cli.run("report", model.toString(), assessment.toString(), "--out", out.toString()));
		assertTrue(run.out().startsWith("已写入评估报告 " + out), run.out());
		Document d = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
		assertEquals(List.of("1 基本情况", "2 企业成熟度总体评估", "3 能力域成熟度分项评估", "4 分析报告", "5 优秀经验", "6 短板不足", "7 改进建议"), d.select("h2").eachText());
		assertEquals(List.of("评估依据", "评估文件", "企业类型", "裁剪的能力子域", "已评分条款"), d.select("table.facts th").eachText());
		assertEquals("表2.丁", d.select("table.facts td").get(3).text());
		assertTrue(d.text().contains("总分 S = 2.7700，成熟度等级为二级（精确值 2.77）。"), d.text());
		assertEquals(List.of("达标的等级：一级。", "距下一等级三级还差 0.0300（S 需达到 2.8）；正在迈向的二级得分 A = 0.7800，达标阈值为 0.8。",
				"修订版有 2 处草案缺项影响了有效权重（见第3部分）。"), d.select("h2.part-analysis + ul > li").eachText());
		assertEquals(List.of(List.of("表2.丙", "二级", "1.0000", "15.0000%", "0.0000"), List.of("表1.乙", "二级", "0.8000", "30.0000%", "0.0600")),
				rows(d.selectFirst("h2.part-strengths ~ table")));
		assertEquals(List.of(List.of("表2.戊", "二级", "0.7000", "45.0000%", "0.1350"), List.of("表1.乙", "二级", "0.8000", "30.0000%", "0.0600"),
				List.of("表1.甲", "二级", "0.7500", "10.0000%", "0.0250")), rows(d.selectFirst("h2.part-weaknesses ~ table")));
		List<List<String>> plan = rows(d.selectFirst("h2.part-advice ~ h3 + table"));
		assertEquals(List.of(List.of("1", "表5.乙.四级.1", "应建立乙的四级制度。", "四级", "0", "+0.3000", "3.0700", "三级")), plan);
		assertEquals(2, d.select("svg.chart").size(), "A(i) in part 2, the domains in part 3");
		assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().startsWith(".mwb-report-")), "no temporary file left");
	}

	@Test
	void aRefusedAssessmentWritesNoReport() throws IOException {
		Path model = HandModel.write(dir);
		Fixture f = HandWorkedScoresTest.fullMining(model);
		f.ratings.remove("表5.乙.四级.1");
		Path assessment = f.writeCsv(dir.resolve("partial.csv"));
		Path out = dir.resolve("r.html");
		Cli.Run run = Cli.run("report", model.toString(), assessment.toString(), "--out", out.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("条款“表5.乙.四级.1”缺少评分"), run.err());
		assertFalse(Files.exists(out));
	}

	private static List<List<String>> rows(Element table) {
		return table.select("tbody > tr, > tr").stream().filter(r -> r.selectFirst("td") != null).map(r -> r.select("td").eachText()).toList();
	}
}
