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
			int[] lineStarts = lineStarts(text);
			for (Issue issue : validator.validate(file.resource(), CheckMode.ALL, CancelIndicator.NullImpl)) {
				findings.add(toFinding(file.source().label(), text, lineStarts, issue));
			}
		}
		findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column));
		return findings;
	}

	private static int[] lineStarts(String text) {
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				count++;
			}
		}
		int[] starts = new int[count];
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts[line++] = i + 1;
			}
		}
		return starts;
	}

	private static Finding toFinding(String label, String text, int[] lineStarts, Issue issue) {
		int offset = issue.getOffset() == null ? 0 : Math.max(0, Math.min(issue.getOffset(), text.length()));
		int index = java.util.Arrays.binarySearch(lineStarts, offset);
		int lineIndex = index >= 0 ? index : -index - 2;
		int line = lineIndex + 1;
		int lineStart = lineStarts[lineIndex];
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
