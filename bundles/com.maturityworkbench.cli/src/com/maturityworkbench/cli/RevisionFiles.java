package com.maturityworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The revision files named on the command line: files as given, folders searched for *.maturity (other files ignored). */
public final class RevisionFiles {
	public static final String EXTENSION = ".maturity";

	private RevisionFiles() {
	}

	public static List<Path> expand(List<String> arguments) throws InputProblem {
		List<Path> files = new ArrayList<>();
		for (String argument : arguments) {
			Path path = Path.of(argument);
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					List<Path> found = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(EXTENSION))
							.sorted().toList();
					if (found.isEmpty()) {
						throw new InputProblem(argument + ": folder holds no " + EXTENSION + " files");
					}
					files.addAll(found);
				} catch (IOException e) {
					throw new InputProblem(argument + ": cannot list folder (" + e.getMessage() + ")");
				}
			} else if (Files.exists(path)) {
				files.add(path);
			} else {
				throw new InputProblem(argument + ": no such file or folder");
			}
		}
		if (files.isEmpty()) {
			throw new InputProblem("no revision files given");
		}
		return files.stream().map(Path::normalize).distinct().toList();
	}
}
