package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;

/** The formatter gives the house layout and is stable: formatting a formatted file changes nothing. */
class FormatterTest {

	static String format(String text) {
		LoadedRevision loaded = ShippedDraft.injector().getInstance(RevisionLoader.class)
				.load(List.of(new SourceText("t.maturity", "/tmp/formatter-test/t.maturity", text)));
		XtextResource resource = loaded.files().get(0).resource();
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		ITextRegionAccess access = ShippedDraft.injector().getInstance(TextRegionAccessBuilder.class).forNodeModel(resource)
				.create();
		FormatterRequest request = ShippedDraft.injector().getInstance(FormatterRequest.class).setTextRegionAccess(access);
		List<ITextReplacement> replacements = ShippedDraft.injector().getInstance(IFormatter2.class).format(request);
		return access.getRewriter().renderToString(replacements);
	}

	@Test
	void messyInputGetsTheHouseLayout() {
		String messy = "part   of  rev requirements 表5 \"标题\"   part 基础共性 domain 组织 subdomain 组织建设 一级 a)  组织结构 。 \"应明确。\"  b)\"应建立。\" "
				+ "二级 empty \"草案未填写\"\nweights 表1 part 基础共性 domain 组织 组织建设 3%   转型战略   2.5%\n";
		String expected = """
				part of rev

				requirements 表5 "标题" part 基础共性
				  domain 组织
				    subdomain 组织建设
				      一级
				        a) 组织结构。"应明确。"
				        b) "应建立。"
				      二级 empty "草案未填写"

				weights 表1 part 基础共性
				  domain 组织
				    组织建设 3%
				    转型战略 2.5%
				""";
		assertEquals(expected, format(messy));
	}

	@Test
	void leadInsContinuationsAndNotesGetLinesOfTheirOwn() {
		String messy = "part of rev requirements 表5 part 基础共性 domain 组织 subdomain 组织建设 一级 lead \"导语。\" note \"注：整格。\" "
				+ "a) \"应明确。\" + \"续段。\" example \"示例：甲。\" b) \"应建立。\" 二级 a) \"应。\"\n";
		String expected = """
				part of rev

				requirements 表5 part 基础共性
				  domain 组织
				    subdomain 组织建设
				      一级
				        lead "导语。"
				        note "注：整格。"
				        a) "应明确。"
				          + "续段。"
				          example "示例：甲。"
				        b) "应建立。"
				      二级
				        a) "应。"
				""";
		assertEquals(expected, format(messy));
		assertEquals(expected, format(expected));
	}

	@Test
	void formattingTheShippedDraftTwiceEqualsFormattingItOnce() throws Exception {
		for (SourceText source : ShippedDraft.sources(s -> s)) {
			String once = format(source.text());
			String twice = format(once);
			assertEquals(once, twice, source.label());
		}
	}

	@Test
	void headFileBlocksGetOneEntryPerLine() {
		String messy = "standard rev \"标准\" code \"YS/T X\" committee \"TC\" revision \"1\" status draft levels 一级 \"甲\" 二级 \"乙\" "
				+ "scale 全部满足 1 不满足 0 parts 基础共性 common target 49% 行业特性 sector target 51% sectors 采选 mining "
				+ "tailoring allow all redistribute within domain determination met when score >= 0.8 progressive off bands 一级 [0.8,1.8) 二级 [1.8 , 2] "
				+ "composite weights by output value aggregate mean";
		String expected = """
				standard rev "标准"
				  code "YS/T X" committee "TC"
				  revision "1" status draft

				levels
				  一级 "甲"
				  二级 "乙"

				scale
				  全部满足 1
				  不满足 0

				parts
				  基础共性 common target 49%
				  行业特性 sector target 51%

				sectors
				  采选 mining

				tailoring
				  allow all
				  redistribute within domain

				determination
				  met when score >= 0.8
				  progressive off
				  bands
				    一级 [0.8, 1.8)
				    二级 [1.8, 2]

				composite
				  weights by output value
				  aggregate mean
				""";
		assertEquals(expected, format(messy));
	}
}
