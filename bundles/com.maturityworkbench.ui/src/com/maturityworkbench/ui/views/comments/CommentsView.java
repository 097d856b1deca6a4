package com.maturityworkbench.ui.views.comments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import com.maturityworkbench.dsl.analysis.WeightTableOverview.Location;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.revision.comments.Comment;
import com.maturityworkbench.revision.comments.CommentColumns;
import com.maturityworkbench.revision.comments.CommentPlaces;
import com.maturityworkbench.revision.comments.CommentProblem;
import com.maturityworkbench.revision.comments.CommentRound;
import com.maturityworkbench.revision.comments.CommentsUnreadableException;
import com.maturityworkbench.revision.comments.Disposition;
import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.revision.RevisionSnapshot;
import com.maturityworkbench.ui.views.CurrentRevision;
import com.maturityworkbench.ui.views.RevisionLocations;
import com.maturityworkbench.ui.views.SnapshotRevision;

/**
 * 征求意见: the comments on the current revision (the files of its {@code comments} folder, read and resolved by the
 * revision tools' {@link CommentRound}, as {@code mwb comments} checks them), one row each with the committee's
 * columns; filtered by disposition, with the count of each; a comment whose row has a problem (a reference that
 * resolves to nothing, a disposition that is none of the four) is marked with the problem's message. Linked to the
 * clauses by {@link CommentPlaces}: double-click or Enter opens the file at what the comment is about; with 与编辑器链接
 * on, the comments on what the editor's caret is in are selected and shown in bold. Refreshed after every check of the
 * revision and when its comments files change on disk.
 */
public class CommentsView extends ViewPart {
	public static final String ID = "com.maturityworkbench.ui.views.comments";

