package com.maturityworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.ui.LanguageServices;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.revision.RevisionSession;
import com.maturityworkbench.ui.revision.RevisionSnapshot;
import com.maturityworkbench.ui.views.weights.WeightTablesView;

/**
 * The weight-table view on a copy of the shipped draft: Tables 1-4 with the sums the standard prints, a weight edited
 * in the view written into the editor's text as one undo step, a weight error marking its row, a selected row shown
 * in the editor.
 */
class WeightTablesViewTest extends DraftTest {
	/** Columns of the view: 能力域, 能力子域, 指标权重, 检查. */
	private static final int DOMAIN = 0;
	private static final int SUBDOMAIN = 1;
	private static final int WEIGHT = 2;
	private static final int CHECK = 3;

	private WeightTablesView openView() throws Exception {
		Workbench.open(draft.resolve("standard.maturity"));
		WeightTablesView view = (WeightTablesView) Workbench.page().showView(WeightTablesView.ID);
		Workbench.waitUntil("the four weight tables of the draft copy",
				() -> view.snapshot() != null && view.snapshot().folder().equals(draft) && view.tables().size() == 4);
		return view;
	}

	@Test
	void showsTablesOneToFourWithTheSumsAndTargetsOfTheStandard() throws Exception {
		WeightTablesView view = openView();
		// the standard, 6: "基础共性、行业特性能力子域合计权重分别为 49%、51%"; Tables 1-4 of the seed add up to exactly that
		assertEquals(List.of("表1 基础共性（49%）", "表2 采选（51%）", "表3 冶炼（51%）", "表4 加工（51%）"),
				Arrays.stream(view.tabs().getItems()).map(i -> i.getText()).toList());
		String[] sums = { "49%", "51%", "51%", "51%" };
		String[] parts = { "基础共性", "行业特性", "行业特性", "行业特性" };
		for (int t = 0; t < 4; t++) {
			TableItem last = last(view.viewer(t));
			assertEquals("合计", last.getText(SUBDOMAIN));
			assertEquals(sums[t], last.getText(WEIGHT));
			assertEquals("等于" + parts[t] + "部分的目标 " + sums[t], last.getText(CHECK));
		}
		// 表1 as printed in the seed: 21 subdomains in 6 domains, each domain followed by its subtotal
		List<String> table1 = rows(view.viewer(0));
		assertEquals(21 + 6 + 1, table1.size());
		assertEquals("组织|组织建设|3%|", table1.get(0));
		assertEquals("|转型战略|3%|", table1.get(1));
		assertEquals(List.of("组织 小计=10%", "技术 小计=5%", "数据 小计=12%", "资源 小计=14%", "数字化运营 小计=5%", "效益 小计=3%"),
				subtotals(view.viewer(0)));
		// 表3: 技术 2+1, 数字化运营 2+3, 数字化生产 1+2+1+12+3+3+3+5+5+2+2, 数字化服务 4×1
		assertEquals(List.of("技术 小计=3%", "数字化运营 小计=5%", "数字化生产 小计=39%", "数字化服务 小计=4%"), subtotals(view.viewer(2)));
		// the rows marked are those on whose lines the workspace service (mwb validate) reports findings
		for (int t = 0; t < 4; t++) {
			assertEquals(subdomainsWithFindings("表" + (t + 1)), marked(view.viewer(t)), "表" + (t + 1));
		}
		assertTrue(marked(view.viewer(2)).contains("成本管理"), "成本管理 of 表3 is also in 表1: named twice in the smelting model");
		TableItem cost = view.viewer(2).getTable().getItem(indexOf(view.viewer(2), "成本管理"));
		assertNotNull(cost.getImage(CHECK));
		String tooltip = ((ColumnLabelProvider) view.viewer(2).getLabelProvider(CHECK)).getToolTipText(cost.getData());
		assertTrue(tooltip.contains("能力子域“成本管理”同时出现在表1（基础共性）和表3（行业特性·冶炼）中") && tooltip.contains("[naming.duplicate-in-model]"), tooltip);
		assertTrue(view.heading().startsWith("修订 ys-t-digital-maturity-draft：4 个权重表"), view.heading());
	}

