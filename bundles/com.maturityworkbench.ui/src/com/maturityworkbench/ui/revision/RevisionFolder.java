package com.maturityworkbench.ui.revision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.dsl.workspace.RevisionWorkspace;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.TextFiles;
import com.maturityworkbench.dsl.workspace.UnusableInputException;

/**
 * A revision folder as the workbench reads it from disk: its revision files as the language's workspace service
 * finds them ({@link RevisionFiles}), each read by its strict UTF-8 reader ({@link TextFiles}); a file that cannot be
 * read is left out (an editor opened on it reports the problem).
 */
public final class RevisionFolder {
	private RevisionFolder() {
	}

	/** The revision files of a folder, in the service's order; none when it has none. */
	public static List<Path> files(Path folder) {
		try {
			return RevisionFiles.expand(List.of(folder.toString())).stream().map(p -> p.toAbsolutePath().normalize()).toList();
		} catch (UnusableInputException e) {
			return List.of();
		}
	}

	/** The saved texts of the folder's revision files, each reported under its path relative to the folder. */
	public static List<SourceText> read(Path folder) {
		List<SourceText> sources = new ArrayList<>();
		for (Path file : files(folder)) {
			try {
				sources.add(new SourceText(folder.relativize(file).toString(), file.toString(), TextFiles.readUtf8(file)));
			} catch (UnusableInputException e) {
				// left out: see the class comment
			}
		}
		return sources;
	}

	/** The file of the folder that declares the standard. */
	public static Optional<Path> headFile(RevisionWorkspaceService service, Path folder) {
		RevisionWorkspace workspace = service.load(read(folder));
		return workspace.revisions().stream().flatMap(r -> r.loaded().files().stream())
				.filter(f -> f.model() != null && f.model().getStandard() != null).map(LoadedRevision.LoadedFile::source)
				.map(s -> Path.of(s.absolutePath())).findFirst();
	}
}
