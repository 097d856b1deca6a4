package com.maturityworkbench.assessment;

import java.util.List;

/** An assessment (or a file it references) cannot be scored; carries every issue found, in input order. */
public final class AssessmentInputException extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient List<InputIssue> issues;

	public AssessmentInputException(List<InputIssue> issues) {
		super(issues.isEmpty() ? "no issue" : issues.get(0).toString());
		if (issues.isEmpty()) {
			throw new IllegalArgumentException("an AssessmentInputException needs an issue");
		}
		this.issues = List.copyOf(issues);
	}

	public AssessmentInputException(InputIssue issue) {
		this(List.of(issue));
	}

	public List<InputIssue> issues() {
		return issues;
	}
}
