package com.maturityworkbench.cli;

import java.io.InputStream;
import java.io.PrintStream;

import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;

/**
 * What a command reads from ({@code mwb lsp} only) and prints to, and the pipeline it loads, checks and picks revisions with. A command reads its files
 * first ({@code RevisionFiles}): an unusable file is refused before the language is set up.
 */
record CommandContext(InputStream in, PrintStream out, PrintStream err) {
	RevisionWorkspaceService workspaces() {
		return LanguageServices.injector().getInstance(RevisionWorkspaceService.class);
	}

	/** {@code mwb: message} on stderr. */
	void problem(String message) {
		err.println("mwb: " + message);
	}
}
