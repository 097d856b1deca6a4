package com.maturityworkbench.ui.editor;

import org.eclipse.jface.text.quickassist.IQuickFixableAnnotation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.validation.Issue;

import com.maturityworkbench.ui.revision.Findings;

/**
 * A finding of the last check, in the editor's ruler, overview ruler and text: the standard error, warning and info
 * annotation types, the message with its code, the issue kept for quick fixes.
 */
public final class FindingAnnotation extends Annotation implements IQuickFixableAnnotation {
	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final Issue issue;
	private final boolean fixable;

	FindingAnnotation(Issue issue, boolean fixable) {
		super(typeOf(issue), false, Findings.text(issue));
		this.issue = issue;
		this.fixable = fixable;
	}

	public static String typeOf(Issue issue) {
		return switch (issue.getSeverity()) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}

	public Issue issue() {
		return issue;
	}

	public String code() {
		return Findings.code(issue);
	}

	@Override
	public void setQuickFixable(boolean state) {
		// known from the issue's code
	}

	@Override
	public boolean isQuickFixableStateSet() {
		return true;
	}

	@Override
	public boolean isQuickFixable() {
		return fixable;
	}
}
