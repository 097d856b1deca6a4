package com.maturityworkbench.scoring.model;

import java.util.Objects;

/**
 * What an assessment of a revision may rate besides the scale (the revision's {@code rules} block): whether a
 * clause may be rated not applicable, and under which name. A clause rated not applicable is left out of its
 * cell's n (formula 3 averages the other clauses); a cell whose every clause is not applicable is scored like an
 * empty cell (its weight at that level is redistributed like tailoring) and listed among the draft gaps.
 *
 * @param notApplicableAllowed whether a clause may be rated not applicable
 * @param notApplicableName the rating text that means not applicable (e.g. 不适用); also given when forbidden,
 *        so that readers can name it in their message
 * @param panelConsensus how the ratings of an assessment panel decide a clause's rating (median by default)
 */
public record AssessmentRules(boolean notApplicableAllowed, String notApplicableName, PanelConsensus panelConsensus) {
	/** The name of the not-applicable rating when a revision does not state one. */
	public static final String DEFAULT_NOT_APPLICABLE_NAME = "不适用";

	public AssessmentRules {
		Objects.requireNonNull(notApplicableName, "notApplicableName");
		Objects.requireNonNull(panelConsensus, "panelConsensus");
		if (notApplicableName.isBlank()) {
			throw new IllegalArgumentException("the not-applicable rating needs a name");
		}
	}

	/** Rules with the default panel consensus (the median). */
	public AssessmentRules(boolean notApplicableAllowed, String notApplicableName) {
		this(notApplicableAllowed, notApplicableName, PanelConsensus.MEDIAN);
	}

	/** The same rules with another panel consensus. */
	public AssessmentRules withPanelConsensus(PanelConsensus consensus) {
		return new AssessmentRules(notApplicableAllowed, notApplicableName, consensus);
	}

	/** The shipped reading (and the default of a revision without rules): every clause must be rated on the scale. */
	public static AssessmentRules standard() {
		return new AssessmentRules(false, DEFAULT_NOT_APPLICABLE_NAME);
	}

	/** A clause may be rated {@code name} (not applicable). */
	public static AssessmentRules allowingNotApplicable(String name) {
		return new AssessmentRules(true, name);
	}
}
