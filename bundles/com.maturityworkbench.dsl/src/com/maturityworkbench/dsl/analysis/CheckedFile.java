package com.maturityworkbench.dsl.analysis;

import java.util.List;

import org.eclipse.xtext.validation.Issue;

/**
 * One file of a revision after its check: the file as parsed, the validator's issues exactly as Xtext reports them
 * (UTF-16 offset and length, code, data strings: what editors, quick fixes and a language server need) and the same
 * issues as {@link Finding}s (line and column in characters: what the command line prints). Both come from one
 * validation.
 */
public record CheckedFile(LoadedRevision.LoadedFile file, List<Issue> issues, List<Finding> findings) {

	public CheckedFile {
		issues = List.copyOf(issues);
		findings = List.copyOf(findings);
	}

	public SourceText source() {
		return file.source();
	}
}
