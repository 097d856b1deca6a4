package com.maturityworkbench.scoring.assessment;

import java.util.List;
import java.util.Objects;

/**
 * An assessment does not fit the model. The message is that of the first problem; {@link #problems()} lists
 * all of them in input order and {@link #clauseId()} names the clause of the first one (or null).
 */
public class AssessmentException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final transient List<AssessmentProblem> problems;

	public AssessmentException(List<AssessmentProblem> problems) {
		super(first(problems).message());
		this.problems = List.copyOf(problems);
	}

	public AssessmentException(String message) {
		this(List.of(AssessmentProblem.of(message)));
	}

	public AssessmentException(String message, String clauseId) {
		this(List.of(AssessmentProblem.atClause(clauseId, message)));
	}

	private static AssessmentProblem first(List<AssessmentProblem> problems) {
		Objects.requireNonNull(problems, "problems");
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("an AssessmentException needs a problem");
		}
		return problems.get(0);
	}

	public String clauseId() {
		return problems.get(0).clauseId();
	}

	public List<AssessmentProblem> problems() {
		return problems;
	}
}
