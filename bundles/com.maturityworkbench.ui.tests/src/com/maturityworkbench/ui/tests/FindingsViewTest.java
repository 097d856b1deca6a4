package com.maturityworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.Finding.Severity;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.ui.LanguageServices;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.views.findings.FindingEntry;
import com.maturityworkbench.ui.views.findings.FindingGroup;
import com.maturityworkbench.ui.views.findings.FindingsView;

/**
 * The findings view on a copy of the shipped draft: the same findings as the workspace service's (what
 * {@code mwb validate} prints) and as the editor's annotations, grouped by category and table with their counts,
 * filtered by severity and category; double-click opens the finding's place.
 */
class FindingsViewTest extends DraftTest {

	private FindingsView openView() throws Exception {
		MaturityEditor head = Workbench.open(draft.resolve("standard.maturity"));
		var old = Workbench.page().findView(FindingsView.ID);
		if (old != null) {
			Workbench.page().hideView(old); // a fresh view, in the language of the test
		}
		FindingsView view = (FindingsView) Workbench.page().showView(FindingsView.ID);
		Workbench.waitUntil("the findings of the draft copy", () -> view.snapshot() != null && view.snapshot().folder().equals(draft));
		Workbench.waitForCheck(head);
		return view;
	}

	/** What the workspace service finds in the draft copy, independently of the workbench. */
	private List<Finding> serviceFindings() throws Exception {
		return LanguageServices.get(RevisionWorkspaceService.class).open(List.of(draft.toString())).findings();
	}

