package com.maturityworkbench.dsl.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.LoadedRevision.LoadedFile;
import com.maturityworkbench.dsl.analysis.RevisionChecker;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.RevisionLocator;
import com.maturityworkbench.dsl.semantics.RevisionNames;

/**
 * The one pipeline from revision files to revisions, used by every front end (the command line now, the workbench
 * and the language server later): read files and folders ({@link RevisionFiles}), parse them ({@link RevisionLoader}),
 * group them into revisions by the name in their header ({@code standard X} / {@code part of X}), each revision in a
 * resource set of its own, check each ({@link RevisionChecker}), and tell each revision's validity and scoring model
 * ({@link WorkspaceRevision}). Stateless: every result is a {@link RevisionWorkspace} snapshot; obtain the service
 * from the language's injector.
 */
public class RevisionWorkspaceService {
	@Inject
	private RevisionLoader loader;

	@Inject
	private RevisionChecker checker;

	@Inject
	private RevisionLocator locator;

	/** The files and folders named by the arguments (see {@link RevisionFiles#read(List)}), grouped into revisions. */
	public RevisionWorkspace open(List<String> arguments) throws UnusableInputException {
		return load(RevisionFiles.read(arguments));
	}

	/** Revision texts already in memory (unsaved editor buffers, test fixtures), grouped into revisions. */
	public RevisionWorkspace load(List<SourceText> sources) {
		XtextResourceSet staging = loader.newResourceSet();
		List<LoadedFile> files = new ArrayList<>();
		for (SourceText source : sources) {
			files.add(loader.parse(staging, source));
		}
		return new RevisionWorkspace(this, sources, split(staging, files));
	}

	/**
	 * The revision a MODEL argument names, as {@code mwb generate} and {@code mwb score} take it: one of the
	 * revision's files (the other revision files of its folder are read with it) or the folder holding it.
	 *
	 * @throws UnusableInputException when the argument cannot be read, or names no revision or several
	 */
	public WorkspaceRevision openRevision(String model) throws UnusableInputException {
		return revisionOf(model, RevisionFiles.readModel(model));
	}

	/**
	 * The revision a MODEL argument names, among the files {@link RevisionFiles#readModel(String)} read for it (a
	 * front end may read them first, to refuse unusable files before it sets up the language).
	 *
	 * @throws UnusableInputException when the argument names no revision or several
	 */
	public WorkspaceRevision revisionOf(String model, List<SourceText> sources) throws UnusableInputException {
		RevisionWorkspace workspace = load(sources);
		if (Files.isRegularFile(Path.of(model))) {
			WorkspaceRevision own = workspace.groupOf(sources.get(0).absolutePath()).orElseThrow();
			if (own.name() == null) {
				throw new UnusableInputException(WorkspaceMessages.M.text("model.not-revision", model));
			}
			return own;
		}
		List<WorkspaceRevision> revisions = workspace.revisions();
		if (revisions.isEmpty()) {
			throw new UnusableInputException(WorkspaceMessages.M.text("model.no-revision", model));
		}
		if (revisions.size() > 1) {
			throw new UnusableInputException(WorkspaceMessages.M.text("model.several", model, revisions.size(),
					String.join(", ", revisions.stream().map(WorkspaceRevision::name).toList())));
		}
		return revisions.get(0);
	}

	/** The workspace with one file's text replaced (or the file added): see {@link RevisionWorkspace#withText}. */
	RevisionWorkspace edit(RevisionWorkspace workspace, SourceText changed) {
		List<SourceText> sources = new ArrayList<>(workspace.sources());
		int at = indexOf(sources, changed.absolutePath());
		if (at < 0) {
			sources.add(changed);
		} else {
			sources.set(at, changed);
		}
		XtextResourceSet staging = loader.newResourceSet();
		LoadedFile edited = loader.parse(staging, changed);
		staging.getResources().remove(edited.resource()); // put back in file order below
		Set<GroupKey> affected = new HashSet<>();
		affected.add(key(edited));
		workspace.groupOf(changed.absolutePath()).ifPresent(g -> affected.add(key(g)));
		Map<String, GroupKey> before = new LinkedHashMap<>();
		for (WorkspaceRevision g : workspace.groups()) {
			for (SourceText s : g.sources()) {
				before.put(s.absolutePath(), key(g));
			}
		}
		List<LoadedFile> reparsed = new ArrayList<>();
		for (SourceText s : sources) {
			if (s == changed) {
				staging.getResources().add(edited.resource());
				reparsed.add(edited);
			} else if (affected.contains(before.get(s.absolutePath()))) {
				reparsed.add(loader.parse(staging, s)); // from the text in memory: the disk is not read again
			}
		}
		Map<GroupKey, WorkspaceRevision> fresh = new LinkedHashMap<>();
		for (WorkspaceRevision g : split(staging, reparsed)) {
			fresh.put(key(g), g);
		}
		Map<GroupKey, WorkspaceRevision> groups = new LinkedHashMap<>();
		for (SourceText s : sources) {
			GroupKey k = s == changed ? key(edited) : before.get(s.absolutePath());
			if (!groups.containsKey(k)) {
				WorkspaceRevision g = affected.contains(k) ? fresh.get(k) : workspace.groupOf(s.absolutePath()).orElseThrow();
				groups.put(k, g);
			}
		}
		return new RevisionWorkspace(this, sources, new ArrayList<>(groups.values()));
	}

	/**
	 * Groups parsed files by revision. The first group stays in {@code staging}; each other one moves to a resource
	 * set of its own (before anything is linked: references resolve lazily, within the set a file is in).
	 */
	private List<WorkspaceRevision> split(XtextResourceSet staging, List<LoadedFile> files) {
		Map<GroupKey, List<LoadedFile>> byKey = new LinkedHashMap<>();
		for (LoadedFile f : files) {
			byKey.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
		}
		List<WorkspaceRevision> groups = new ArrayList<>();
		for (Map.Entry<GroupKey, List<LoadedFile>> e : byKey.entrySet()) {
			XtextResourceSet set = staging;
			if (!groups.isEmpty()) {
				set = loader.newResourceSet();
				for (LoadedFile f : e.getValue()) {
					staging.getResources().remove(f.resource());
					set.getResources().add(f.resource());
				}
			}
			groups.add(group(e.getKey(), new LoadedRevision(set, e.getValue())));
		}
		return groups;
	}

	private WorkspaceRevision group(GroupKey key, LoadedRevision loaded) {
		List<Model> models = loaded.files().stream().map(LoadedFile::model).filter(m -> m != null).toList();
		Revision revision = key.revision() == null || models.isEmpty() ? new Revision(null, models) : locator.revisionOf(models.get(0));
		return new WorkspaceRevision(key.revision(), loaded, revision, checker);
	}

	/** A revision by name, or a file that names none on its own. */
	private record GroupKey(String revision, String file) {
	}

	private static GroupKey key(LoadedFile file) {
		Model model = file.model();
		String name = model == null ? null : RevisionNames.revisionName(model);
		return name == null || name.isEmpty() ? new GroupKey(null, file.source().absolutePath()) : new GroupKey(name, null);
	}

	private static GroupKey key(WorkspaceRevision group) {
		return group.name() != null ? new GroupKey(group.name(), null) : new GroupKey(null, group.sources().get(0).absolutePath());
	}

	private static int indexOf(List<SourceText> sources, String absolutePath) {
		for (int i = 0; i < sources.size(); i++) {
			if (sources.get(i).absolutePath().equals(absolutePath)) {
				return i;
			}
		}
		return -1;
	}
}
