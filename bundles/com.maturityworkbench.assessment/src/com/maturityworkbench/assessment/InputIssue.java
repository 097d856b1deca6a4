package com.maturityworkbench.assessment;

import java.util.Objects;

/** One reason an assessment file cannot be scored, located where the drafter can fix it. */
public record InputIssue(SourceLocation where, String message) {
	public InputIssue {
		Objects.requireNonNull(where, "where");
		Objects.requireNonNull(message, "message");
	}

	/** {@code file:line: message} */
	@Override
	public String toString() {
		return where + ": " + message;
	}
}
