package com.maturityworkbench.ui.application;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.views.comments.CommentsView;
import com.maturityworkbench.ui.views.findings.FindingGroup;
import com.maturityworkbench.ui.views.findings.FindingsView;
import com.maturityworkbench.ui.views.weights.WeightTablesView;
import com.maturityworkbench.ui.views.simulation.SimulationView;

/**
 * {@code -screenshots DIR}: shows the editor's features on the opened revision (the shipped draft) and saves a PNG of
 * the window for each: the head file with a finding, a requirement table with its outline, the quick fix list, content
 * assist, the simulation view with the shipped smelting assessment opened, a weight typed wrong, the weight-table view,
 * the findings view and the comments view. Nothing is saved to the revision; the workbench closes at the end.
 */
final class WorkbenchScreenshots {
	private final WorkbenchDriver driver;
	private final MaturityEditor head;
	private final Path folder;

	WorkbenchScreenshots(IWorkbenchPage page, MaturityEditor head, Path folder) {
		this.driver = new WorkbenchDriver(page);
		this.head = head;
		this.folder = folder;
	}

	void run() {
		try {
			Files.createDirectories(folder);
			Shell shell = driver.page().getWorkbenchWindow().getShell();
			shell.setBounds(0, 0, 1400, 900);
			driver.waitUntil(() -> head.figures().shows() > 0);
			Path revision = head.path().getParent();

			show(head, head.document().get().indexOf("领域的的数据") + 2);
			save("editor-head-file.png");

			MaturityEditor table5 = driver.open(revision.resolve("table5-common.maturity"));
			int latin = table5.document().get().indexOf("管理思路 and 模式") + "管理思路 ".length();
			show(table5, latin);
			save("editor-requirements-outline.png");

			operate(table5, ISourceViewer.QUICK_ASSIST);
			save("quick-fix.png");
			close(table5);

			String text = table5.document().get();
			int cell = text.indexOf("\n      二级\n") + 1 + "      ".length();
			show(table5, cell);
			WorkbenchDriver.type(table5.viewer().getTextWidget(), '三');
			operate(table5, ISourceViewer.CONTENTASSIST_PROPOSALS);
			save("content-assist.png");
			close(table5);
			((ITextOperationTarget) table5.viewer()).doOperation(ITextOperationTarget.UNDO);
			simulation(revision); // before a weight is typed wrong: the view scores the unsaved texts
			comments(revision);

			MaturityEditor weights = driver.open(revision.resolve("weights.maturity"));
			int three = weights.document().get().indexOf("组织建设 3%") + "组织建设 ".length();
			StyledText widget = weights.viewer().getTextWidget();
			widget.setSelection(three, three + 1);
			WorkbenchDriver.type(widget, '4');
			driver.waitUntil(weights::showsCurrentText);
			show(weights, weights.document().get().indexOf("weights 表1") + "weights ".length());
			save("weight-finding.png");

			// the views, maximized: 表1 with the weight typed wrong (its sum marked), then the findings by category and table
			WeightTablesView weightTables = (WeightTablesView) driver.page().showView(WeightTablesView.ID);
			driver.waitUntil(() -> weightTables.tables().size() == 4 && weightTables.snapshot() == weights.session().latest());
			weightTables.tabs().setSelection(0);
			weightTables.viewer(0).getTable().setTopIndex(6); // from 技术 down to the sum, marked
			maximized(weightTables, "weight-tables.png");
			FindingsView findings = (FindingsView) driver.page().showView(FindingsView.ID);
			driver.waitUntil(() -> findings.snapshot() == weights.session().latest());
			for (FindingGroup group : findings.groups()) {
				if (group.key().equals("weights") || group.key().equals("naming")) {
					findings.tree().expandToLevel(group, 2);
				}
			}
			maximized(findings, "findings.png");
			System.out.println("mwb screenshots: saved in " + folder);
		} catch (Exception e) {
			System.out.println("mwb screenshots: failed: " + e);
		} finally {
			driver.closeWithoutSaving();
		}
	}

	private void maximized(IViewPart view, String name) {
		IWorkbenchPartReference ref = driver.page().getReference(view);
		driver.page().activate(view);
		driver.pump(300);
		driver.page().toggleZoom(ref);
		driver.pump(1500);
		save(name);
		driver.page().toggleZoom(ref);
		driver.pump(300);
	}

	/** The simulation view, maximised, with the shipped smelting assessment opened (S 3.3691, 三级, its plan). */
	private void simulation(Path revision) throws Exception {
		driver.page().activate(head);
		SimulationView view = (SimulationView) driver.page().showView(SimulationView.ID);
		driver.waitUntil("the simulation of the draft", view::scored);
		view.open(revision.resolve("assessments").resolve("smelting-冶炼.json"));
		view.ratingTree().expandToLevel(2);
		driver.page().setPartState(driver.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		driver.pump(1200);
		save("simulation.png");
		driver.page().setPartState(driver.page().getReference(view), IWorkbenchPage.STATE_RESTORED);
		driver.page().showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW); // the next screenshots show the Problems view below
	}

	/** The comments view, maximised, linked with table5's caret on the clause of comment 6 (表5.信息安全.四级.3). */
	private void comments(Path revision) throws Exception {
		MaturityEditor table5 = driver.open(revision.resolve("table5-common.maturity"));
		CommentsView view = (CommentsView) driver.page().showView(CommentsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		driver.waitUntil("the comments of the draft", () -> view.round() != null);
		driver.waitUntil(table5::showsCurrentText);
		show(table5, table5.document().get().indexOf("建立结构化的网络安全管理体系"));
		driver.waitUntil("the comment at the caret", () -> !view.atCaret().isEmpty());
		maximized(view, "comments.png");
		driver.page().activate(head);
	}

	private void show(MaturityEditor editor, int offset) {
		driver.page().activate(editor);
		editor.selectAndReveal(offset, 0);
		driver.pump(800);
	}

	private void operate(MaturityEditor editor, int operation) {
		editor.viewer().getTextWidget().setFocus();
		((ITextOperationTarget) editor.viewer()).doOperation(operation);
		driver.pump(1200);
	}

	private void close(MaturityEditor editor) {
		WorkbenchDriver.type(editor.viewer().getTextWidget(), SWT.ESC);
		driver.page().activate(editor);
		editor.setFocus();
		driver.pump(300);
	}

	private void save(String name) {
		Shell shell = driver.page().getWorkbenchWindow().getShell();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(driver.display(), bounds.width, bounds.height);
		GC gc = new GC(driver.display());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
