package com.maturityworkbench.ui.application;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The workbench's own program arguments (those the platform leaves to the application): {@code -revision FOLDER}
 * opens a revision folder; {@code -benchmark} measures the editor on it, prints the figures and closes the workbench;
 * {@code -screenshots DIR} shows the editor's features on it, saves a PNG of the window for each and closes.
 */
public record LaunchArguments(Optional<Path> revision, boolean benchmark, Optional<Path> screenshots) {

	public static LaunchArguments parse(String[] args) {
		Path revision = null;
		Path screenshots = null;
		boolean benchmark = false;
		for (int i = 0; args != null && i < args.length; i++) {
			if ("-revision".equals(args[i]) && i + 1 < args.length) {
				revision = Path.of(args[++i]).toAbsolutePath().normalize();
			} else if ("-screenshots".equals(args[i]) && i + 1 < args.length) {
				screenshots = Path.of(args[++i]).toAbsolutePath().normalize();
			} else if ("-benchmark".equals(args[i])) {
				benchmark = true;
			}
		}
		return new LaunchArguments(Optional.ofNullable(revision), benchmark, Optional.ofNullable(screenshots));
	}
}
