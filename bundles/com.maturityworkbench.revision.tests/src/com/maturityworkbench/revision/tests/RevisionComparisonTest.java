package com.maturityworkbench.revision.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.maturityworkbench.revision.compare.ClauseMapping;
import com.maturityworkbench.revision.compare.ClauseMapping.Status;
import com.maturityworkbench.revision.compare.ContextChange;
import com.maturityworkbench.revision.compare.RevisionComparison;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.revision.compare.RuleChange;
import com.maturityworkbench.revision.compare.TextDiff;
import com.maturityworkbench.revision.compare.WeightTableChange;
import com.maturityworkbench.revision.report.DiffHtmlReport;
import com.maturityworkbench.revision.report.DiffJson;
import com.maturityworkbench.revision.report.DiffTextReport;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * The shipped draft compared with itself (nothing) and with a copy carrying a known list of edits: the comparison
 * reports exactly those edits, each as what it is (a renamed subdomain is not a removal and an addition, a clause
 * moved to another level is not a removal and an addition, a clause whose neighbour was removed keeps its match
 * though its id shifts).
 */
class RevisionComparisonTest {
	private static final String T5 = "table5-common.maturity";
	private static final String ORG_4_C = "        c) 管理制度。\"基本建立企业内数字化业务对外赋能的规章制度。基本建立企业内数字化业务对外赋能的流程规范和决策程序。\"\n";
	private static RevisionDiff diff;