	@Test
	void aWeightEditedInTheViewChangesTheTextAndTheSumAndOneUndoRestoresBoth() throws Exception {
		WeightTablesView view = openView();
		TableViewer table1 = view.viewer(0);
		int row = indexOf(table1, "组织建设");
		editWeight(table1, row, "4");

		MaturityEditor weights = editorOf(draft.resolve("weights.maturity"));
		String original = Workbench.read(draft.resolve("weights.maturity"));
		assertTrue(weights.document().get().contains("组织建设 4%"));
		assertEquals(original.replace("组织建设 3%", "组织建设 4%"), weights.document().get(), "only the weight changed");
		// 表1 is then 49% + 1% = 50% against the 49% of 基础共性; 组织 10% + 1%
		Workbench.waitUntil("the sum of 表1 at 50%", () -> last(view.viewer(0)).getText(WEIGHT).equals("50%"));
		TableItem sum = last(view.viewer(0));
		assertTrue(sum.getText(CHECK).contains("50%") && sum.getText(CHECK).contains("49%") && sum.getText(CHECK).endsWith("[weights.part-sum]"),
				sum.getText(CHECK));
		assertNotNull(sum.getImage(CHECK), "the sum line is marked");
		assertTrue(subtotals(view.viewer(0)).contains("组织 小计=11%"));
		assertEquals("4%", view.viewer(0).getTable().getItem(row).getText(WEIGHT));

		((ITextOperationTarget) weights.viewer()).doOperation(ITextOperationTarget.UNDO);
		assertEquals(original, weights.document().get(), "one undo step restores the text");
		Workbench.waitUntil("the sum of 表1 back at 49%", () -> last(view.viewer(0)).getText(WEIGHT).equals("49%"));
		assertNull(last(view.viewer(0)).getImage(CHECK));
		assertEquals("3%", view.viewer(0).getTable().getItem(row).getText(WEIGHT));
	}

	/**
	 * A check of the revision that ends while a weight is being typed (the one that opening the weight's file starts
	 * when the view edits it first, say) used to refresh the table, which cancels the cell's editor: what was typed
	 * next was lost without a word.
	 */
	@Test
	void aCheckEndingWhileAWeightIsTypedNeitherCancelsTheTypingNorGoesUnshown() throws Exception {
		WeightTablesView view = openView();
		RevisionSession session = editorOf(draft.resolve("standard.maturity")).session();
		Workbench.waitUntil("the view showing the latest check", () -> view.snapshot() == session.latest());
		RevisionSnapshot shown = view.snapshot();
		TableViewer table1 = view.viewer(0);
		int row = indexOf(table1, "组织建设");
		Text cell = startEditing(table1, row);

		long checks = session.completedChecks();
		session.saved();
		Workbench.waitUntil("the check that saving starts",
				() -> session.completedChecks() > checks && session.latest() != shown);
		Workbench.driver().pump(50);
		assertTrue(table1.isCellEditorActive(), "the check did not cancel the typing");
		assertSame(shown, view.snapshot(), "nor was it shown while typing");

		enter(cell, "4");
		MaturityEditor weights = editorOf(draft.resolve("weights.maturity"));
		assertTrue(weights.document().get().contains("组织建设 4%"), "what was typed is written");
		Workbench.waitUntil("the sum of 表1 at 50%", () -> last(view.viewer(0)).getText(WEIGHT).equals("50%"));
		Workbench.waitUntil("the view showing the latest check", () -> view.snapshot() == session.latest());
	}

	@Test
	void aWeightOfZeroMarksItsRowWithTheFindingAsTooltipAndTextThatIsNoPercentageChangesNothing() throws Exception {
		WeightTablesView view = openView();
		int row = indexOf(view.viewer(0), "数据资产");
		editWeight(view.viewer(0), row, "abc");
		MaturityEditor weights = editorOf(draft.resolve("weights.maturity"));
		assertEquals(Workbench.read(draft.resolve("weights.maturity")), weights.document().get(), "not a percentage: nothing written");

		editWeight(view.viewer(0), row, "0");
		assertTrue(weights.document().get().contains("数据资产 0%"));
		Workbench.waitUntil("the row of 数据资产 marked", () -> view.viewer(0).getTable().getItem(row).getImage(CHECK) != null);
		TableItem item = view.viewer(0).getTable().getItem(row);
		assertEquals("0%", item.getText(WEIGHT));
		assertTrue(item.getText(CHECK).startsWith("能力子域“数据资产”的权重 0% 应大于 0"), item.getText(CHECK));
		assertTrue(item.getText(CHECK).endsWith("[weights.not-positive]"), item.getText(CHECK));
		String tooltip = ((ColumnLabelProvider) view.viewer(0).getLabelProvider(CHECK)).getToolTipText(item.getData());
		assertTrue(tooltip.contains("[weights.not-positive]"), tooltip);
		assertNotNull(item.getBackground(), "marked by colour");
		assertEquals("47%", last(view.viewer(0)).getText(WEIGHT));
		assertNull(view.viewer(0).getTable().getItem(row + 1).getImage(CHECK), "the next row has no finding");
	}

