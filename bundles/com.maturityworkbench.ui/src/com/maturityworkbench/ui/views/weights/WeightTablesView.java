package com.maturityworkbench.ui.views.weights;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import com.maturityworkbench.dsl.analysis.WeightTableOverview;
import com.maturityworkbench.dsl.analysis.WeightTableOverview.Location;
import com.maturityworkbench.dsl.analysis.WeightTableOverview.Table;
import com.maturityworkbench.dsl.semantics.Weights;
import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.revision.RevisionSnapshot;
import com.maturityworkbench.ui.views.CurrentRevision;
import com.maturityworkbench.ui.views.RevisionLocations;
import com.maturityworkbench.ui.views.SnapshotRevision;

/**
 * 权重表: Tables 1-4 of the current revision, one tab each, as printed (能力域, 能力子域, 指标权重) with each domain's
 * subtotal and the table's sum against its part's target, as the language computes them
 * ({@link WeightTableOverview}). Lines with findings are marked (icon, colour, the findings' messages as tooltip).
 * A weight edited in the table (double-click, Enter or F2) is written into the file's editor as one undo step;
 * selecting a line shows it in the editor. Refreshed after every check of the revision, except while a weight is being
 * typed: refreshing a table cancels its cell editor, so a check that ends then (the one that opening the file's editor
 * starts, say) is shown once the weight is entered or left.
 */
public class WeightTablesView extends ViewPart {
	public static final String ID = "com.maturityworkbench.ui.views.weights";

	private Composite root;
	private Label heading;
	private CTabFolder tabs;
	private final List<TableViewer> viewers = new ArrayList<>();
	private final List<Label> summaries = new ArrayList<>();
	private CurrentRevision current;
	private RevisionSnapshot snapshot;
	private List<Table> tables = List.of();
	/** A check ended while a weight was being typed: show the latest snapshot once typing ends. */
	private boolean refreshAfterEditing;

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		root.setLayout(layout);
		heading = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		tabs = new CTabFolder(root, SWT.TOP | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		current = new CurrentRevision(getSite().getPage(), this::show);
	}

	/** Shows a snapshot of the current revision (null: none open). */
	private void show(RevisionSnapshot shown) {
		if (root == null || root.isDisposed()) {
			return;
		}
		if (viewers.stream().anyMatch(TableViewer::isCellEditorActive)) {
			refreshAfterEditing = true;
			return;
		}
		snapshot = shown;
		List<Table> next = shown == null ? List.of() : SnapshotRevision.of(shown).map(WeightTableOverview::of).orElse(List.of());
		if (!next.stream().map(Table::name).toList().equals(tables.stream().map(Table::name).toList())) {
			rebuild(next.size());
		}
		tables = next;
		for (int i = 0; i < next.size(); i++) {
			Table table = next.get(i);
			CTabItem tab = tabs.getItem(i);
			tab.setText(UiTexts.text("weights.tab", table.name(), table.sector() != null ? table.sector() : table.part(),
					Weights.show(table.sum())));
			tab.setToolTipText(table.title());
			summaries.get(i).setText(summary(table));
			viewers.get(i).setInput(WeightLines.of(table, shown));
		}
		if (tabs.getSelectionIndex() < 0 && tabs.getItemCount() > 0) {
			tabs.setSelection(0);
		}
		heading.setText(shown == null ? UiTexts.text("weights.view.empty")
				: next.isEmpty() ? UiTexts.text("weights.view.none", shown.folder().getFileName())
						: UiTexts.text("weights.view.heading", shown.folder().getFileName(), next.size()));
		root.layout(true, true);
	}

	private static String summary(Table table) {
		String title = table.title() == null ? table.name() : table.name() + " " + table.title();
		if (table.target() == null) {
			return UiTexts.text("weights.summary.no-target", title, Weights.show(table.sum()), table.part());
		}
		return UiTexts.text(table.meetsTarget() ? "weights.summary.met" : "weights.summary.missed", title,
				Weights.show(table.sum()), table.part(), Weights.show(table.target()));
	}

	private void rebuild(int count) {
		for (CTabItem item : tabs.getItems()) {
			item.getControl().dispose();
			item.dispose();
		}
		viewers.clear();
		summaries.clear();
		for (int i = 0; i < count; i++) {
			Composite page = new Composite(tabs, SWT.NONE);
			page.setLayout(new GridLayout(1, false));
			Label summary = new Label(page, SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
			TableViewer viewer = viewer(page);
			GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
			CTabItem tab = new CTabItem(tabs, SWT.NONE);
			tab.setControl(page);
			viewers.add(viewer);
			summaries.add(summary);
		}
	}

	private TableViewer viewer(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		String[] headers = { "weights.column.domain", "weights.column.subdomain", "weights.column.weight", "weights.column.check" };
		int[] widths = { 110, 190, 80, 560 };
		for (int c = 0; c < headers.length; c++) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
			column.getColumn().setText(UiTexts.text(headers[c]));
			column.getColumn().setWidth(widths[c]);
			column.getColumn().setAlignment(c == WeightLabels.WEIGHT ? SWT.RIGHT : SWT.LEFT);
			column.setLabelProvider(new WeightLabels(c));
			if (c == WeightLabels.WEIGHT) {
				column.setEditingSupport(new WeightEditing(viewer, this::edit));
			}
		}
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && (event.keyCode == SWT.CR || event.keyCode == SWT.F2);
			}
		}, ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
			@Override
			public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
			}

			@Override
			public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
			}

			@Override
			public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
			}

			@Override
			public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
				if (refreshAfterEditing) {
					refreshAfterEditing = false;
					// after the viewer has finished with its editor; the latest snapshot, not one a later check replaced
					root.getDisplay().asyncExec(() -> show(current.snapshot()));
				}
			}
		});
		viewer.addSelectionChangedListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof WeightLine line) {
				reveal(line.location());
			}
		});
		return viewer;
	}

	/** A weight typed into a cell: written into the file's text (one undo step). */
	private void edit(WeightLine.Subdomain line, String typed) {
		if (snapshot == null || line.row().weightText() == null) {
			return;
		}
		WeightEdit.Result result = WeightEdit.apply(getSite().getPage(), snapshot, line.row().weightText(), typed);
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(result.refusal());
	}

	private void reveal(Location location) {
		if (location == null || location.file() == null) {
			return;
		}
		try {
			RevisionLocations.reveal(getSite().getPage(), Path.of(location.file()), location.offset(), location.length(), false);
		} catch (CoreException | ClassCastException e) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
		}
	}

	@Override
	public void setFocus() {
		if (tabs.getSelectionIndex() >= 0 && tabs.getSelectionIndex() < viewers.size()) {
			viewers.get(tabs.getSelectionIndex()).getControl().setFocus();
		} else {
			tabs.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (current != null) {
			current.dispose();
		}
		super.dispose();
	}

	// what tests and screenshots read

	/** The tables shown, as the language gave them. */
	public List<Table> tables() {
		return tables;
	}

	/** The table viewer of the {@code index}-th table (its tab's). */
	public TableViewer viewer(int index) {
		return viewers.get(index);
	}

	public CTabFolder tabs() {
		return tabs;
	}

	/** The snapshot shown; null when none. */
	public RevisionSnapshot snapshot() {
		return snapshot;
	}

	public String heading() {
		return heading.getText();
	}
}
