package com.maturityworkbench.scoring.assessment;

import java.util.Objects;

/**
 * One reason an assessment cannot be scored. {@code clauseId} (or null) locates the problem; callers add
 * file and row context.
 */
public record AssessmentProblem(String message, String clauseId) {
	public AssessmentProblem {
		Objects.requireNonNull(message, "message");
	}

	public static AssessmentProblem of(String message) {
		return new AssessmentProblem(message, null);
	}

	public static AssessmentProblem atClause(String clauseId, String message) {
		return new AssessmentProblem(message, clauseId);
	}
}
