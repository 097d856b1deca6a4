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
import com.maturityworkbench.dsl.workspace.RevisionGrouping.GroupKey;

/**
 * The one pipeline from revision files to revisions, used by every front end (the command line now, the workbench
 * and the language server later): read files and folders ({@link RevisionFiles}), parse them ({@link RevisionLoader}),
 * group them into revisions by the name in their header ({@code standard X} / {@code part of X}; two revisions of one
 * standard in two folders apart, see {@link RevisionGrouping}), each revision in a
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
		return new RevisionWorkspace(this, sources, new ArrayList<>(split(staging, files, RevisionGrouping.keys(files)).values()));
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
		Map<String, LoadedFile> parsed = new LinkedHashMap<>();
		for (WorkspaceRevision g : workspace.groups()) {
			for (LoadedFile f : g.loaded().files()) {
				parsed.put(f.source().absolutePath(), f);
			}
		}
		Map<String, GroupKey> before = RevisionGrouping.keys(new ArrayList<>(parsed.values()));
		List<LoadedFile> now = new ArrayList<>();
		for (SourceText s : sources) {
			now.add(s == changed ? edited : parsed.get(s.absolutePath()));
		}
		Map<String, GroupKey> after = RevisionGrouping.keys(now);
		// a group is checked again when the edited file leaves or joins it, or when any file's group changes
		Set<GroupKey> affected = new HashSet<>();
		for (SourceText s : sources) {
			GroupKey old = before.get(s.absolutePath());
			GroupKey nu = after.get(s.absolutePath());
			if (s == changed || !nu.equals(old)) {
				affected.add(nu);
				if (old != null) {
					affected.add(old);
				}
			}
		}
		List<LoadedFile> reparsed = new ArrayList<>();
		for (SourceText s : sources) {
			if (s == changed) {
				staging.getResources().add(edited.resource());
				reparsed.add(edited);
			} else if (affected.contains(after.get(s.absolutePath()))) {
				reparsed.add(loader.parse(staging, s)); // from the text in memory: the disk is not read again
			}
		}
		Map<GroupKey, WorkspaceRevision> fresh = split(staging, reparsed, after);
		Map<GroupKey, WorkspaceRevision> groups = new LinkedHashMap<>();
		for (SourceText s : sources) {
			GroupKey k = after.get(s.absolutePath());
			if (!groups.containsKey(k)) {
				WorkspaceRevision g = affected.contains(k) ? fresh.get(k) : workspace.groupOf(s.absolutePath()).orElseThrow();
				groups.put(k, g);
			}
		}
		return new RevisionWorkspace(this, sources, new ArrayList<>(groups.values()));
	}

	/**
	 * Groups parsed files by revision ({@code keys}: every file's group, by absolute path). The first group stays in
	 * {@code staging}; each other one moves to a resource set of its own (before anything is linked: references
	 * resolve lazily, within the set a file is in).
	 */
	private Map<GroupKey, WorkspaceRevision> split(XtextResourceSet staging, List<LoadedFile> files, Map<String, GroupKey> keys) {
		Map<GroupKey, List<LoadedFile>> byKey = new LinkedHashMap<>();
		for (LoadedFile f : files) {
			byKey.computeIfAbsent(keys.get(f.source().absolutePath()), k -> new ArrayList<>()).add(f);
		}
		Map<GroupKey, LoadedRevision> sets = new LinkedHashMap<>();
		for (Map.Entry<GroupKey, List<LoadedFile>> e : byKey.entrySet()) {
			XtextResourceSet set = staging;
			if (!sets.isEmpty()) {
				set = loader.newResourceSet();
				for (LoadedFile f : e.getValue()) {
					staging.getResources().remove(f.resource());
					set.getResources().add(f.resource());
				}
			}
			sets.put(e.getKey(), new LoadedRevision(set, e.getValue()));
		}
		// every group in its own set first: a revision is found among the files of its set only
		Map<GroupKey, WorkspaceRevision> groups = new LinkedHashMap<>();
		sets.forEach((key, loaded) -> groups.put(key, group(key, loaded)));
		return groups;
	}

	private WorkspaceRevision group(GroupKey key, LoadedRevision loaded) {
		List<Model> models = loaded.files().stream().map(LoadedFile::model).filter(m -> m != null).toList();
		Revision revision = key.revision() == null || models.isEmpty() ? new Revision(null, models) : locator.revisionOf(models.get(0));
		return new WorkspaceRevision(key.revision(), loaded, revision, checker);
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
