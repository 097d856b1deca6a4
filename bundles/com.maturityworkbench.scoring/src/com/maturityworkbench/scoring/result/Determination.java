package com.maturityworkbench.scoring.result;

import com.maturityworkbench.scoring.Rational;
import java.util.List;

/**
 * Level determination (9.2) from the level scores A(i).
 *
 * @param progressive whether the progressive reading was applied
 * @param levels one entry per level, ascending
 * @param total S = Σ (met ? 1 : A(i)), exact
 * @param level the level whose band contains S, 0 when S is below the lowest band
 * @param levelName the name of that level, null for level 0
 * @param levelLabel the level name, or "低于" + the first level's name for level 0
 * @param nextLevelName the next level's name, null at the top level
 * @param toNextLevel how much S must still rise to reach the next band, null at the top level
 */
public record Determination(boolean progressive, List<LevelScore> levels, Rational total, int level, String levelName, String levelLabel,
		String nextLevelName, Rational toNextLevel) {
	public Determination {
		levels = List.copyOf(levels);
	}

	/** A(i) for 1-based level number {@code number}. */
	public Rational score(int number) {
		return levels.get(number - 1).score();
	}

	public boolean met(int number) {
		return levels.get(number - 1).met();
	}

	public List<Rational> scores() {
		return levels.stream().map(LevelScore::score).toList();
	}
}
