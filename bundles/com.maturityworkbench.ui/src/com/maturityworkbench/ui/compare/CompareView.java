package com.maturityworkbench.ui.compare;

import static com.maturityworkbench.revision.report.DiffTexts.M;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import com.maturityworkbench.revision.compare.RevisionComparison;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.generate.GenerateHandler;

/**
 * 修订版比较: the open revision (OLD, with its editors' unsaved texts) against the folder the drafter chooses (NEW),
 * compared by the revision tools' {@link RevisionComparison} in a job; the diff as a tree ({@link DiffNodes}), the
 * selected change's text difference below it ({@link TextDiffStyles}).
 */
public class CompareView extends ViewPart {
	public static final String ID = "com.maturityworkbench.ui.views.compare";

	private TreeViewer tree;
	private StyledText text;
	private volatile RevisionDiff diff;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		tree = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ArrayContentProvider.getInstance().getElements(input);
			}

			@Override
			public Object[] getChildren(Object node) {
				return ((DiffNode) node).children().toArray();
			}

			@Override
			public Object getParent(Object node) {
				return null;
			}

			@Override
			public boolean hasChildren(Object node) {
				return !((DiffNode) node).children().isEmpty();
			}
		});
		tree.setLabelProvider(new LabelProvider());
		tree.addSelectionChangedListener(e -> showText(((IStructuredSelection) e.getSelection()).getFirstElement()));
		text = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setText(UiTexts.text("compare.no-text"));
		sash.setWeights(3, 1);
		setContentDescription(UiTexts.text("compare.hint"));
		Action choose = new Action(UiTexts.text("compare.choose")) {
			@Override
			public void run() {
				chooseAndCompare();
			}
		};
		choose.setToolTipText(UiTexts.text("compare.choose.tooltip"));
		choose.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER));
		getViewSite().getActionBars().getToolBarManager().add(choose);
	}

	private void chooseAndCompare() {
		Optional<Path> folder = GenerateHandler.currentFolder(getSite().getPage());
		if (folder.isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), UiTexts.text("compare.title"), UiTexts.text("compare.no-revision"));
			return;
		}
		Path chosen = OtherRevisionDialog.choose(getSite().getShell(), UiTexts.text("compare.title"), folder.get());
		if (chosen != null) {
			compare(folder.get(), GenerateHandler.unsavedTexts(getSite().getPage(), folder.get()), chosen);
		}
	}

	/** Compares OLD (with the given unsaved texts) and NEW in a job with progress; the tree shows the result when it is done. */
	public Job compare(Path oldFolder, Map<Path, String> unsaved, Path newFolder) {
		diff = null;
		tree.setInput(List.of());
		setContentDescription(UiTexts.text("compare.job", oldFolder.getFileName(), newFolder.getFileName()));
		Job job = new Job(UiTexts.text("compare.job", oldFolder.getFileName(), newFolder.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(getName(), 2);
				try {
					monitor.subTask(UiTexts.text("compare.step.load"));
					RevisionPair pair = RevisionPair.load(oldFolder, unsaved, newFolder);
					monitor.worked(1);
					monitor.subTask(UiTexts.text("compare.step.compare"));
					RevisionDiff result = RevisionComparison.compare(pair.old().revision(), pair.nu().revision());
					List<DiffNode> nodes = DiffNodes.of(result);
					monitor.worked(1);
					show(result, nodes, null);
				} catch (RevisionPair.Unusable e) {
					show(null, List.of(), e.getMessage());
				} finally {
					monitor.done();
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void show(RevisionDiff result, List<DiffNode> nodes, String failure) {
		tree.getControl().getDisplay().asyncExec(() -> {
			if (tree.getControl().isDisposed()) {
				return;
			}
			diff = result;
			tree.setInput(nodes);
			tree.expandAll();
			text.setText(UiTexts.text("compare.no-text"));
			text.setStyleRanges(new org.eclipse.swt.custom.StyleRange[0]);
			if (failure != null) {
				setContentDescription(failure);
			} else {
				int count = result.changeCount();
				setContentDescription(M.text("diff.title", result.oldRevision(), result.newRevision()) + "　"
						+ (result.isEmpty() ? M.text("diff.none") : count == 1 ? M.text("diff.count.one") : M.text("diff.count", count)));
			}
		});
	}

	private void showText(Object selected) {
		if (selected instanceof DiffNode node && node.text() != null) {
			TextDiffStyles.show(text, node.text());
		} else {
			text.setStyleRanges(new org.eclipse.swt.custom.StyleRange[0]);
			text.setText(UiTexts.text("compare.no-text"));
		}
	}

	/** The last comparison shown; null before the first one, while one runs, or after a failure. */
	public RevisionDiff diff() {
		return diff;
	}

	public TreeViewer tree() {
		return tree;
	}

	public StyledText textDiff() {
		return text;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}
}
