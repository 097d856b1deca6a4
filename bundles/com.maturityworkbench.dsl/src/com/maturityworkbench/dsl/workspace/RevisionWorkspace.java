package com.maturityworkbench.dsl.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.util.CancelIndicator;

import com.maturityworkbench.dsl.analysis.CheckedFile;
import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.SourceText;

/**
 * The revision files a user works on, grouped into revisions, as one immutable snapshot: every file's text (in the
 * order given), the revisions they form ({@link WorkspaceRevision}, each parsed and checked on its own), and the
 * findings of every file. Made by {@link RevisionWorkspaceService}.
 * <p>
 * An edit makes a new snapshot: {@link #withText(String, String)} replaces one file's text with unsaved text (as an
 * editor or a language server passes it) and re-parses and re-checks the whole revision that file belongs to, and
 * the one it belongs to after the edit if its header changed. Requirement rows match weights by name, not by
 * reference, so editing a weight in one file changes the findings of the revision's other files: they are all
 * checked again. Other revisions are shared with the previous snapshot as they are; no file is read from disk again.
 * A snapshot holds no global state and may be dropped at any time; it is meant for one thread at a time (EMF
 * resolves references lazily while it is read).
 */
public final class RevisionWorkspace {
	private final RevisionWorkspaceService service;
	private final List<SourceText> sources;
	private final List<WorkspaceRevision> groups;

	RevisionWorkspace(RevisionWorkspaceService service, List<SourceText> sources, List<WorkspaceRevision> groups) {
		this.service = service;
		this.sources = List.copyOf(sources);
		this.groups = List.copyOf(groups);
	}

	/** Every file, in the order given. */
	public List<SourceText> sources() {
		return sources;
	}

	/** The revisions, in the order of their first file; files that name no revision are not among them. */
	public List<WorkspaceRevision> revisions() {
		return groups.stream().filter(g -> g.name() != null).toList();
	}

	/** Every group of files checked together: the revisions, and each file that names no revision on its own. */
	public List<WorkspaceRevision> groups() {
		return groups;
	}

	/** The findings of every file, sorted by file, line and column. */
	public List<Finding> findings() {
		List<Finding> all = new ArrayList<>();
		for (WorkspaceRevision g : groups) {
			all.addAll(g.findings());
		}
		all.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column));
		return all;
	}

	public boolean hasErrors() {
		return groups.stream().anyMatch(g -> !g.errors().isEmpty());
	}

	/** The file with this absolute path. */
	public Optional<SourceText> source(String absolutePath) {
		return sources.stream().filter(s -> s.absolutePath().equals(absolutePath)).findFirst();
	}

	/** The group (revision, or a file that names none) the file with this absolute path is in. */
	public Optional<WorkspaceRevision> groupOf(String absolutePath) {
		return groups.stream().filter(g -> g.contains(absolutePath)).findFirst();
	}

	/** The findings of one file (none when it is not in the workspace). */
	public List<Finding> findingsOf(String absolutePath) {
		Optional<SourceText> source = source(absolutePath);
		Optional<WorkspaceRevision> group = groupOf(absolutePath);
		return source.isEmpty() || group.isEmpty() ? List.of() : group.get().findingsOf(source.get());
	}

	/**
	 * One file as checked: its issues (offsets, codes, data) and findings, from the one check of its revision (made
	 * now if no one has asked for it yet). Empty when the file is not in the workspace.
	 *
	 * @throws org.eclipse.xtext.service.OperationCanceledError when {@code cancel} says so before the check is done
	 */
	public Optional<CheckedFile> checkedFile(String absolutePath, CancelIndicator cancel) {
		Optional<WorkspaceRevision> group = groupOf(absolutePath);
		return group.isEmpty() ? Optional.empty() : group.get().checkedFile(absolutePath, cancel);
	}

	/**
	 * The workspace with the text of the file at {@code absolutePath} replaced by {@code text} (a file not in the
	 * workspace yet is added, reported under its absolute path), its revision parsed and checked again.
	 */
	public RevisionWorkspace withText(String absolutePath, String text) {
		SourceText old = source(absolutePath).orElse(null);
		return service.edit(this, new SourceText(old == null ? absolutePath : old.label(), absolutePath, text));
	}
}
