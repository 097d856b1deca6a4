package com.maturityworkbench.ui.revision;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * Every file of one revision folder as it was when read (the unsaved text of an open editor, else the file), parsed
 * into one resource set, with the checker's issues of each file when it was checked. Read-only once made: hovers,
 * content assist, quick fixes and the outline read it from any thread.
 */
public record RevisionSnapshot(Path folder, List<SnapshotFile> files, boolean checked) {

	/** One file of the snapshot: its text, the resource parsed from exactly that text, and its issues. */
	public record SnapshotFile(Path path, String text, XtextResource resource, List<Issue> issues) {
	}

	public Optional<SnapshotFile> file(Path path) {
		return files.stream().filter(f -> f.path().equals(path)).findFirst();
	}

	/** The issues of every file, for counting. */
	public int issueCount() {
		return files.stream().mapToInt(f -> f.issues().size()).sum();
	}
}
