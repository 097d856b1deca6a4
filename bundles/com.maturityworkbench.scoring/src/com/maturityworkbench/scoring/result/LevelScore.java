package com.maturityworkbench.scoring.result;

import com.maturityworkbench.scoring.Rational;

/**
 * The score of one level.
 *
 * @param number 1-based level number
 * @param score A(i), exact
 * @param metAlone A(i) passes the threshold comparison, regardless of lower levels
 * @param met the level counts as met under the reading applied (with {@code progressive}: also every lower level met)
 * @param counted what the level adds to S: 1 when met, else A(i)
 */
public record LevelScore(int number, String name, Rational score, boolean metAlone, boolean met, Rational counted) {
}
