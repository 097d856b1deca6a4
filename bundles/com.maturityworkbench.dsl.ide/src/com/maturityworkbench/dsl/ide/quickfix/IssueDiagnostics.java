package com.maturityworkbench.dsl.ide.quickfix;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.validation.Issue;

/** An Xtext {@link Issue} as the lsp4j {@link Diagnostic} that the ide quick fix API takes, data strings included. */
final class IssueDiagnostics {
	static final String SOURCE = "mwb";

	private IssueDiagnostics() {
	}

	static Diagnostic toDiagnostic(Issue issue, Document document) {
		int offset = issue.getOffset() == null ? 0 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		Range range = new Range(document.getPosition(offset), document.getPosition(offset + length));
		Diagnostic diagnostic = new Diagnostic(range, issue.getMessage() == null ? "" : issue.getMessage(),
				severity(issue), SOURCE, issue.getCode());
		String[] data = issue.getData();
		diagnostic.setData(data == null ? new String[0] : data.clone());
		return diagnostic;
	}

	private static DiagnosticSeverity severity(Issue issue) {
		return switch (issue.getSeverity()) {
		case ERROR -> DiagnosticSeverity.Error;
		case WARNING -> DiagnosticSeverity.Warning;
		case INFO -> DiagnosticSeverity.Information;
		default -> DiagnosticSeverity.Hint;
		};
	}
}
