package com.maturityworkbench.revision.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.revision.compare.ClauseMapping;
import com.maturityworkbench.revision.compare.ClauseMapping.Status;
import com.maturityworkbench.revision.compare.RevisionComparison;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.revision.report.DiffHtmlReport;
import com.maturityworkbench.revision.report.DiffJson;
import com.maturityworkbench.revision.report.DiffTextReport;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * The shipped draft against a copy with requirement rows moved and its worked examples edited, nothing else: in 表5 the
 * row 组织建设 moved after 流程管理 (its order changes, its domain does not) and the row 变革管理 placed under the domain
 * 技术 (its domain changes, its position does not); a rating, a rate line, the order of a unit's rate lines and an
 * expected level changed, and an example added. The diff reports exactly these seven changes, in every format.
 */
class RowAndExampleChangesTest {

	/** The language a test set does not outlive it: the next test class starts in Chinese, the default. */
	@AfterEach
	void restoreChinese() {
		Language.set(Language.ZH);
	}
	private static final String T5 = "table5-common.maturity";
	private static final String EX = "examples.maturity";
	private static RevisionDiff diff;

	@BeforeAll
	static void compare() throws Exception {
		String t5 = ShippedDraft.sources(text -> text).stream().filter(s -> s.label().equals(T5)).map(SourceText::text).findFirst().orElseThrow();
		String organisation = between(t5, "    subdomain 组织建设\n", "    subdomain 转型战略\n");
		String change = between(t5, "    subdomain 变革管理\n", "  domain 技术\n");
		EditedDraft edits = new EditedDraft()
				.replace(T5, organisation, "")
				.replace(T5, change, organisation + change)
				.replace(T5, change + "  domain 技术\n", "  domain 技术\n" + change)
				.replace(EX, "  rate table 表7 level 三级 部分满足\n", "  rate table 表7 level 三级 大部分满足\n")
				.replace(EX, "score 三级 0.745 total 4.745 level 四级", "score 三级 0.745 total 4.745 level 五级")
				.replace(EX, "不满足\n  expect score 一级 0.794", "不满足\n  rate level 五级 不满足\n  expect score 一级 0.794")
				.replace(EX, "    rate all 全部满足\n    rate table 表6 level 一级 不满足\n", "    rate table 表6 level 一级 不满足\n    rate all 全部满足\n")
				.replace(EX, "total 4.674 level 四级\n", "total 4.674 level 四级\n\nworked example 新示例 \"新增的示例\" sector 冶炼\n  rate all 全部满足\n  expect total 5 level 五级\n");
		diff = RevisionComparison.compare(EditedDraft.original().revision(), edits.edited().revision());
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		int end = text.indexOf(to, start);
		assertTrue(start >= 0 && end > start, from + " … " + to);
		return text.substring(start, end);
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void exactlyTheRowsAndTheExamplesChanged() {
		assertEquals(List.of("DOMAIN 表5 变革管理 组织 → 技术 4 → 4", "ORDER 表5 组织建设 组织 → 组织 1 → 3"), diff.rows().stream()
				.map(r -> r.kind() + " " + r.table() + " " + r.rowName() + " " + r.oldDomain() + " → " + r.newDomain() + " " + (r.oldPosition() + 1) + " → "
						+ (r.newPosition() + 1))
				.toList());
		assertEquals(List.of("CHANGED 冶炼示例 [RATE table:表7:三级 部分满足 → 大部分满足, EXPECT level 四级 → 五级]",
				"CHANGED 加工示例 [RATE level:五级 null → 不满足]", "CHANGED 综合示例 [铜矿 RATE_ORDER  all ; table:表6:一级 → table:表6:一级 ; all]",
				"ADDED 新示例 []"), diff.examples().stream().map(e -> e.status() + " " + e.name() + " " + e.facts().stream().map(f -> (f.either().unit() == null ? ""
						: f.either().unit() + " ") + f.either().kind() + " " + f.either().subject() + " " + f.oldValue() + " → " + f.newValue()).toList()).toList());
		assertTrue(diff.rules().isEmpty() && diff.subdomainChanges().isEmpty() && diff.context().isEmpty());
		assertTrue(diff.weights().stream().noneMatch(w -> w.isChanged()));
		// 2 rows + 2 + 1 + 1 facts + 1 example added
		assertEquals(7, diff.changeCount());
	}

	@Test
	void theClauseMapKeepsEveryClauseAndPlacesTheMovedRowsClausesUnderTheirNewDomain() {
		assertTrue(diff.clauses().changes().isEmpty());
		ClauseMapping change = diff.clauses().ofOld("表5.变革管理.一级.1").orElseThrow();
		assertEquals(Status.SAME, change.status());
		assertEquals("组织", change.oldPlace().domain());
		assertEquals("技术", change.newPlace().domain());
	}

	@Test
	void theTextReportInChineseAndEnglish() {
		String text = DiffTextReport.of(diff);
		assertTrue(text.contains("共 7 处变化\n"), text);
		assertTrue(text.contains("\n要求表中行的位置\n  表5 变革管理：所在能力域 组织 → 技术\n  表5 组织建设：行序 第 1 行 → 第 3 行\n"), text);
		assertTrue(text.contains("\n计算示例\n  修改示例 冶炼示例\n    评分（表7 三级）：部分满足 → 大部分满足\n    预期值 等级：四级 → 五级\n"
				+ "  修改示例 加工示例\n    评分（各表 五级）：（无） → 不满足\n"
				+ "  修改示例 综合示例\n    单元“铜矿” 评分行的先后：全部条款；表6 一级 → 表6 一级；全部条款\n"
				+ "  新增示例 新示例：新增的示例\n"), text);
		Language.set(Language.EN);
		String en = DiffTextReport.of(diff);
		assertTrue(en.contains("\nPlaces of the requirement rows\n  表5 变革管理: domain 组织 → 技术\n  表5 组织建设: row order 1 → 3\n"), en);
		assertTrue(en.contains("    unit \"铜矿\" order of the rate lines: every clause; 表6 一级 → 表6 一级; every clause\n"), en);
		assertTrue(en.contains("    rating (五级 of every table): (none) → 不满足\n"), en);
	}

	@Test
	void theJsonReportHasTheRowsAndTheExamples() {
		JsonObject json = JsonParser.parseString(DiffJson.of(diff)).getAsJsonObject();
		assertEquals(7, json.get("changeCount").getAsInt());
		JsonArray rows = json.getAsJsonArray("rows");
		assertEquals(2, rows.size());
		JsonObject order = rows.get(1).getAsJsonObject();
		assertEquals("order", order.get("kind").getAsString());
		assertEquals("组织建设", order.get("row").getAsString());
		assertEquals(1, order.get("oldPosition").getAsInt());
		assertEquals(3, order.get("newPosition").getAsInt());
		assertEquals("技术", rows.get(0).getAsJsonObject().get("newDomain").getAsString());
		JsonArray examples = json.getAsJsonArray("examples");
		assertEquals(List.of("changed", "changed", "changed", "added"), examples.asList().stream().map(e -> e.getAsJsonObject().get("status").getAsString()).toList());
		JsonObject level = examples.get(0).getAsJsonObject().getAsJsonArray("facts").get(1).getAsJsonObject();
		assertEquals("expect", level.get("kind").getAsString());
		assertEquals("level", level.get("subject").getAsString());
		assertEquals("四级", level.get("old").getAsString());
		assertEquals("五级", level.get("new").getAsString());
		assertEquals("铜矿", examples.get(2).getAsJsonObject().getAsJsonArray("facts").get(0).getAsJsonObject().get("unit").getAsString());
	}

	@Test
	void theHtmlPageHasTheRowsAndTheExamples() {
		String html = DiffHtmlReport.of(diff);
		assertTrue(html.contains("<h2>要求表中行的位置</h2>\n<ul>\n<li>表5 变革管理：所在能力域 组织 → 技术</li>\n<li>表5 组织建设：行序 第 1 行 → 第 3 行</li>\n"), html);
		assertTrue(html.contains("<h2>计算示例</h2>\n<p class=\"status\">修改示例 冶炼示例</p>\n"), html);
		assertTrue(html.contains("<tr class=\"changed\"><td>预期值 等级</td><td><del>四级</del></td><td><ins>五级</ins></td></tr>"), html);
		assertTrue(html.contains("<tr class=\"changed\"><td>评分（各表 五级）</td><td>（无）</td><td><ins>不满足</ins></td></tr>"), html);
	}
}
