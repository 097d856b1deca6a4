package com.maturityworkbench.scoring.engine;

import static com.maturityworkbench.scoring.i18n.RuntimeMessages.M;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.ModelException;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.LevelScore;
import java.util.ArrayList;
import java.util.List;

/**
 * Level determination (9.2, Table 10), the one implementation: met(i) = A(i) {@code cmp} threshold (with
 * progressive also every lower level met); S = Σ (met(i) ? 1 : A(i)); the level is the band containing S, 0
 * below the lowest band.
 */
public final class LevelDetermination {
	private LevelDetermination() {
	}

	/** Label of level 0: "低于" ("below") followed by the first level's name. */
	public static String belowLabel(RevisionModel model) {
		return "低于" + model.levels().get(0);
	}

	/**
	 * @param levelScores A(1..n) in level order
	 * @throws ModelException when S falls into no band although it is not below the lowest one (bands with gaps)
	 */
	public static Determination determine(RevisionModel model, List<Rational> levelScores, boolean progressive) {
		DeterminationRule rule = model.determination();
		if (levelScores.size() != model.levelCount()) {
			throw new IllegalArgumentException(levelScores.size() + " level scores for " + model.levelCount() + " levels");
		}
		List<LevelScore> levels = new ArrayList<>(levelScores.size());
		Rational total = Rational.ZERO;
		boolean lowerMet = true;
		for (int i = 0; i < levelScores.size(); i++) {
			Rational a = levelScores.get(i);
			boolean metAlone = rule.comparison().holds(a, rule.threshold());
			boolean met = metAlone && (!progressive || lowerMet);
			lowerMet = met;
			Rational counted = met ? Rational.ONE : a;
			total = total.add(counted);
			levels.add(new LevelScore(i + 1, model.levels().get(i), a, metAlone, met, counted));
		}
		return withLevel(model, progressive, levels, total);
	}

	private static Determination withLevel(RevisionModel model, boolean progressive, List<LevelScore> levels, Rational total) {
		DeterminationRule rule = model.determination();
		int level = 0;
		String name = null;
		for (Band b : rule.bands()) {
			if (b.contains(total)) {
				name = b.levelName();
				level = model.levelNumber(name);
				break;
			}
		}
		if (name == null && total.compareTo(rule.lowestBand().low()) >= 0) {
			throw new ModelException(M.text("model.no-band", total.toExactString(), model.revisionId()));
		}
		String nextName = null;
		Rational toNext = null;
		if (level < model.levelCount()) {
			nextName = model.levels().get(level);
			for (Band b : rule.bands()) {
				if (b.levelName().equals(nextName)) {
					toNext = b.low().subtract(total).max(Rational.ZERO);
				}
			}
		}
		return new Determination(progressive, levels, total, level, name, name == null ? belowLabel(model) : name, nextName, toNext);
	}
}
