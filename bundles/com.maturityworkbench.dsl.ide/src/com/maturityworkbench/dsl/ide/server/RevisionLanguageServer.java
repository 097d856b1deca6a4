package com.maturityworkbench.dsl.ide.server;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Singleton;
import com.maturityworkbench.dsl.analysis.RevisionChecker;

/**
 * Xtext's language server, publishing every finding under the code {@code mwb validate} reports it with: a syntax
 * error as {@code syntax} and an unresolved name as {@code references.unresolved}, not as Xtext's own codes.
 */
@Singleton
public class RevisionLanguageServer extends LanguageServerImpl {
	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setCode(RevisionChecker.codeOf(issue));
		return diagnostic;
	}
}