	private Composite root;
	private Label summary;
	private Label caretLine;
	private final Map<Disposition, Button> dispositionFilters = new EnumMap<>(Disposition.class);
	private TableViewer table;
	private IAction linkWithEditor;
	private CurrentRevision current;
	private CommentsFolderWatch watch;
	private RevisionSnapshot snapshot;
	private CommentRound round;
	private CommentPlaces places;
	private String unreadable;
	private List<Comment> shown = List.of();
	private Set<Comment> atCaret = Collections.newSetFromMap(new IdentityHashMap<>());
	private final ISelectionListener caret = this::editorSelectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		root.setLayout(layout);
		Composite filters = new Composite(root, SWT.NONE);
		filters.setLayout(new GridLayout(Disposition.values().length + 1, false));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		new Label(filters, SWT.NONE).setText(UiTexts.text("comments.filter.disposition"));
		for (Disposition d : Disposition.values()) {
			Button check = new Button(filters, SWT.CHECK);
			check.setSelection(true);
			check.addListener(SWT.Selection, e -> refresh());
			dispositionFilters.put(d, check);
		}
		summary = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		caretLine = new Label(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(caretLine);
		table = table(root);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		linkWithEditor = new Action(UiTexts.text("comments.link"), IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				followEditor();
			}
		};
		linkWithEditor.setToolTipText(UiTexts.text("comments.link.tooltip"));
		linkWithEditor.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		linkWithEditor.setChecked(true);
		getViewSite().getActionBars().getToolBarManager().add(linkWithEditor);
		getSite().getPage().addPostSelectionListener(caret);
		current = new CurrentRevision(getSite().getPage(), this::show);
	}

	private TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		int[] widths = { 60, 190, 200, 420, 260, 80, 300, 380 };
		for (CommentLabels.Column c : CommentLabels.Column.values()) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
			column.getColumn().setText(c.header());
			column.getColumn().setWidth(widths[c.ordinal()]);
			column.setLabelProvider(new CommentLabels(c, this::problemsOf, () -> atCaret));
		}
		viewer.addDoubleClickListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Comment comment) {
				open(comment);
			}
		});
		return viewer;
	}

	private List<CommentProblem> problemsOf(Comment comment) {
		return round == null ? List.of() : round.problemsOf(comment);
	}

	/** Opens the file at what the comment is about (activating its editor); says why in the status line when it points to nothing. */
	public boolean open(Comment comment) {
		Optional<CommentPlaces.Place> place = places == null ? Optional.empty() : places.of(comment);
		if (place.isEmpty()) {
			String problem = CommentLabels.problemText(problemsOf(comment));
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(UiTexts.text("comments.open.none", comment.number(), problem));
			return false;
		}
		Location shownAt = place.get().shown();
		try {
			RevisionLocations.reveal(getSite().getPage(), Path.of(shownAt.file()), shownAt.offset(), shownAt.length(), true);
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(null);
			return true;
		} catch (CoreException | ClassCastException e) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(UiTexts.text("open.failed", shownAt.file(), e.getMessage()));
			return false;
		}
	}

	private void show(RevisionSnapshot shownSnapshot) {
		if (root == null || root.isDisposed()) {
			return;
		}
		snapshot = shownSnapshot;
		Path folder = snapshot == null ? null : snapshot.folder();
		if (watch != null && !watch.revisionFolder().equals(folder)) {
			watch.close();
			watch = null;
		}
		if (watch == null && folder != null) {
			watch = CommentsFolderWatch.start(folder, root.getDisplay(), this::reread);
		}
		reread();
	}

	/** Reads the comments of the revision shown again (after a check, or a change of its comments files on disk). */
	private void reread() {
		if (root == null || root.isDisposed()) {
			return;
		}
		round = null;
		places = null;
		unreadable = null;
		Optional<Revision> revision = SnapshotRevision.of(snapshot);
		if (revision.isPresent()) {
			try {
				round = CommentRound.readBeside(revision.get(), snapshot.folder());
				places = round == null ? null : CommentPlaces.of(revision.get(), round);
			} catch (CommentsUnreadableException e) {
				unreadable = e.getMessage();
			}
		}
		refresh();
		followEditor();
	}

	/** Applies the disposition filters and shows the counts. */
	private void refresh() {
		Map<Disposition, Integer> counts = round == null ? Map.of() : round.countsByDisposition();
		for (Map.Entry<Disposition, Button> e : dispositionFilters.entrySet()) {
			e.getValue().setText(UiTexts.text("comments.filter.count", e.getKey().displayName(), counts.getOrDefault(e.getKey(), 0)));
		}
		List<Comment> comments = new ArrayList<>();
		if (round != null) {
			for (CommentRound.ResolvedComment c : round.comments()) {
				Disposition d = c.comment().disposition();
				if (d == null || dispositionFilters.get(d).getSelection()) { // without a disposition: always shown, marked
					comments.add(c.comment());
				}
			}
		}
		shown = List.copyOf(comments);
		table.setInput(shown);
		summary.setText(summaryText());
		root.layout(true, true);
	}

	private String summaryText() {
		if (snapshot == null) {
			return UiTexts.text("comments.view.empty");
		}
		Path comments = snapshot.folder().resolve(CommentColumns.FOLDER);
		if (unreadable != null) {
			return UiTexts.text("comments.unreadable", unreadable);
		}
		if (round == null) {
			return UiTexts.text("comments.none", snapshot.folder().getFileName(), comments);
		}
		return UiTexts.text("comments.summary", snapshot.folder().getFileName(), round.summary(), shown.size());
	}

	private void editorSelectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part instanceof MaturityEditor editor && selection instanceof ITextSelection text) {
			follow(editor, text.getOffset());
		}
	}

	/** With the link on: follows the caret of the active revision editor. */
	private void followEditor() {
		if (getSite().getPage().getActiveEditor() instanceof MaturityEditor editor
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection text) {
			follow(editor, text.getOffset());
		} else {
			follow(null, -1);
		}
	}

	private void follow(MaturityEditor editor, int offset) {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		Set<Comment> found = Collections.newSetFromMap(new IdentityHashMap<>());
		boolean applies = linkWithEditor.isChecked() && editor != null && editor.path() != null && places != null && snapshot != null
				&& editor.path().startsWith(snapshot.folder()) && editor.showsCurrentText();
		if (applies) {
			found.addAll(places.at(editor.path().toString(), offset));
		}
		atCaret = found;
		table.refresh();
		caretLine.setText(!applies ? "" : found.isEmpty() ? UiTexts.text("comments.caret.none")
				: UiTexts.text("comments.caret", found.size(), String.join(UiTexts.text("comments.caret.separator"),
						round.comments().stream().map(CommentRound.ResolvedComment::comment).filter(found::contains).map(Comment::number).toList())));
		if (applies && !found.isEmpty()) {
			table.setSelection(new StructuredSelection(shown.stream().filter(found::contains).toList()), true);
		}
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(caret);
		if (current != null) {
			current.dispose();
		}
		if (watch != null) {
			watch.close();
		}
		super.dispose();
	}

	// what tests and screenshots read and drive

	/** The comments listed (after the filter), in the round's order. */
	public List<Comment> shown() {
		return shown;
	}

	/** The comments on what the editor's caret is in (with the link on). */
	public Set<Comment> atCaret() {
		return Collections.unmodifiableSet(atCaret);
	}

	public CommentRound round() {
		return round;
	}

	public TableViewer table() {
		return table;
	}

	public Button dispositionFilter(Disposition disposition) {
		return dispositionFilters.get(disposition);
	}

	public IAction linkWithEditor() {
		return linkWithEditor;
	}

	public String summary() {
		return summary.getText();
	}

	public String caretLine() {
		return caretLine.getText();
	}

	public RevisionSnapshot snapshot() {
		return snapshot;
	}
}
