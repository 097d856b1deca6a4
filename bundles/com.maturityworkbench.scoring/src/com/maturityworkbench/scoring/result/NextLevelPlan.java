package com.maturityworkbench.scoring.result;

import com.maturityworkbench.scoring.Rational;
import java.util.List;

/**
 * The plan to the next level: the smallest number of clauses to raise to the top rating (全部满足) so that S reaches
 * the lower bound of the next level's band, with S after each step. Exact: the levels are combined over every
 * choice of which levels to bring over the threshold (the jump of a met level to 1 defeats a greedy choice), and
 * within that choice the largest gains are taken first.
 *
 * @param targetLevelName the next level, null when the assessment is at the top level already
 * @param targetTotal the S to reach (the lower bound of the next band), null at the top level
 * @param reachable false when even raising every clause does not reach the next level (then {@code steps} is empty)
 * @param steps the raises in the order shown: first those that bring a level over the threshold, level by level,
 *        then the rest by gain
 */
public record NextLevelPlan(boolean progressive, String targetLevelName, Rational targetTotal, boolean reachable, List<PlanStep> steps) {
	public NextLevelPlan {
		steps = List.copyOf(steps);
	}

	/** The number of clauses to raise; 0 at the top level or when unreachable. */
	public int size() {
		return steps.size();
	}

	public boolean atTopLevel() {
		return targetLevelName == null;
	}
}
