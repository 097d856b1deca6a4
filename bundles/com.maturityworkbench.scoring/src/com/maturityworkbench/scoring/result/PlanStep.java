package com.maturityworkbench.scoring.result;

import com.maturityworkbench.scoring.Rational;

/**
 * One step of the {@link NextLevelPlan}: raise clause {@code clauseId} from {@code ratingBefore} to the top rating;
 * A(level) rises by {@code levelScoreIncrease}, after which S is {@code totalAfter} and the level {@code levelAfter}.
 */
public record PlanStep(String clauseId, String subdomainId, String subdomainName, String tableId, int levelNumber, String levelName,
		Rational ratingBefore, Rational levelScoreIncrease, Rational totalAfter, int levelAfter) {
}
