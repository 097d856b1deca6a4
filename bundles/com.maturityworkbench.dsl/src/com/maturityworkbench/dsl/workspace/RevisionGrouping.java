package com.maturityworkbench.dsl.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.dsl.analysis.LoadedRevision.LoadedFile;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.semantics.RevisionNames;

/**
 * Which revision each parsed file belongs to. A file belongs to the revision its header names ({@code standard X} or
 * {@code part of X}). Two revisions of one standard carry the same name (they differ by their revision label, which
 * only the head file states), so when several head files of one name lie in different folders, each is a revision of
 * its own, and a {@code part of} file belongs to the one whose head file lies in the nearest folder above it (its own
 * folder first); a part file under none of them forms a revision of its folder, without a head file. With one head
 * file of a name (or none), every file of that name belongs to it, wherever it lies. A file that names no revision
 * is a group of its own.
 */
final class RevisionGrouping {
	private RevisionGrouping() {
	}

	/** A revision by name (and, when several revisions share the name, by folder), or a file that names none. */
	record GroupKey(String revision, String folder, String file) {
	}

	/** Every file's group, by absolute path. */
	static Map<String, GroupKey> keys(List<LoadedFile> files) {
		Map<String, List<Path>> headFolders = new LinkedHashMap<>();
		for (LoadedFile f : files) {
			Model model = f.model();
			String name = nameOf(f);
			if (name != null && model.getStandard() != null) {
				List<Path> folders = headFolders.computeIfAbsent(name, n -> new ArrayList<>());
				Path folder = folderOf(f);
				if (!folders.contains(folder)) {
					folders.add(folder);
				}
			}
		}
		Map<String, GroupKey> keys = new LinkedHashMap<>();
		for (LoadedFile f : files) {
			String name = nameOf(f);
			String path = f.source().absolutePath();
			if (name == null) {
				keys.put(path, new GroupKey(null, null, path));
				continue;
			}
			List<Path> folders = headFolders.getOrDefault(name, List.of());
			if (folders.size() <= 1) {
				keys.put(path, new GroupKey(name, null, null));
				continue;
			}
			Path own = folderOf(f);
			Path nearest = null;
			for (Path folder : folders) {
				if (own.startsWith(folder) && (nearest == null || folder.getNameCount() > nearest.getNameCount())) {
					nearest = folder;
				}
			}
			keys.put(path, new GroupKey(name, (nearest == null ? own : nearest).toString(), null));
		}
		return keys;
	}

	private static String nameOf(LoadedFile file) {
		Model model = file.model();
		String name = model == null ? null : RevisionNames.revisionName(model);
		return name == null || name.isEmpty() ? null : name;
	}

	private static Path folderOf(LoadedFile file) {
		Path parent = Path.of(file.source().absolutePath()).normalize().getParent();
		return parent == null ? Path.of("/") : parent;
	}
}
