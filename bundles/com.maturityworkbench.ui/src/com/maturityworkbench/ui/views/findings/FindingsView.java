package com.maturityworkbench.ui.views.findings;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.xtext.diagnostics.Severity;

import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.revision.RevisionSnapshot;
import com.maturityworkbench.ui.views.CurrentRevision;
import com.maturityworkbench.ui.views.RevisionLocations;

/**
 * 检查问题: the findings of the current revision's last check (the very issues its editors show as annotations),
 * grouped by category and, within each, by table, with the number of findings in each group; filtered by severity
 * and category. Double-click opens the file at the finding. Refreshed after every check of the revision.
 */
public class FindingsView extends ViewPart {
	public static final String ID = "com.maturityworkbench.ui.views.findings";

	private static final Severity[] SEVERITIES = { Severity.ERROR, Severity.WARNING, Severity.INFO };

	private Composite root;
	private Label summary;
	private final List<Button> severityFilters = new ArrayList<>();
	private Combo categoryFilter;
	private TreeViewer tree;
	private CurrentRevision current;
	private RevisionSnapshot snapshot;
	private List<FindingEntry> entries = List.of();
	private List<FindingGroup> groups = List.of();

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		root.setLayout(layout);
		Composite filters = new Composite(root, SWT.NONE);
		filters.setLayout(new GridLayout(SEVERITIES.length + 3, false));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		new Label(filters, SWT.NONE).setText(UiTexts.text("findings.filter.severity"));
		for (Severity severity : SEVERITIES) {
			Button check = new Button(filters, SWT.CHECK);
			check.setText(severityLabel(severity));
			check.setSelection(true);
			check.setData(severity);
			check.addListener(SWT.Selection, e -> refresh());
			severityFilters.add(check);
		}
		new Label(filters, SWT.NONE).setText(UiTexts.text("findings.filter.category"));
		categoryFilter = new Combo(filters, SWT.READ_ONLY | SWT.DROP_DOWN);
		categoryFilter.add(UiTexts.text("findings.filter.all-categories"));
		for (String category : FindingGroup.CATEGORIES) {
			categoryFilter.add(FindingGroup.categoryLabel(category));
		}
		categoryFilter.select(0);
		categoryFilter.addListener(SWT.Selection, e -> refresh());
		summary = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		tree = tree(root);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
		current = new CurrentRevision(getSite().getPage(), this::show);
	}

	private TreeViewer tree(Composite parent) {
		TreeViewer viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return parentElement instanceof FindingGroup g ? g.children().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof FindingGroup;
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		String[] headers = { "findings.column.finding", "findings.column.location", "findings.column.code" };
		int[] widths = { 820, 220, 200 };
		for (int c = 0; c < headers.length; c++) {
			TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
			column.getColumn().setText(UiTexts.text(headers[c]));
			column.getColumn().setWidth(widths[c]);
			column.setLabelProvider(new FindingLabels(c));
		}
		viewer.addDoubleClickListener(e -> {
			Object element = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (element instanceof FindingEntry entry) {
				open(entry);
			} else if (element instanceof FindingGroup group) {
				viewer.setExpandedState(group, !viewer.getExpandedState(group));
			}
		});
		return viewer;
	}

	/** Opens the finding's file with the finding selected. */
	public void open(FindingEntry entry) {
		Integer offset = entry.issue().getOffset();
		Integer length = entry.issue().getLength();
		try {
			RevisionLocations.reveal(getSite().getPage(), entry.file(), offset == null ? 0 : offset, length == null ? 0 : length, true);
		} catch (CoreException | ClassCastException e) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
		}
	}

	private void show(RevisionSnapshot shown) {
		if (root == null || root.isDisposed()) {
			return;
		}
		snapshot = shown;
		entries = FindingEntry.of(shown);
		refresh();
	}

	/** Applies the filters to the findings shown and regroups them. */
	private void refresh() {
		Set<Severity> severities = EnumSet.noneOf(Severity.class);
		for (Button b : severityFilters) {
			if (b.getSelection()) {
				severities.add((Severity) b.getData());
			}
		}
		int chosen = categoryFilter.getSelectionIndex();
		String category = chosen <= 0 ? null : FindingGroup.CATEGORIES.get(chosen - 1);
		List<FindingEntry> shown = entries.stream()
				.filter(e -> severities.contains(e.severity()) && (category == null || category.equals(e.category()))).toList();
		Object[] expanded = tree.getExpandedElements();
		groups = FindingGroup.byCategoryAndTable(shown);
		tree.setInput(groups);
		for (Object e : expanded) {
			if (e instanceof FindingGroup old) {
				groups.stream().filter(g -> g.key().equals(old.key())).findFirst().ifPresent(g -> tree.setExpandedState(g, true));
			}
		}
		summary.setText(snapshot == null ? UiTexts.text("findings.view.empty")
				: UiTexts.text("findings.summary", snapshot.folder().getFileName(), entries.size(), shown.size(), count(shown, Severity.ERROR),
						count(shown, Severity.WARNING), count(shown, Severity.INFO)));
		root.layout(true, true);
	}

	private static long count(List<FindingEntry> entries, Severity severity) {
		return entries.stream().filter(e -> e.severity() == severity).count();
	}

	static String severityLabel(Severity severity) {
		return UiTexts.text("findings.severity." + severity.name().toLowerCase());
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (current != null) {
			current.dispose();
		}
		super.dispose();
	}

	// what tests and screenshots read and drive

	/** The groups shown (after the filters), by category then table. */
	public List<FindingGroup> groups() {
		return groups;
	}

	public TreeViewer tree() {
		return tree;
	}

	/** The check boxes of the severity filter: 错误, 警告, 提示. */
	public List<Button> severityFilters() {
		return severityFilters;
	}

	public Combo categoryFilter() {
		return categoryFilter;
	}

	public String summary() {
		return summary.getText();
	}

	public RevisionSnapshot snapshot() {
		return snapshot;
	}
}
