package com.maturityworkbench.ui.revision;

import java.nio.file.Path;

import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.util.CancelIndicator;

import com.maturityworkbench.ui.revision.RevisionSnapshot.SnapshotFile;

/** A file of a revision open in an editor, as its {@link RevisionSession} sees it. */
public interface OpenRevisionFile {
	/** The file's absolute, normalised path. */
	Path path();

	/** The document being edited (read on the UI thread only). */
	IDocument document();

	/** Whether the document has unsaved changes (UI thread). */
	boolean isDirty();

	/**
	 * Off the UI thread: works out what the editor shows of a new snapshot of its file (semantic highlighting, outline),
	 * and returns what applies it on the UI thread. The session runs that only while the document is still at the
	 * snapshot's text.
	 */
	Runnable prepare(RevisionSnapshot snapshot, SnapshotFile file, CancelIndicator cancel);
}
