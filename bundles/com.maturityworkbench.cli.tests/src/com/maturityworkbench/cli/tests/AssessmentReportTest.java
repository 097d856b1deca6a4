package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.poi.PoiContext;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.json.JsonWriter;

/**
 * {@code mwb report MODEL ASSESSMENT --out FILE.html|FILE.docx}, the 评估报告 of 8.7.4, for the hand-worked assessment of
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
		assertEquals(List.of("企业名称", "统一社会信用代码", "地址", "所属行业/主营产品", "评估日期", "评估机构", "评估组成员", "评估依据", "评估文件", "企业类型", "裁剪的能力子域",
				"已评分条款"), d.select("table.facts th").eachText());
		assertEquals(List.of("未填写", "未填写", "未填写", "未填写", "未填写", "未填写", "未填写"), d.select("table.facts td").eachText().subList(0, 7),
				"a file of layout 1 gives no particulars: nothing is invented");
		assertEquals("表2.丁", d.select("table.facts td").get(7 + 3).text());
		assertTrue(d.select("div.written").isEmpty(), "no text of the panel");
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

	/**
	 * The same assessment as JSON of layout 5 with the enterprise's particulars (the address left out), the panel's
	 * text of 分析报告, 优秀经验 and 改进建议, and a panel of three members on three clauses, whose medians are the
	 * clauses' ratings (the scores stay those of the class comment):
	 *
	 * <pre>
	 * 表5.甲.一级.1  全部满足, 全部满足, 部分满足 → median 1;   0.5 to 1: the steps 0.8 and 1 → 2 steps, to settle
	 * 表6.戊.二级.3  部分满足, 大部分满足, 部分满足 → 0.5;   0.5 to 0.8: 1 step, not listed
	 * 表6.丙.三级.1  大部分满足, 不满足, 全部满足 → 0.8;     0 to 1: 0.5, 0.8 and 1 → 3 steps, to settle
	 * </pre>
	 */
	private Path panelAssessment(Path model) throws IOException {
		Fixture f = HandWorkedScoresTest.fullMining(model);
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("layout", 5);
		m.put("standard", f.model().standardCode());
		m.put("revision", f.model().revisionId());
		m.put("revisionLabel", f.model().revisionLabel());
		m.put("sector", f.sector);
		m.put("tailored", f.tailored);
		m.put("enterprise", "示例有色金属采选有限公司（虚构）");
		m.put("creditCode", "91000000MA00000001");
		m.put("industry", "铜矿采选/铜精矿");
		m.put("assessmentDate", "2026-11-20");
		m.put("assessor", "示例评估中心（虚构）");
		m.put("panelMembers", "张三（组长）、李四、王五");
		m.put("analysis", "组织建设扎实。\n数据治理薄弱。");
		m.put("strengths", "甲、乙两项制度健全。");
		m.put("advice", "一企一策：先补齐戊的二级要求，再建设乙的四级制度。");
		Map<String, Object> ratings = new LinkedHashMap<>();
		f.rows.stream().filter(r -> f.ratings.containsKey(r.clauseId())).forEach(r -> ratings.put(r.clauseId(), f.ratings.get(r.clauseId())));
		m.put("ratings", ratings);
		Map<String, Object> panel = new LinkedHashMap<>();
		panel.put("表5.甲.一级.1", List.of(HandWorkedScoresTest.FULL, HandWorkedScoresTest.FULL, HandWorkedScoresTest.PARTLY));
		panel.put("表6.戊.二级.3", List.of(HandWorkedScoresTest.PARTLY, HandWorkedScoresTest.MOSTLY, HandWorkedScoresTest.PARTLY));
		panel.put("表6.丙.三级.1", List.of(HandWorkedScoresTest.MOSTLY, HandWorkedScoresTest.NOT, HandWorkedScoresTest.FULL));
		m.put("panel", panel);
		return Files.writeString(dir.resolve("panel.json"), JsonWriter.writePretty(m), StandardCharsets.UTF_8);
	}

	private static final List<String> PARTS = List.of("1 基本情况", "2 企业成熟度总体评估", "3 能力域成熟度分项评估", "4 分析报告", "5 优秀经验", "6 短板不足", "7 改进建议",
			"附 评估组成员评分分歧的条款");
	private static final List<List<String>> PARTICULARS = List.of(List.of("企业名称", "示例有色金属采选有限公司（虚构）"), List.of("统一社会信用代码", "91000000MA00000001"),
			List.of("地址", "未填写"), List.of("所属行业/主营产品", "铜矿采选/铜精矿"), List.of("评估日期", "2026-11-20"), List.of("评估机构", "示例评估中心（虚构）"),
			List.of("评估组成员", "张三（组长）、李四、王五"));
	private static final List<List<String>> STRONGEST = List.of(List.of("表2.丙", "二级", "1.0000", "15.0000%", "0.0000"),
			List.of("表1.乙", "二级", "0.8000", "30.0000%", "0.0600"));
	private static final List<List<String>> WEAKEST = List.of(List.of("表2.戊", "二级", "0.7000", "45.0000%", "0.1350"),
			List.of("表1.乙", "二级", "0.8000", "30.0000%", "0.0600"), List.of("表1.甲", "二级", "0.7500", "10.0000%", "0.0250"));
	private static final List<List<String>> PLAN = List.of(List.of("1", "表5.乙.四级.1", "应建立乙的四级制度。", "四级", "0", "+0.3000", "3.0700", "三级"));
	private static final List<List<String>> DISAGREEMENTS = List.of(List.of("表5.甲.一级.1", "应建立甲的一级制度，明确职责。", "全部满足、全部满足、部分满足", "2", "全部满足"),
			List.of("表6.丙.三级.1", "应实现丙的三级要求。", "大部分满足、不满足、全部满足", "3", "大部分满足"));

	@Test
	void theHtmlReportCarriesTheParticularsThePanelsTextAndItsDisagreements() throws IOException {
		Path model = HandModel.write(dir);
		Path out = dir.resolve("报告.html");
		HandWorkedScoresTest.ok(Cli.run("report", model.toString(), panelAssessment(model).toString(), "--out", out.toString()));
		Document d = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
		assertEquals(PARTS, d.select("h2").eachText());
		assertEquals(PARTICULARS, d.select("table.facts tr").stream().limit(7).map(r -> List.of(r.selectFirst("th").text(), r.selectFirst("td").text())).toList());
		assertEquals(List.of("地址"), d.select("table.facts tr:has(td.unfilled) th").eachText());
		assertTrue(d.text().contains("总分 S = 2.7700，成熟度等级为二级（精确值 2.77）。"), "the panel's consensus scores as the ratings alone");
		assertEquals(STRONGEST, rows(d.selectFirst("h2.part-strengths ~ table")));
		assertEquals(WEAKEST, rows(d.selectFirst("h2.part-weaknesses ~ table")));
		assertEquals(PLAN, rows(d.selectFirst("h2.part-advice ~ h3 + table")));
		assertEquals(List.of(List.of("评估组意见（分析报告）", "组织建设扎实。", "数据治理薄弱。"), List.of("评估组意见（优秀经验）", "甲、乙两项制度健全。"),
				List.of("评估组意见（改进建议）", "一企一策：先补齐戊的二级要求，再建设乙的四级制度。")),
				d.select("div.written").stream().map(w -> w.select("p").eachText()).toList(), "the panel's text after each computed part it writes for; none for 短板不足");
		assertEquals(List.of("h2", "ul", "div"), d.select("h2.part-analysis, h2.part-analysis + ul, h2.part-analysis + ul + div.written").stream().map(Element::tagName).toList(),
				"分析报告's text right after the computed analysis");
		assertEquals(DISAGREEMENTS, rows(d.selectFirst("h2.part-disagreements ~ table")));
		assertEquals(2, d.select("svg.chart").size());
	}

	@Test
	void theWordReportHasTheSamePartsFiguresPlanPanelTextAndDisagreements() throws Exception {
		Path model = HandModel.write(dir);
		Path assessment = panelAssessment(model);
		Path out = dir.resolve("报告.docx");
		Cli.Run run = HandWorkedScoresTest.ok(Cli.run("report", model.toString(), assessment.toString(), "--out", out.toString()));
		assertTrue(run.out().startsWith("已写入评估报告 " + out), run.out());
		PoiContext.call(() -> {
			try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
				assertEquals(PARTS, headings(doc, "Heading1"), "the parts as Word headings");
				assertEquals(List.of("草案缺项对得分的影响（2 处）", "升到三级的最少提升方案：1 条条款"), headings(doc, "Heading2"));
				var page = doc.getDocument().getBody().getSectPr().getPgSz();
				assertEquals(List.of("11906", "16838"), List.of(page.getW().toString(), page.getH().toString()), "A4 portrait");
				List<XWPFTable> tables = doc.getTables();
				List<List<String>> facts = texts(tables.get(0));
				assertEquals(PARTICULARS, facts.subList(0, 7));
				assertEquals(List.of("企业类型", "采选"), facts.get(9));
				assertEquals(List.of("裁剪的能力子域", "表2.丁"), facts.get(10));
				String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + b + "\n");
				assertTrue(text.contains("总分 S = 2.7700，成熟度等级为二级（精确值 2.77）。"), text);
				List<List<String>> levels = texts(tables.get(1));
				assertEquals(List.of("等级", "A(i)"), levels.get(0).subList(0, 2));
				assertEquals(List.of(List.of("一级", "0.8650"), List.of("二级", "0.7800"), List.of("三级", "0.5150"), List.of("四级", "0.1750"), List.of("五级", "0.3000")),
						levels.subList(1, 6).stream().map(r -> r.subList(0, 2)).toList());
				assertEquals(List.of("S", "", "", "2.7700"), levels.get(6).subList(0, 4));
				assertEquals(List.of("等级", "", "", "二级"), levels.get(7).subList(0, 4));
				// Figure 1 as a bar table: A(i) × 20 shaded cells, rounded half up (0.865 → 17.3 → 17, 0.78 → 15.6 → 16,
				// 0.515 → 10.3 → 10, 0.175 → 3.5 → 4, 0.3 → 6), the threshold 0.8 on the left edge of the 17th cell
				XWPFTable chart = tables.get(2);
				assertEquals(List.of("一级", "0.8650"), texts(chart).get(0).subList(0, 2));
				assertEquals(List.of(17, 16, 10, 4, 6), chart.getRows().stream().map(r -> (int) r.getTableCells().stream().skip(2).filter(c -> c.getColor() != null).count()).toList());
				assertEquals("dashed", chart.getRow(0).getCell(2 + 16).getCTTc().getTcPr().getTcBorders().getLeft().getVal().toString());
				List<XWPFTable> standings = tables.stream().filter(t -> texts(t).get(0).equals(List.of("能力子域", "等级", "C(s,i)", "w'", "损失"))).toList();
				assertEquals(List.of(STRONGEST, WEAKEST), standings.stream().map(t -> texts(t).subList(1, t.getRows().size())).toList());
				assertEquals(PLAN, body(tables, "步骤"));
				assertEquals(DISAGREEMENTS, body(tables, "条款"));
				int analysis = text.indexOf("评估组意见（分析报告）\n组织建设扎实。\n数据治理薄弱。\n");
				assertTrue(analysis > text.indexOf("4 分析报告") && analysis < text.indexOf("5 优秀经验"), text);
				int advice = text.indexOf("评估组意见（改进建议）\n一企一策：先补齐戊的二级要求，再建设乙的四级制度。");
				assertTrue(advice > text.indexOf("7 改进建议") && advice < text.indexOf("附 评估组成员评分分歧的条款"), text);
				assertFalse(text.contains("评估组意见（短板不足）"));
			}
			return null;
		});
		Path again = dir.resolve("again.docx");
		HandWorkedScoresTest.ok(Cli.run("report", model.toString(), assessment.toString(), "--out", again.toString()));
		assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again), "the same assessment gives the same bytes");
	}

	@Test
	void theWordReportInEnglish() throws Exception {
		Path model = HandModel.write(dir);
		Path out = dir.resolve("report.docx");
		HandWorkedScoresTest.ok(Cli.run("--lang", "en", "report", model.toString(), panelAssessment(model).toString(), "--out", out.toString()));
		PoiContext.call(() -> {
			try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
				assertEquals(List.of("1 Basic information", "2 Overall maturity", "3 Maturity per domain", "4 Analysis", "5 Strengths", "6 Weaknesses", "7 Recommendations",
						"Annex: clauses the panel's members rated apart"), headings(doc, "Heading1"));
				assertEquals(List.of(List.of("enterprise", "示例有色金属采选有限公司（虚构）"), List.of("unified social credit code", "91000000MA00000001"),
						List.of("address", "not filled in")), texts(doc.getTables().get(0)).subList(0, 3));
			}
			return null;
		});
	}

	@Test
	void anOutputThatIsNeitherHtmlNorDocxIsRefused() throws IOException {
		Path model = HandModel.write(dir);
		Path out = dir.resolve("r.pdf");
		Cli.Run run = Cli.run("report", model.toString(), panelAssessment(model).toString(), "--out", out.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains(out + "：评估报告写为 .html 或 .docx 文件"), run.err());
		assertFalse(Files.exists(out));
	}

	private static List<String> headings(XWPFDocument doc, String style) {
		return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
	}

	private static List<List<String>> texts(XWPFTable t) {
		return t.getRows().stream().map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
	}

	/** The rows after the header of the table whose first header cell is {@code head}. */
	private static List<List<String>> body(List<XWPFTable> tables, String head) {
		XWPFTable t = tables.stream().filter(x -> texts(x).get(0).get(0).equals(head)).findFirst().orElseThrow();
		return texts(t).subList(1, t.getRows().size());
	}

	private static List<List<String>> rows(Element table) {
		return table.select("tbody > tr, > tr").stream().filter(r -> r.selectFirst("td") != null).map(r -> r.select("td").eachText()).toList();
	}
}
