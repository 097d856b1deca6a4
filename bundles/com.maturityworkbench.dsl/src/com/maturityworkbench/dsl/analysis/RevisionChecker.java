package com.maturityworkbench.dsl.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/** Validates every file of a loaded revision and reports the findings with character-exact positions. */
public class RevisionChecker {
	@Inject
	private IResourceValidator validator;

	public List<Finding> check(LoadedRevision revision) {
		List<Finding> findings = new ArrayList<>();
		for (LoadedRevision.LoadedFile file : revision.files()) {
			String text = file.source().text();
			for (Issue issue : validator.validate(file.resource(), CheckMode.ALL, CancelIndicator.NullImpl)) {
				findings.add(toFinding(file.source().label(), text, issue));
			}
		}
		findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column));
		return findings;
	}

	private static Finding toFinding(String label, String text, Issue issue) {
		int offset = issue.getOffset() == null ? 0 : Math.max(0, Math.min(issue.getOffset(), text.length()));
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		int column = text.codePointCount(lineStart, offset) + 1;
		Finding.Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Finding.Severity.ERROR;
		case WARNING -> Finding.Severity.WARNING;
		default -> Finding.Severity.INFO;
		};
		String code = issue.getCode();
		if (code == null || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)) {
			code = "syntax";
		} else if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			code = "references.unresolved";
		}
		return new Finding(label, line, column, severity, code, oneLine(issue.getMessage()));
	}

	private static String oneLine(String message) {
		return message == null ? "" : message.replace('\n', ' ').replace('\r', ' ');
	}
}
