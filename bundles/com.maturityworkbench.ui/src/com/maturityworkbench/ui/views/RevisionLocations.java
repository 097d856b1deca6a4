package com.maturityworkbench.ui.views;

import java.nio.file.Path;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;

import com.maturityworkbench.ui.application.RevisionFolders;
import com.maturityworkbench.ui.editor.MaturityEditor;

/** Opens a file of a revision (its folder linked into the workspace as the workbench does) and shows a place in it. */
public final class RevisionLocations {
	private RevisionLocations() {
	}

	/** The editor of the file: the open one, else a new one; activated or only brought to the top. */
	public static MaturityEditor open(IWorkbenchPage page, Path file, boolean activate) throws CoreException {
		Path absolute = file.toAbsolutePath().normalize();
		IFolder folder = RevisionFolders.link(absolute.getParent());
		return (MaturityEditor) IDE.openEditor(page, folder.getFile(absolute.getFileName().toString()), MaturityEditor.ID, activate);
	}

	/** Opens the file and selects {@code length} characters at {@code offset}, scrolled into view. */
	public static MaturityEditor reveal(IWorkbenchPage page, Path file, int offset, int length, boolean activate) throws CoreException {
		MaturityEditor editor = open(page, file, activate);
		editor.selectAndReveal(offset, length);
		return editor;
	}
}
