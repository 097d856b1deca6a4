package com.maturityworkbench.ui.revision;

import org.eclipse.core.resources.IMarker;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;

/**
 * How an issue of the checker is shown, in the editor and in the Problems view alike: its message followed by its
 * code, as {@code mwb validate} prints it ({@code … [weights.part-sum]}; syntax and unresolved references under the
 * CLI's codes {@code syntax} and {@code references.unresolved}).
 */
public final class Findings {
	private Findings() {
	}

	public static String code(Issue issue) {
		String code = issue.getCode();
		if (code == null || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)) {
			return "syntax";
		} else if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return "references.unresolved";
		}
		return code;
	}

	public static String text(Issue issue) {
		String message = issue.getMessage() == null ? "" : issue.getMessage().replace('\n', ' ').replace('\r', ' ');
		return message + " [" + code(issue) + "]";
	}

	public static int markerSeverity(Issue issue) {
		return switch (issue.getSeverity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