	@Test
	void selectingARowShowsItInTheEditor() throws Exception {
		WeightTablesView view = openView();
		Table table = view.viewer(0).getTable();
		int row = indexOf(view.viewer(0), "数据管理");
		table.setSelection(row);
		Event click = new Event();
		click.item = table.getItem(row);
		table.notifyListeners(SWT.Selection, click);
		MaturityEditor weights = Workbench.waitFor("the editor of weights.maturity", () -> findEditor(draft.resolve("weights.maturity")));
		ITextSelection selection = (ITextSelection) weights.getSelectionProvider().getSelection();
		assertEquals(weights.document().get().indexOf("数据管理 6%"), selection.getOffset());
		assertEquals("数据管理 6%", selection.getText());
	}

	// driving and reading the table

	/** Starts editing the weight cell as a double-click does, types the text and presses Enter. */
	private static void editWeight(TableViewer viewer, int row, String typed) {
		enter(startEditing(viewer, row), typed);
	}

	/** Starts editing the weight cell as a double-click does; the cell's editor. */
	private static Text startEditing(TableViewer viewer, int row) {
		viewer.editElement(viewer.getTable().getItem(row).getData(), WEIGHT);
		return Workbench.waitFor("the weight's cell editor", () -> Arrays.stream(viewer.getTable().getChildren())
				.filter(c -> c instanceof Text && c.isVisible()).map(Text.class::cast).findFirst().orElse(null));
	}

	/** Types the text into the cell's editor and presses Enter. */
	private static void enter(Text cell, String typed) {
		cell.setText(typed);
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.driver().pump(20);
	}

	/** The subdomains of a table of the draft copy's weights.maturity on whose lines the workspace service reports findings. */
	private java.util.Set<String> subdomainsWithFindings(String table) throws Exception {
		List<String> lines = Files.readAllLines(draft.resolve("weights.maturity"));
		int header = -1;
		int end = lines.size();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("weights " + table + " ")) {
				header = i;
			} else if (header >= 0 && i > header && lines.get(i).startsWith("weights ")) {
				end = Math.min(end, i);
			}
		}
		java.util.Set<String> names = new java.util.TreeSet<>();
		for (Finding f : LanguageServices.get(RevisionWorkspaceService.class).open(List.of(draft.toString())).findings()) {
			int line = f.line() - 1;
			if (f.file().endsWith("weights.maturity") && line > header && line < end && !lines.get(line).strip().startsWith("domain ")) {
				names.add(lines.get(line).strip().split(" ")[0]);
			}
		}
		return names;
	}

	/** The subdomains of the rows marked with a finding. */
	private static java.util.Set<String> marked(TableViewer viewer) {
		java.util.Set<String> names = new java.util.TreeSet<>();
		for (TableItem item : viewer.getTable().getItems()) {
			if (item.getImage(CHECK) != null && !item.getText(SUBDOMAIN).equals("合计") && !item.getText(CHECK).isEmpty()) {
				names.add(item.getText(SUBDOMAIN));
			}
		}
		return names;
	}

	private static TableItem last(TableViewer viewer) {
		return viewer.getTable().getItem(viewer.getTable().getItemCount() - 1);
	}

	private static int indexOf(TableViewer viewer, String subdomain) {
		TableItem[] items = viewer.getTable().getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].getText(SUBDOMAIN).equals(subdomain)) {
				return i;
			}
		}
		throw new AssertionError(subdomain + " not in the table");
	}

	private static List<String> rows(TableViewer viewer) {
		List<String> rows = new ArrayList<>();
		for (TableItem item : viewer.getTable().getItems()) {
			rows.add(item.getText(DOMAIN) + "|" + item.getText(SUBDOMAIN) + "|" + item.getText(WEIGHT) + "|" + item.getText(CHECK));
		}
		return rows;
	}

	private static List<String> subtotals(TableViewer viewer) {
		return Arrays.stream(viewer.getTable().getItems()).filter(i -> i.getText(SUBDOMAIN).endsWith(" 小计"))
				.map(i -> i.getText(SUBDOMAIN) + "=" + i.getText(WEIGHT)).toList();
	}

	static MaturityEditor findEditor(Path file) {
		for (IEditorReference ref : Workbench.page().getEditorReferences()) {
			if (ref.getEditor(false) instanceof MaturityEditor e && file.equals(e.path())) {
				return e;
			}
		}
		return null;
	}

	private static MaturityEditor editorOf(Path file) {
		MaturityEditor editor = findEditor(file);
		assertNotNull(editor, "the view opened " + file.getFileName());
		return editor;
	}
}
