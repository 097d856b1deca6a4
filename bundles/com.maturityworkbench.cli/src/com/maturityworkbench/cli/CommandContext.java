package com.maturityworkbench.cli;

import java.io.PrintStream;

import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;

/** What a command prints to and the language services it calls. */
record CommandContext(PrintStream out, PrintStream err) {
	RevisionWorkspaceService workspaces() {
		return service(RevisionWorkspaceService.class);
	}

	<T> T service(Class<T> type) {
		return LanguageServices.injector().getInstance(type);
	}

	/** {@code mwb: message} on stderr. */
	void problem(String message) {
		err.println("mwb: " + message);
	}
}
