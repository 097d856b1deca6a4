package com.maturityworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folder of a revision argument: the folder itself, or the folder of the file named (its comments lie beside it). */
final class RevisionFolder {
	private RevisionFolder() {
	}

	static Path of(String argument) {
		Path path = Path.of(argument);
		if (Files.isDirectory(path)) {
			return path;
		}
		Path parent = path.getParent();
		return parent == null ? Path.of("") : parent;
	}
}
