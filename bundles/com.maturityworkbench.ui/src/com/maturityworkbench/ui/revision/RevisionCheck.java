package com.maturityworkbench.ui.revision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.ui.revision.RevisionSnapshot.SnapshotFile;

/**
 * The workbench's one adapter to the language's revision pipeline: the {@code *.maturity} files of a folder (open
 * editors' unsaved texts in place of their files) are loaded together by {@link RevisionLoader} and every file is
 * checked by the validator {@code RevisionChecker} runs, keeping the issues themselves (offsets, lengths and data,
 * which the editor's annotations and quick fixes need, where {@code RevisionChecker}'s findings keep lines and
 * columns). The revision workspace service of the language will take this class's place; nothing else in the
 * workbench loads or checks a revision.
 */
public class RevisionCheck {
	/** The extension of revision files. */
	public static final String EXTENSION = ".maturity";

	@Inject
	private RevisionLoader loader;

	@Inject
	private IResourceValidator validator;

	/** Loads and checks the whole revision in {@code folder}. */
	public RevisionSnapshot check(Path folder, Map<Path, String> unsaved, CancelIndicator cancel) {
		LoadedRevision revision = loader.load(sources(folder, unsaved));
		List<SnapshotFile> files = new ArrayList<>();
		for (LoadedRevision.LoadedFile file : revision.files()) {
			List<Issue> issues = validator.validate(file.resource(), CheckMode.ALL, cancel);
			files.add(new SnapshotFile(Path.of(file.source().absolutePath()), file.source().text(), file.resource(), List.copyOf(issues)));
		}
		return new RevisionSnapshot(folder, List.copyOf(files), true);
	}

	/** Loads the revision without checking it (content assist on a text the last check has not seen). */
	public RevisionSnapshot parse(Path folder, Map<Path, String> unsaved) {
		LoadedRevision revision = loader.load(sources(folder, unsaved));
		List<SnapshotFile> files = revision.files().stream()
				.map(f -> new SnapshotFile(Path.of(f.source().absolutePath()), f.source().text(), f.resource(), List.<Issue>of()))
				.toList();
		return new RevisionSnapshot(folder, files, false);
	}

	/** The file of the folder that declares the standard. */
	public Optional<Path> headFile(Path folder) {
		for (LoadedRevision.LoadedFile file : loader.load(sources(folder, Map.of())).files()) {
			if (file.model() != null && file.model().getStandard() != null) {
				return Optional.of(Path.of(file.source().absolutePath()));
			}
		}
		return Optional.empty();
	}

	/** The revision files of a folder, by name. */
	public static List<Path> files(Path folder) {
		try (Stream<Path> s = Files.list(folder)) {
			return s.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p)).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<SourceText> sources(Path folder, Map<Path, String> unsaved) {
		List<SourceText> sources = new ArrayList<>();
		for (Path file : files(folder)) {
			Path absolute = file.toAbsolutePath().normalize();
			String text = unsaved.get(absolute);
			if (text == null) {
				try {
					text = Files.readString(absolute, StandardCharsets.UTF_8);
				} catch (IOException e) {
					continue; // unreadable (or not UTF-8): an editor on it reports the problem when opening it
				}
			}
			sources.add(new SourceText(absolute.getFileName().toString(), absolute.toString(), text));
		}
		return sources;
	}
}