	@Test
	void countsAreTheWorkspaceServicesFindingsByCategoryAndSeverity() throws Exception {
		FindingsView view = openView();
		List<Finding> expected = serviceFindings();
		long errors = expected.stream().filter(f -> f.severity() == Severity.ERROR).count();
		long warnings = expected.stream().filter(f -> f.severity() == Severity.WARNING).count();
		long infos = expected.stream().filter(f -> f.severity() == Severity.INFO).count();
		assertTrue(warnings > 0 && infos > 0 && errors == 0, "the draft has warnings and infos, no errors: " + warnings + "/" + infos);
		assertEquals(String.format("修订 ys-t-digital-maturity-draft：共 %d 个问题，显示 %d 个（%d 个错误，%d 个警告，%d 个提示）。双击问题即打开其位置",
				expected.size(), expected.size(), errors, warnings, infos), view.summary());

		Map<String, Integer> byCategory = new TreeMap<>();
		expected.forEach(f -> byCategory.merge(f.category(), 1, Integer::sum));
		Map<String, Integer> shown = new TreeMap<>();
		for (FindingGroup g : view.groups()) {
			shown.put(g.key(), g.count());
			assertEquals(g.count(), g.groups().stream().mapToInt(FindingGroup::count).sum(), "the tables of " + g.key() + " add up");
		}
		assertEquals(byCategory, shown);
		// the tree's top items: the categories in Chinese with their counts
		Tree tree = view.tree().getTree();
		assertEquals(view.groups().stream().map(g -> FindingGroup.categoryLabel(g.key()) + "（" + g.count() + "）").toList(),
				java.util.Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
		assertTrue(java.util.Arrays.stream(tree.getItems()).map(TreeItem::getText).toList().contains("文字（" + byCategory.get("text") + "）"));

		// the head file's findings are exactly its editor's annotations (one source)
		MaturityEditor head = WeightTablesViewTest.findEditor(draft.resolve("standard.maturity"));
		List<String> annotations = head.findingAnnotations().stream().map(a -> a.getText()).sorted().toList();
		List<String> listed = entries(view).stream().filter(e -> e.file().getFileName().toString().equals("standard.maturity"))
				.map(FindingEntry::message).sorted().toList();
		assertEquals(annotations, listed);
		// and every finding at the service's line and column, with its code
		assertEquals(expected.stream().map(f -> Path.of(f.file()).getFileName() + ":" + f.line() + ":" + f.column() + " " + f.code()).sorted().toList(),
				entries(view).stream().map(e -> e.location() + " " + e.code()).sorted().toList());
	}

	@Test
	void aKnownFindingUnderItsCategoryAndTableAndDoubleClickOpensIt() throws Exception {
		FindingsView view = openView();
		// README: weights.maturity:75:5: 能力子域“成本管理”同时出现在表1（基础共性）和表3（行业特性·冶炼）中 [naming.duplicate-in-model]
		Finding known = serviceFindings().stream()
				.filter(f -> f.code().equals("naming.duplicate-in-model") && f.file().endsWith("weights.maturity") && f.line() == 75).findFirst()
				.orElseThrow();
		assertEquals(5, known.column());
		FindingGroup naming = view.groups().stream().filter(g -> g.key().equals("naming")).findFirst().orElseThrow();
		FindingGroup table3 = naming.groups().stream().filter(g -> g.key().equals("表3（行业特性·冶炼）")).findFirst().orElseThrow();
		FindingEntry entry = table3.entries().stream().filter(e -> e.location().equals("weights.maturity:75:5")).findFirst().orElseThrow();
		assertEquals("naming.duplicate-in-model", entry.code());
		assertEquals(known.message() + " [naming.duplicate-in-model]", entry.message());

		view.tree().expandAll();
		Tree tree = view.tree().getTree();
		TreeItem item = find(tree.getItems(), entry);
		assertEquals("weights.maturity:75:5", item.getText(1));
		assertEquals("naming.duplicate-in-model", item.getText(2));
		tree.setSelection(item);
		Event doubleClick = new Event();
		doubleClick.item = item;
		tree.notifyListeners(SWT.DefaultSelection, doubleClick);

		MaturityEditor weights = Workbench.waitFor("weights.maturity opened", () -> WeightTablesViewTest.findEditor(draft.resolve("weights.maturity")));
		assertEquals(weights, Workbench.page().getActiveEditor(), "the editor is activated");
		ITextSelection selection = (ITextSelection) weights.getSelectionProvider().getSelection();
		assertEquals(74, selection.getStartLine(), "line 75");
		assertEquals(entry.issue().getOffset().intValue(), selection.getOffset());
		assertTrue(selection.getText().startsWith("成本管理"), selection.getText());
	}

	@Test
	void filtersBySeverityAndCategory() throws Exception {
		FindingsView view = openView();
		List<Finding> expected = serviceFindings();
		Button warnings = view.severityFilters().get(1);
		assertEquals("警告", warnings.getText());
		warnings.setSelection(false);
		warnings.notifyListeners(SWT.Selection, new Event());
		long infos = expected.stream().filter(f -> f.severity() == Severity.INFO).count();
		assertEquals(infos, entries(view).size());
		assertTrue(entries(view).stream().allMatch(e -> e.severity() == org.eclipse.xtext.diagnostics.Severity.INFO));

		warnings.setSelection(true);
		warnings.notifyListeners(SWT.Selection, new Event());
		view.categoryFilter().select(view.categoryFilter().indexOf("条款编号"));
		view.categoryFilter().notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of("labels"), view.groups().stream().map(FindingGroup::key).toList());
		Map<String, Long> labelsByTable = view.groups().get(0).groups().stream()
				.collect(Collectors.toMap(FindingGroup::key, g -> (long) g.count(), (a, b) -> a, LinkedHashMap::new));
		assertEquals(expected.stream().filter(f -> f.category().equals("labels")).count(), labelsByTable.values().stream().mapToLong(Long::longValue).sum());
		assertTrue(labelsByTable.keySet().stream().allMatch(k -> k.startsWith("表")), labelsByTable.toString());
	}

	@Test
	void englishWhenAskedFor() throws Exception {
		Language.set(Language.EN);
		FindingsView view = openView();
		FindingsView english = view;
		assertTrue(english.summary().startsWith("Revision ys-t-digital-maturity-draft: " + serviceFindings().size() + " findings"), english.summary());
		assertEquals("Warning", english.severityFilters().get(1).getText());
		assertTrue(java.util.Arrays.stream(english.tree().getTree().getItems()).anyMatch(i -> i.getText().startsWith("Text (")));
		Workbench.page().hideView(english);
	}

	private static List<FindingEntry> entries(FindingsView view) {
		return view.groups().stream().flatMap(c -> c.groups().stream()).flatMap(t -> t.entries().stream()).toList();
	}

	private static TreeItem find(TreeItem[] items, Object data) {
		for (TreeItem item : items) {
			if (item.getData() == data) {
				return item;
			}
			TreeItem inside = find(item.getItems(), data);
			if (inside != null) {
				return inside;
			}
		}
		return null;
	}
}
