package com.maturityworkbench.ui.application;

import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.editor.MaturityEditor;

/** The workbench: a workspace of linked revision folders, the authoring perspective, the revision named at launch. */
final class MaturityWorkbenchAdvisor extends WorkbenchAdvisor {
	private final LaunchArguments arguments;

	MaturityWorkbenchAdvisor(LaunchArguments arguments) {
		this.arguments = arguments;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		IDE.registerAdapters();
		configurer.setSaveAndRestore(false);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return AuthoringPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new MaturityWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
		arguments.revision().ifPresent(folder -> open(page, folder));
		if (page.getActiveEditor() instanceof MaturityEditor head) {
			if (arguments.benchmark()) {
				page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> new WorkbenchBenchmark(page, head).run());
			} else if (arguments.screenshots().isPresent()) {
				Path folder = arguments.screenshots().get();
				page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> new WorkbenchScreenshots(page, head, folder).run());
			}
		}
	}

	private static void open(IWorkbenchPage page, Path folder) {
		try {
			RevisionFolders.openHeadFile(page, folder);
		} catch (CoreException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), UiTexts.text("open.failed.title"),
					UiTexts.text("open.failed", folder, e.getMessage()));
		}
	}

	@Override
	public void postShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			// the workspace holds only links and markers: nothing is lost
		}
	}
}
