package com.maturityworkbench.dsl.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.maturityworkbench.dsl.analysis.SourceText;

/**
 * The revision files a user names: a file as given (it must be a {@value #EXTENSION} file), a folder searched for
 * every {@value #EXTENSION} file inside it, sub-folders included (other files ignored). Each is read as strict UTF-8
 * text by {@link TextFiles} and reported under the path as given.
 */
public final class RevisionFiles {
	public static final String EXTENSION = ".maturity";

	private RevisionFiles() {
	}

	/** The files named by the arguments (folders expanded), read; every unusable one is refused by name. */
	public static List<SourceText> read(List<String> arguments) throws UnusableInputException {
		List<SourceText> sources = new ArrayList<>();
		for (Path file : expand(arguments)) {
			sources.add(read(file));
		}
		return sources;
	}

	/**
	 * What a MODEL argument names (the convention of {@code mwb generate} and {@code mwb score}): one of a
	 * revision's files, read first, then the other revision files of its folder; or a folder, read as
	 * {@link #read(List)} reads it.
	 */
	public static List<SourceText> readModel(String argument) throws UnusableInputException {
		Path path = Path.of(argument);
		if (!Files.isRegularFile(path)) {
			return read(List.of(argument));
		}
		List<SourceText> sources = new ArrayList<>(read(List.of(argument)));
		Path own = path.toAbsolutePath().normalize();
		Path folder = path.getParent() == null ? Path.of("") : path.getParent(); // reported relative, as the file is
		for (Path sibling : expand(List.of(folder.toString()))) {
			if (!sibling.toAbsolutePath().normalize().equals(own)) {
				sources.add(read(sibling));
			}
		}
		return sources;
	}

	/** The files named by the arguments: files as given, folders searched; duplicates dropped. */
	public static List<Path> expand(List<String> arguments) throws UnusableInputException {
		List<Path> files = new ArrayList<>();
		for (String argument : arguments) {
			Path path = Path.of(argument);
			if (Files.isDirectory(path)) {
				files.addAll(folder(argument, path));
			} else if (!Files.exists(path)) {
				throw new UnusableInputException(WorkspaceMessages.M.text("file.missing", argument));
			} else if (!isRevisionFile(path)) {
				throw new UnusableInputException(WorkspaceMessages.M.text("file.not-revision", argument, EXTENSION));
			} else {
				files.add(path);
			}
		}
		if (files.isEmpty()) {
			throw new UnusableInputException(WorkspaceMessages.M.text("files.none"));
		}
		return files.stream().map(Path::normalize).distinct().toList();
	}

	/** Whether the file name says it holds revision text. */
	public static boolean isRevisionFile(Path file) {
		Path name = file.getFileName();
		return name != null && name.toString().endsWith(EXTENSION);
	}

	private static SourceText read(Path file) throws UnusableInputException {
		return new SourceText(file.toString(), file.toAbsolutePath().toString(), TextFiles.readUtf8(file));
	}

	private static List<Path> folder(String argument, Path folder) throws UnusableInputException {
		try (Stream<Path> walk = Files.walk(folder)) {
			List<Path> found = walk.filter(p -> Files.isRegularFile(p) && isRevisionFile(p)).sorted().toList();
			if (found.isEmpty()) {
				throw new UnusableInputException(WorkspaceMessages.M.text("folder.empty", argument, EXTENSION));
			}
			return found;
		} catch (IOException | java.io.UncheckedIOException e) {
			throw new UnusableInputException(WorkspaceMessages.M.text("folder.io", argument, e.getMessage()));
		}
	}
}
