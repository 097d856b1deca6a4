package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.generator.AssessmentSchema;
import com.maturityworkbench.generator.CsvTemplate;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.generator.HtmlDoc;
import com.maturityworkbench.generator.MarkdownDoc;
import com.maturityworkbench.generator.ModelJson;
import com.maturityworkbench.scoring.json.JsonReader;

/**
 * The section 解释与约定 of the generated documentation and model.json for the shipped draft: every open point of the
 * scoring text with the draft's words next to the rule chosen and why, the rules of the language first with their
 * current values; and a revision that allows not-applicable ratings says so in its templates and schema.
 */
class InterpretationsDocTest {
	private static GenerationModel shipped;

	@BeforeAll
	static void load() throws Exception {
		shipped = Generation.load(ShippedDraft.folder()).model();
	}

	@Test
	@SuppressWarnings("unchecked")
	void modelJsonListsEveryPointRulesFirst() {
		Map<String, Object> json = (Map<String, Object>) JsonReader.parse(ModelJson.render(shipped));
		List<Map<String, Object>> points = (List<Map<String, Object>>) json.get("interpretations");
		assertEquals(15, points.size());
		assertEquals(List.of("met-comparison", "progressive-reading", "not-applicable", "rated-levels", "tailoring-decision", "composite-aggregation"),
				points.subList(0, 6).stream().map(p -> p.get("id")).toList());
		assertTrue(points.stream().allMatch(p -> Boolean.TRUE.equals(p.get("declared"))));
		Map<String, Object> met = points.get(0);
		assertEquals("determination：met when score >= 0.8", met.get("rule"));
		assertEquals("9.2、表10", met.get("section"));
		assertEquals("当评估对象在某一成熟度等级下的得分超过评分区间的最低分视为满足该成熟度等级要求，否则视为不满足。", ((List<?>) met.get("quotes")).get(0));
		assertEquals("rules：not applicable forbidden", points.get(2).get("rule"));
		assertEquals("rules：rate levels all", points.get(3).get("rule"));
		assertEquals("tailoring：allow all，redistribute within domain", points.get(4).get("rule"));
		assertEquals("composite：aggregate mean", points.get(5).get("rule"));
		assertEquals(null, points.get(6).get("rule"));
		Map<String, Object> rules = (Map<String, Object>) json.get("rules");
		assertEquals(Map.of("notApplicable", "forbidden", "rateLevels", "all"), withoutNulls((Map<String, Object>) rules.get("assessment")));
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> m) {
		Map<String, Object> r = new java.util.LinkedHashMap<>(m);
		r.values().removeIf(v -> v == null);
		return r;
	}

	@Test
	void htmlAndMarkdownShowTheDraftsWordsNextToTheRule() {
		String html = HtmlDoc.render(shipped);
		assertTrue(html.contains("<h3 id=\"interpretations\">B.4 解释与约定</h3>"), "section");
		assertTrue(html.contains("<h4 id=\"interpretation-met-comparison\">B.4.1 满足阈值的比较（超过或不低于）与它造成的总分跳变（met-comparison）</h4>"));
		assertTrue(html.contains("<tr><th class=\"nowrap\">规则</th><td>determination：met when score &gt;= 0.8</td></tr>"));
		assertTrue(html.contains("<tr><th class=\"nowrap\">草案原文（9.2、表10）</th><td>“当评估对象在某一成熟度等级下的得分超过评分区间的最低分视为满足该成熟度等级要求，否则视为不满足。”</td></tr>"));
		assertTrue(html.contains("<h4 id=\"interpretation-rounding\">B.4.15 得分的舍入（rounding）</h4>"));
		assertFalse(html.contains("本修订版尚未声明解释"), "every point is declared");
		String md = MarkdownDoc.render(shipped);
		assertTrue(md.contains("### B.4 解释与约定\n\n"));
		assertTrue(md.contains("#### B.4.3 不适用的条款（not-applicable）\n\n"));
		assertTrue(md.contains("| 规则 | rules：not applicable forbidden |"), md.substring(md.indexOf("#### B.4.3 ")));
		assertTrue(md.indexOf("#### B.4.6 ") < md.indexOf("阈值只作用于等级得分"), "the rules first");
	}

	@Test
	void aRevisionWithoutInterpretationsShowsTheRulesAndTheOpenPoints() throws Exception {
		GenerationModel small = Generation.load(Generation.smallFixture()).model();
		String md = MarkdownDoc.render(small);
		assertTrue(md.contains("其中 15 处本修订版尚未声明解释。"), md);
		assertTrue(md.contains("| 解释 | 本修订版未声明（met-basis） |"));
	}

	@Test
	void allowingNotApplicableReachesTheTemplatesAndTheSchema() throws Exception {
		GenerationModel m = Generation.load(ShippedDraft.folder(),
				s -> s.replace("not applicable forbidden", "not applicable allowed as 不适用")).model();
		String csv = new String(CsvTemplate.render(m, m.sectors().get(1)), StandardCharsets.UTF_8);
		assertTrue(csv.contains("# scale: 全部满足=1; 大部分满足=0.8; 部分满足=0.5; 不满足=0; 不适用=不计入"), csv.substring(0, 400));
		assertTrue(AssessmentSchema.render(m).contains("\"不适用\""));
		assertTrue(ModelJson.render(m).contains("\"rule\": \"rules：not applicable allowed as 不适用\""));
		String shippedCsv = new String(CsvTemplate.render(shipped, shipped.sectors().get(1)), StandardCharsets.UTF_8);
		assertFalse(shippedCsv.contains("不适用"), "forbidden: the template does not offer it");
		assertFalse(AssessmentSchema.render(shipped).contains("\"不适用\""));
	}
}
