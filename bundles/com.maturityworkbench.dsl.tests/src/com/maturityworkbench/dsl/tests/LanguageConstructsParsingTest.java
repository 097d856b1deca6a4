package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.WeightTable;

/** What the parser makes of the language's constructs . */
class LanguageConstructsParsingTest {

	private static LoadedRevision parse(String... texts) {
		List<SourceText> sources = new java.util.ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			sources.add(new SourceText("f" + i + ".maturity", "/tmp/parsing-test/f" + i + ".maturity", texts[i]));
		}
		return ShippedDraft.injector().getInstance(RevisionLoader.class).load(sources);
	}

	@Test
	void clausesKeepLabelTopicAndTextAsPrinted() {
		Model m = parse("""
				part of rev
				requirements 表5 part 基础共性
				  domain 组织
				    subdomain "行业传统与新生知识"
				      一级
				        a) 组织结构。"在数字化转型方面，应明确“负责部门”。"
				        b） "应 \\"引号\\" 保留"
				        "无编号的条款"
				        1、 "数字编号"
				      二级 empty "草案未填写"
				""").files().get(0).model();
		RequirementTable t = (RequirementTable) m.getMembers().get(0);
		assertEquals("行业传统与新生知识", t.getDomains().get(0).getRows().get(0).getName());
		Cell cell = t.getDomains().get(0).getRows().get(0).getCells().get(0);
		Clause a = cell.getClauses().get(0);
		assertEquals("a)", a.getLabel());
		assertEquals("组织结构", a.getTopic());
		assertEquals("在数字化转型方面，应明确“负责部门”。", a.getText());
		assertEquals("b）", cell.getClauses().get(1).getLabel());
		assertEquals("应 \"引号\" 保留", cell.getClauses().get(1).getText());
		assertNull(cell.getClauses().get(2).getLabel());
		assertEquals("1、", cell.getClauses().get(3).getLabel());
		Cell empty = t.getDomains().get(0).getRows().get(0).getCells().get(1);
		assertTrue(empty.isEmpty());
		assertEquals("草案未填写", empty.getReason());
	}

	@Test
	void weightsAreKeptAsPrintedDecimals() {
		Model m = parse("part of rev\nweights 表1 part 基础共性\n  domain 组织\n    组织建设 3%\n    \"服务能力、交付\" 2.5%\n").files().get(0).model();
		WeightTable t = (WeightTable) m.getMembers().get(0);
		assertEquals("3%", t.getDomains().get(0).getSubdomains().get(0).getWeight());
		assertEquals("服务能力、交付", t.getDomains().get(0).getSubdomains().get(1).getName());
		assertEquals("2.5%", t.getDomains().get(0).getSubdomains().get(1).getWeight());
	}

	@Test
	void syntaxErrorIsReportedAtItsLine() {
		Resource r = parse("part of rev\nweights 表1 part 基础共性\n  domain 组织\n    组织建设 three\n").files().get(0).resource();
		assertTrue(!r.getErrors().isEmpty(), r.getErrors().toString());
		assertEquals(4, r.getErrors().get(0).getLine());
	}

	@Test
	void referencesResolveAcrossTheFilesOfARevision() {
		LoadedRevision loaded = parse("""
				standard rev "标准" code "X" revision "1" status draft
				levels
				  一级 "说明"
				""", """
				part of rev
				requirements 表5 part 基础共性
				""", """
				part of rev
				parts
				  基础共性 common target 49%
				""");
		Model requirements = loaded.files().get(1).model();
		assertEquals("rev", requirements.getRevisionOf().getName());
		RequirementTable t = (RequirementTable) requirements.getMembers().get(0);
		assertEquals("49%", t.getPart().getTarget());
	}

	@Test
	void bandsWithWholeNumberBoundsParse() {
		LoadedRevision loaded = parse("""
				part of rev
				determination
				  met when score >= 1
				  progressive on
				  bands
				    一级 [1, 2)
				    二级 [2, 5]
				""");
		assertTrue(loaded.files().get(0).resource().getErrors().isEmpty(), () -> loaded.files().get(0).resource().getErrors().toString());
		com.maturityworkbench.dsl.maturity.Determination d = (com.maturityworkbench.dsl.maturity.Determination) loaded.files().get(0).model().getMembers().get(0);
		assertEquals("2", d.getBands().get(0).getHigh());
		assertEquals(false, d.getBands().get(0).isHighClosed());
		assertEquals(true, d.getBands().get(1).isHighClosed());
	}
}
