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

/**
 * Validates every file of a loaded revision: the issues of each file as Xtext reports them, and the same as findings
 * with character-exact positions ({@link CheckedFile}). How an issue is shown (its code and its one-line message) is
 * decided here, for every front end.
 */
public class RevisionChecker {
	@Inject
	private IResourceValidator validator;

	/** The findings of every file, sorted by file, line and column. */
	public List<Finding> check(LoadedRevision revision) {
		List<Finding> findings = new ArrayList<>();
		for (CheckedFile file : checkFiles(revision, CancelIndicator.NullImpl)) {
			findings.addAll(file.findings());
		}
		findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column));
		return findings;
	}

	/**
	 * Every file checked, in the revision's order, each with its issues and findings (sorted by line and column).
	 *
	 * @throws org.eclipse.xtext.service.OperationCanceledError when {@code cancel} says so
	 */
	public List<CheckedFile> checkFiles(LoadedRevision revision, CancelIndicator cancel) {
		List<CheckedFile> checked = new ArrayList<>();
		for (LoadedRevision.LoadedFile file : revision.files()) {
			String text = file.source().text();
			int[] lineStarts = lineStarts(text);
			List<Issue> issues = validator.validate(file.resource(), CheckMode.ALL, cancel);
			List<Finding> findings = new ArrayList<>();
			for (Issue issue : issues) {
				findings.add(toFinding(file.source().label(), text, lineStarts, issue));
			}
			findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
			checked.add(new CheckedFile(file, issues, findings));
		}
		return checked;
	}

	/** The code an issue is reported under: the validator's, or {@code syntax} and {@code references.unresolved}. */
	public static String codeOf(Issue issue) {
		String code = issue.getCode();
		if (code == null || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)) {
			return "syntax";
		} else if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return "references.unresolved";
		}
		return code;
	}

	/** An issue's message on one line. */
	public static String messageOf(Issue issue) {
		return oneLine(issue.getMessage());
	}

	/** Where each line starts: after LF, CR LF, or a CR alone (a file saved with old Mac line ends). */
	private static int[] lineStarts(String text) {
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (endsLine(text, i)) {
				count++;
			}
		}
		int[] starts = new int[count];
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			if (endsLine(text, i)) {
				starts[line++] = i + 1;
			}
		}
		return starts;
	}

	private static boolean endsLine(String text, int i) {
		char c = text.charAt(i);
		return c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
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
		return new Finding(label, line, column, severity, codeOf(issue), messageOf(issue));
	}

	private static String oneLine(String message) {
		return message == null ? "" : message.replace('\n', ' ').replace('\r', ' ');
	}
}
