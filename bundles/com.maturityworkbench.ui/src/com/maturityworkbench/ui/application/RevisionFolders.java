package com.maturityworkbench.ui.application;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import com.maturityworkbench.ui.LanguageServices;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.ui.revision.RevisionFolder;

/**
 * Revision folders in the workspace: each is linked (not copied) into the project {@value #PROJECT}, so its files
 * stay where they are (nothing is written into the folder) and still get markers in the Problems view.
 */
public final class RevisionFolders {
	public static final String PROJECT = "revisions";

	private RevisionFolders() {
	}

	/** The workspace folder linked to {@code folder}: the existing link, or a new one named after the folder. */
	public static IFolder link(Path folder) throws CoreException {
		Path location = folder.toAbsolutePath().normalize();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		project.setDefaultCharset("UTF-8", null);
		for (IResource member : project.members()) {
			if (member instanceof IFolder f && f.isLinked() && f.getLocationURI() != null && location.equals(Path.of(f.getLocationURI()))) {
				f.refreshLocal(IResource.DEPTH_INFINITE, null);
				return f;
			}
		}
		String name = location.getFileName().toString();
		IFolder link = project.getFolder(name);
		for (int n = 2; link.exists(); n++) {
			link = project.getFolder(name + "-" + n);
		}
		link.createLink(location.toUri(), IResource.NONE, null);
		return link;
	}

	/** Links the folder and opens its head file (the one declaring the standard; else its first file). */
	public static IEditorPart openHeadFile(IWorkbenchPage page, Path folder) throws CoreException {
		IFolder link = link(folder);
		Path head = headFile(folder).orElseThrow(() -> new PartInitException(com.maturityworkbench.ui.UiTexts.text("open.no-revision", folder)));
		IFile file = link.getFile(head.getFileName().toString());
		return IDE.openEditor(page, file, MaturityEditor.ID);
	}

	/**
	 * Opens one revision file: the workspace's file at that location when there is one (a project of an Eclipse IDE
	 * the editor is installed into), else the file of its folder linked into {@value #PROJECT}.
	 */
	public static IEditorPart openFile(IWorkbenchPage page, Path file) throws CoreException {
		for (IFile existing : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toAbsolutePath().normalize().toUri())) {
			if (existing.exists()) {
				return IDE.openEditor(page, existing, MaturityEditor.ID);
			}
		}
		IFolder link = link(file.toAbsolutePath().normalize().getParent());
		return IDE.openEditor(page, link.getFile(file.getFileName().toString()), MaturityEditor.ID);
	}

	private static Optional<Path> headFile(Path folder) {
		if (!Files.isDirectory(folder) || RevisionFolder.files(folder).isEmpty()) {
			return Optional.empty();
		}
		Optional<Path> head = RevisionFolder.headFile(LanguageServices.get(RevisionWorkspaceService.class), folder);
		return head.isPresent() ? head : Optional.of(RevisionFolder.files(folder).get(0));
	}
}
