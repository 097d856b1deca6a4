package com.maturityworkbench.ui.revision;

import org.eclipse.core.resources.IMarker;
import org.eclipse.xtext.validation.Issue;

import com.maturityworkbench.dsl.analysis.RevisionChecker;

/**
 * How an issue of the checker is shown, in the editor and in the Problems view alike: its message followed by its
 * code, as {@code mwb validate} prints it ({@code … [weights.part-sum]}; syntax and unresolved references under the
 * CLI's codes {@code syntax} and {@code references.unresolved}).
 */
public final class Findings {
	private Findings() {
	}

	public static String code(Issue issue) {
		return RevisionChecker.codeOf(issue);
	}

	public static String text(Issue issue) {
		return RevisionChecker.messageOf(issue) + " [" + code(issue) + "]";
	}

	public static int markerSeverity(Issue issue) {
		return switch (issue.getSeverity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
