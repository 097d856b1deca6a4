package com.maturityworkbench.revision.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.report.ImpactHtmlReport;
import com.maturityworkbench.revision.report.ImpactJson;
import com.maturityworkbench.revision.report.ImpactTextReport;
import com.maturityworkbench.revision.simulate.ImpactReport;
import com.maturityworkbench.revision.simulate.ImpactSimulation;
import com.maturityworkbench.revision.simulate.SyntheticPopulation;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * The reports of one simulation (a weight moved from 流程管理 to 转型战略): the HTML page is self-contained with inline
 * SVG (heatmap, histograms) labelled in Chinese and printable on A4, the counts in it are the report's; the text states
 * the definitions of attribution and sensitivity; JSON carries the same figures; English when asked.
 */
class ImpactReportsTest {
	private static ImpactReport report;

	@BeforeAll
	static void simulate() throws Exception {
		WorkspaceRevision old = EditedDraft.original();
		WorkspaceRevision nu = new EditedDraft().replace("weights.maturity", "    转型战略 3%\n    流程管理 2%\n", "    转型战略 4%\n    流程管理 1%\n")
				.without("examples.maturity").edited();
		ImpactSimulation sim = new ImpactSimulation(old.scoringModel(), nu.scoringModel(), old.revision(), nu.revision());
		report = sim.run(sim.synthetic(new SyntheticPopulation(2, sim.sectors()), 250), true, true);
	}

	@AfterEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void theHtmlPageIsSelfContainedWithChineseCharts() {
		Language.set(Language.ZH);
		String html = ImpactHtmlReport.of(report);
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), html.substring(0, 60));
		assertTrue(html.contains("@page{size:A4"), "printable on A4");
		assertEquals(2, html.split("<svg ", -1).length - 1, "a heatmap and a histogram");
		assertFalse(html.contains("<script") || html.contains("src=") || html.contains("href="), "nothing external");
		for (String label : List.of("等级转移热力图（行：原修订版，列：新修订版）", "S 的分布：原修订版与新修订版", "原等级", "新等级", "未达一级", "原修订版", "新修订版", "企业数",
				"归因：每项变化单独作用于原修订版时的影响", "敏感度：新修订版中 S 对各能力子域权重的敏感度", "交互余项")) {
			assertTrue(html.contains(label), label);
		}
		int[][] all = report.transitions().get(ImpactReport.ALL);
		String heatmap = html.substring(html.indexOf("<svg "), html.indexOf("</svg>"));
		for (int[] row : all) {
			for (int v : row) {
				assertTrue(heatmap.contains(">" + v + "</text>"), "count " + v + " in the heatmap");
			}
		}
		assertTrue(html.contains("<title>" + report.oldHistogram()[8] + "</title>"), "the bars carry their counts");
	}

	@Test
	void theTextStatesTheDefinitions() {
		Language.set(Language.ZH);
		String text = ImpactTextReport.of(report);
		assertTrue(text.contains("交互余项 = 全部变化的总影响 − 各单项影响之和"), text);
		assertTrue(text.contains("乘以 (W − w − 1 个百分点) / (W − w)"), text);
		assertTrue(text.contains("  权重 表1 组织 / 转型战略（3% → 4%）：ΔS 均值 "), text);
		assertTrue(text.contains("  权重 表1 组织 / 流程管理（2% → 1%）：ΔS 均值 "), text);
		assertTrue(text.contains("  表1 组织 / 转型战略（4%）：ΔS/1pp 均值 "), text);
	}

	@Test
	void jsonCarriesTheSameFigures() {
		JsonObject json = JsonParser.parseString(ImpactJson.of(report)).getAsJsonObject();
		assertEquals(ImpactJson.LAYOUT, json.get("layout").getAsInt());
		assertEquals(250, json.get("enterprises").getAsInt());
		assertEquals(report.composites(), json.get("composites").getAsLong());
		assertEquals("synthetic", json.getAsJsonObject("population").get("source").getAsString());
		assertTrue(json.getAsJsonObject("transitions").has(ImpactReport.COMPOSITE));
		JsonObject attribution = json.getAsJsonObject("attribution");
		assertEquals(2, attribution.getAsJsonArray("changes").size());
		assertEquals(report.attribution().remainderMean(), attribution.getAsJsonObject("remainder").get("meanDelta").getAsDouble());
		assertEquals(report.sensitivity().size(), json.getAsJsonArray("sensitivity").size());
		Map<String, Integer> first = Map.of("up", report.sensitivity().get(0).up());
		assertEquals(first.get("up"), json.getAsJsonArray("sensitivity").get(0).getAsJsonObject().get("up").getAsInt());
	}

	@Test
	void englishWhenAsked() {
		Language.set(Language.EN);
		String html = ImpactHtmlReport.of(report);
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
		assertTrue(html.contains("level transition heatmap (rows: old revision, columns: new revision)"));
		String text = ImpactTextReport.of(report);
		assertTrue(text.contains("attribution: the effect of each change applied alone to the old revision"), text);
		assertTrue(text.contains("  weight 表1 组织 / 转型战略 (3% → 4%): mean ΔS "), text);
	}
}
