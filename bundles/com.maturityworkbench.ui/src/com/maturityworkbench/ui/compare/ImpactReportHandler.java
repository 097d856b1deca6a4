package com.maturityworkbench.ui.compare;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.generate.GenerateHandler;
import com.maturityworkbench.ui.generate.GeneratedDocumentation;

/**
 * 影响模拟报告…: asks for the NEW revision's folder (the open revision is OLD) and the number N of synthetic
 * enterprises, runs {@link ImpactReportJob}, then opens its HTML report as the Generate command opens the documentation
 * ({@link GeneratedDocumentation}: the internal browser, else the system's).
 */
public class ImpactReportHandler extends AbstractHandler {
	public static final String COMMAND = "com.maturityworkbench.ui.impactReport";
	public static final int DEFAULT_ENTERPRISES = 10000;
	public static final int MAX_ENTERPRISES = 1_000_000;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		Optional<Path> folder = GenerateHandler.currentFolder(page);
		if (folder.isEmpty()) {
			MessageDialog.openInformation(shell, UiTexts.text("impact.title"), UiTexts.text("compare.no-revision"));
			return null;
		}
		Path chosen = OtherRevisionDialog.choose(shell, UiTexts.text("impact.title"), folder.get());
		if (chosen == null) {
			return null;
		}
		InputDialog count = new InputDialog(shell, UiTexts.text("impact.title"), UiTexts.text("impact.count"), String.valueOf(DEFAULT_ENTERPRISES),
				ImpactReportHandler::invalidCount);
		if (count.open() != Window.OK) {
			return null;
		}
		ImpactReportJob job = new ImpactReportJob(folder.get(), GenerateHandler.unsavedTexts(page, folder.get()), chosen,
				Integer.parseInt(count.getValue().trim()));
		Display display = shell.getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent done) {
				display.asyncExec(() -> opened(display.getActiveShell(), job));
			}
		});
		job.schedule();
		return null;
	}

	private static void opened(Shell shell, ImpactReportJob job) {
		if (job.failure() != null) {
			MessageDialog.openError(shell, UiTexts.text("impact.title"), job.failure());
		} else if (!GeneratedDocumentation.open(job.report())) {
			MessageDialog.openInformation(shell, UiTexts.text("impact.title"), UiTexts.text("impact.written", job.report()));
		}
	}

	/** Null for a whole number of enterprises from 1 to {@link #MAX_ENTERPRISES}, else why not. */
	public static String invalidCount(String text) {
		try {
			int n = Integer.parseInt(text.trim());
			return n >= 1 && n <= MAX_ENTERPRISES ? null : UiTexts.text("impact.count.invalid", MAX_ENTERPRISES);
		} catch (NumberFormatException e) {
			return UiTexts.text("impact.count.invalid", MAX_ENTERPRISES);
		}
	}
}
