package com.maturityworkbench.scoring.result;

import com.maturityworkbench.scoring.Rational;

/**
 * What raising one more clause of one cell to the top rating would gain: the lowest-rated clause of the cell
 * (first in printed order among equals) is raised, A(i) rises by {@code levelScoreIncrease} and S by
 * {@code totalIncrease} (zero when the level already counts as met).
 */
public record NextLevelGap(String subdomainId, String subdomainName, String tableId, int levelNumber, String levelName, String clauseId,
		Rational currentRating, Rational levelScoreIncrease, Rational totalIncrease, Rational totalAfter, int levelAfter) {
}
