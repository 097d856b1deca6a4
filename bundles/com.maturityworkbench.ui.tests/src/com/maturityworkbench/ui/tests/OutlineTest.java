package com.maturityworkbench.ui.tests;

import static com.maturityworkbench.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.editor.outline.RevisionOutlinePage;

/** The outline: standard → tables → domains → subdomains → levels with clause counts, linked with the editor. */
class OutlineTest extends DraftTest {

	@Test
	void aRequirementTableShowsItsDomainsRowsAndCellsWithClauseCounts() throws Exception {
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		MaturityEditor table5 = Workbench.open(draft.resolve("table5-common.maturity"));
		RevisionOutlinePage outline = outline(table5);
		String text = table5.document().get();

		List<DocumentSymbol> roots = outline.symbols();
		assertEquals(List.of("nonferrous_dt_maturity（分文件）"), names(roots));
		DocumentSymbol table = roots.get(0).getChildren().get(0);
		assertEquals("表5 不同成熟度等级能力子域基础共性指标评分标准", table.getName());
		assertEquals("要求表 · 基础共性", table.getDetail());
		assertEquals(declared(text, "^  domain (\\S+)$"), names(table.getChildren()), "the domains, in file order");

		DocumentSymbol row = table.getChildren().get(0).getChildren().get(0);
		assertEquals("组织建设", row.getName());
		assertEquals(List.of("一级", "二级", "三级", "四级", "五级"), names(row.getChildren()));
		int firstCell = clausesOfFirstCell(text);
		assertEquals(firstCell + " 条", row.getChildren().get(0).getDetail(), "counted in the text: clause lines of 组织建设 一级");
		assertEquals(row.getChildren().stream().mapToInt(c -> Integer.parseInt(c.getDetail().split(" ")[0])).sum() + " 条", row.getDetail());

		// the tree shows the standard and, expanded, the table
		Tree tree = (Tree) outline.getControl();
		assertEquals(1, tree.getItemCount());
		assertTrue(tree.getItem(0).getExpanded());
		assertEquals("表5 不同成熟度等级能力子域基础共性指标评分标准  要求表 · 基础共性", tree.getItem(0).getItem(0).getText());

		// selecting an entry selects its name in the editor
		outline.setSelection(new StructuredSelection(row));
		Point selection = table5.viewer().getSelectedRange();
		assertEquals(text.indexOf("subdomain 组织建设") + "subdomain ".length(), selection.x);
		assertEquals("组织建设".length(), selection.y);
	}

	@Test
	void theHeadFileShowsTheStandardsBlocksAndTheWeightsTheirTables() throws Exception {
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		MaturityEditor head = Workbench.open(draft.resolve("standard.maturity"));
		List<DocumentSymbol> roots = outline(head).symbols();
		assertEquals(List.of("nonferrous_dt_maturity 有色金属行业数字化转型成熟度评估"), names(roots));
		assertEquals(List.of("成熟度等级", "满足程度与得分", "部分", "行业", "裁剪", "等级判定", "综合型企业"), names(roots.get(0).getChildren()));

		MaturityEditor weights = Workbench.open(draft.resolve("weights.maturity"));
		List<DocumentSymbol> tables = outline(weights).symbols().get(0).getChildren();
		assertEquals(List.of("表1 有色金属行业基础共性能力域", "表2 有色金属行业采选企业行业特性能力域", "表3 有色金属行业冶炼企业行业特性能力域",
				"表4 有色金属行业加工企业行业特性能力域"), names(tables));
		assertEquals("权重表 · 行业特性 · 冶炼", tables.get(2).getDetail());
		DocumentSymbol first = tables.get(0).getChildren().get(0).getChildren().get(0);
		assertEquals("组织建设", first.getName());
		assertEquals("3%", first.getDetail());
	}

	@Test
	void inEnglishTheDetailsAreEnglish() throws Exception {
		Language.set(Language.EN);
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		MaturityEditor table5 = Workbench.open(draft.resolve("table5-common.maturity"));
		RevisionOutlinePage outline = outline(table5);
		DocumentSymbol table = outline.symbols().get(0).getChildren().get(0);
		assertEquals("requirements · 基础共性", table.getDetail());
		assertEquals(clausesOfFirstCell(table5.document().get()) + " clauses",
				table.getChildren().get(0).getChildren().get(0).getChildren().get(0).getDetail());
	}

	private static RevisionOutlinePage outline(MaturityEditor editor) {
		editor.getSite().getPage().activate(editor);
		RevisionOutlinePage outline = (RevisionOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		waitUntil("the outline", () -> !outline.symbols().isEmpty() && outline.getControl() != null);
		return outline;
	}

	private static List<String> names(List<DocumentSymbol> symbols) {
		return symbols.stream().map(DocumentSymbol::getName).toList();
	}

	private static List<String> declared(String text, String regex) {
		List<String> result = new ArrayList<>();
		Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
		while (m.find()) {
			result.add(m.group(1));
		}
		return result;
	}

	/** The clause lines (8 spaces of indentation) between the first row's 一级 and 二级. */
	private static int clausesOfFirstCell(String text) {
		int from = text.indexOf("\n      一级\n") + "\n      一级\n".length();
		int to = text.indexOf("\n      二级", from);
		return (int) text.substring(from, to + 1).lines().filter(l -> l.startsWith("        ") && !l.isBlank()).count();
	}
}