	@BeforeAll
	static void compare() throws Exception {
		EditedDraft edits = new EditedDraft()
				// rules: threshold comparison and progressive
				.replace("standard.maturity", "met when score >= 0.8", "met when score > 0.8")
				.replace("standard.maturity", "progressive off", "progressive on")
				// weights of 表1: two rows rebalanced (domain 组织 keeps 10%), one row moved to another domain
				.replace("weights.maturity", "    转型战略 3%\n    流程管理 2%\n", "    转型战略 4%\n    流程管理 1%\n")
				.replace("weights.maturity", "    行业传统与新生知识 2%\n", "")
				.replace("weights.maturity", "    数字化财务 1%\n", "    数字化财务 1%\n    行业传统与新生知识 2%\n")
				// a subdomain renamed in both tables
				.replace("weights.maturity", "    变革管理 2%\n", "    变革与转型管理 2%\n")
				.replace(T5, "    subdomain 变革管理\n", "    subdomain 变革与转型管理\n")
				// clauses of 表5 组织建设: one rewritten, one added, one removed, one relabelled, one moved from 四级 to 五级
				.replace(T5, "基本建立数字化转型相关工作的流程规范。\"", "基本建立数字化转型相关工作的流程规范和考核办法。\"")
				.replace(T5, "在数字化转型合作与外部生态拓展方面建立明确相关负责人。\"\n",
						"在数字化转型合作与外部生态拓展方面建立明确相关负责人。\"\n        e) 人才培养。\"应制定数字化人才培养计划。\"\n")
				.replace(T5, "        d) 对外拓展。\"在数字化转型合作与外部生态拓展方面形成基本的规划文件。在数字化转型合作与外部生态拓展方面配备相关的岗位。\"\n", "")
				.replace(T5, "        d) 对外拓展。\"在数字化转型合作与外部生态拓展方面形成完善的规划文件", "        e) 对外拓展。\"在数字化转型合作与外部生态拓展方面形成完善的规划文件")
				.replace(T5, ORG_4_C, "")
				.replace(T5, "建立完善的企业内数字化业务对外赋能的流程规范和决策程序。\"\n",
						"建立完善的企业内数字化业务对外赋能的流程规范和决策程序。\"\n" + ORG_4_C.replace("c) 管理制度", "e) 管理制度"))
				// a lead-in of 表5 研发管理 一级 rewritten
				.replace(T5, "lead \"初步实现研发管理的数字化，建立基础的数据采集和管理能力。\"", "lead \"初步实现研发管理的数字化，建立基础的数据采集能力。\"");
		diff = RevisionComparison.compare(EditedDraft.original().revision(), edits.edited().revision());
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void theDraftComparedWithItselfIsEmpty() throws Exception {
		RevisionDiff same = RevisionComparison.compare(EditedDraft.original().revision(), EditedDraft.original().revision());
		assertTrue(same.isEmpty());
		assertEquals(0, same.changeCount());
		assertEquals(2090, same.clauses().with(Status.SAME).size(), "every rated clause of the draft maps to itself");
		assertEquals("修订版比较：nonferrous_dt_maturity → nonferrous_dt_maturity\n两个修订版没有差别。\n", DiffTextReport.of(same));
	}

	@Test
	void theRulesThatChangedAndNothingElse() {
		assertEquals(List.of(new RuleChange("determination.met", ">= 0.8", "> 0.8"), new RuleChange("determination.progressive", "off", "on")),
				diff.rules());
	}

	@Test
	void weightRowsOldNewAndDeltaWithTheSumAgainstTheTarget() {
		WeightTableChange t1 = diff.weights().get(0);
		assertEquals("表1", t1.newTable());
		List<String> changed = t1.rows().stream().filter(WeightTableChange.Row::isChanged)
				.map(r -> r.oldName() + "→" + r.newName() + " " + r.oldWeight() + "→" + r.newWeight() + " Δ" + r.delta()).toList();
		assertEquals(List.of("转型战略→转型战略 3→4 Δ1", "流程管理→流程管理 2→1 Δ-1", "变革管理→变革与转型管理 2→2 Δ0"), changed);
		assertEquals(0, new BigDecimal("49").compareTo(t1.oldSum()));
		assertEquals(0, new BigDecimal("49").compareTo(t1.newSum()));
		assertEquals(0, new BigDecimal("49").compareTo(t1.newTarget()));
		// 组织 keeps 3+4+1+2 = 10; 资源 8+2+2 = 12 (was 14); 数字化运营 1+2+2+1+1 = 7 (was 5)
		List<String> domains = t1.domains().stream().filter(WeightTableChange.DomainTotal::isChanged)
				.map(d -> d.domain() + " " + d.oldSum() + "→" + d.newSum()).toList();
		assertEquals(List.of("资源 14→12", "数字化运营 5→7"), domains);
		assertTrue(diff.weights().stream().skip(1).noneMatch(WeightTableChange::isChanged), "the sector tables are untouched");
	}

	@Test
	void aRenamedSubdomainIsARenameAndAMovedOneAMove() {
		List<String> changes = diff.subdomainChanges().stream().map(m -> m.change() + " " + m.old().name() + "→" + m.nu().name()).toList();
		assertEquals(Set.of("renamed 变革管理→变革与转型管理", "moved 行业传统与新生知识→行业传统与新生知识"), Set.copyOf(changes));
	}

	@Test
	void theClauseMapHasExactlyTheEditedClauses() {
		Set<String> changes = new TreeSet<>();
		for (ClauseMapping c : diff.clauses().changes()) {
			changes.add(c.status() + " " + (c.old() == null ? "-" : c.old().id()) + " " + (c.nu() == null ? "-" : c.nu().id()));
		}
		assertEquals(new TreeSet<>(Set.of(
				"CHANGED 表5.组织建设.一级.3 表5.组织建设.一级.3",
				"ADDED - 表5.组织建设.一级.5",
				"REMOVED 表5.组织建设.二级.4 -",
				"RELABELLED 表5.组织建设.三级.4 表5.组织建设.三级.4",
				"MOVED 表5.组织建设.四级.3 表5.组织建设.五级.4")), changes);
		// the clause after the one that moved keeps its match although its id shifts (四级 d) was .4, is .3)
		ClauseMapping shifted = diff.clauses().ofOld("表5.组织建设.四级.4").orElseThrow();
		assertEquals(Status.SAME, shifted.status());
		assertEquals("表5.组织建设.四级.3", shifted.nu().id());
		// the renamed subdomain's clauses are all the same, under the new name
		ClauseMapping renamed = diff.clauses().ofOld("表5.变革管理.一级.1").orElseThrow();
		assertEquals(Status.SAME, renamed.status());
		assertEquals("表5.变革与转型管理.一级.1", renamed.nu().id());
		assertEquals(2090 - 4, diff.clauses().with(Status.SAME).size());
	}

	@Test
	void aRewrittenClauseCarriesItsCharacterDiff() {
		ClauseMapping c = diff.clauses().ofOld("表5.组织建设.一级.3").orElseThrow();
		assertTrue(c.text().segments().contains(new TextDiff.Segment(TextDiff.Kind.INSERT, "和考核办法")));
		assertEquals(1, c.text().segments().stream().filter(s -> s.kind() != TextDiff.Kind.EQUAL).count());
	}

	@Test
	void theLeadInChangeIsContext() {
		assertEquals(1, diff.context().size());
		ContextChange c = diff.context().get(0);
		assertEquals(ContextChange.Kind.LEAD_IN, c.kind());
		assertEquals("研发管理", c.place().subdomain());
		assertEquals("一级", c.place().level());
		assertTrue(c.text().segments().contains(new TextDiff.Segment(TextDiff.Kind.DELETE, "和管理")));
	}

	@Test
	void theCountIsTheSumOfTheReportedChanges() {
		// 2 rules + 3 weight rows + 2 subdomains + 5 clauses + 1 lead-in
		assertEquals(13, diff.changeCount());
		assertTrue(DiffTextReport.of(diff).startsWith("修订版比较：nonferrous_dt_maturity → nonferrous_dt_maturity\n共 13 处变化\n"));
	}

	@Test
	void theTextReportMarksInsertionsAndDeletionsInline() {
		String text = DiffTextReport.of(diff);
		assertTrue(text.contains("  改写 表5 组织 / 组织建设 / 一级 c) （表5.组织建设.一级.3 → 表5.组织建设.一级.3） 管理制度。基本建立数字化转型相关工作的规章制度。"
				+ "基本建立数字化转型相关工作的流程规范{+和考核办法+}。"), text);
		assertTrue(text.contains("  等级判定（9.2） met：>= 0.8 → > 0.8\n"), text);
		assertTrue(text.contains("  改名 表1/表5 组织 / 变革管理 → 表1/表5 组织 / 变革与转型管理\n"), text);
		Language.set(Language.EN);
		assertTrue(DiffTextReport.of(diff).contains("\n13 changes\n"));
	}

	@Test
	void theJsonReportListsTheChangesForTools() {
		JsonObject json = JsonParser.parseString(DiffJson.of(diff)).getAsJsonObject();
		assertEquals(1, json.get("layout").getAsInt());
		assertTrue(json.get("changed").getAsBoolean());
		assertEquals(13, json.get("changeCount").getAsInt());
		assertEquals(5, json.getAsJsonArray("clauses").size());
		assertEquals("renamed", json.getAsJsonArray("subdomains").asList().stream().map(e -> e.getAsJsonObject().get("change").getAsString())
				.filter("renamed"::equals).findFirst().orElseThrow());
	}

	@Test
	void theHtmlPageIsSelfContainedWithInlineMarks() {
		String html = DiffHtmlReport.of(diff);
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
		assertTrue(html.contains("流程规范<ins>和考核办法</ins>。"));
		assertTrue(html.contains("<details><summary>其余 "), "unchanged weight rows are collapsed");
		assertTrue(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("href=\"http"), "nothing outside the page");
	}
}
