package com.maturityworkbench.assessment.standalone;

import com.maturityworkbench.assessment.report.Decimals;
import com.maturityworkbench.assessment.report.ScoreView.DeterminationView;
import com.maturityworkbench.assessment.report.ScoreView.LevelView;
import com.maturityworkbench.scoring.compiled.CompiledScore;

/**
 * The standalone scorer prints the engine's result; the compiled tables of the revision compute A(i), the met flags,
 * S and the level a second time, and both must agree exactly before anything is printed.
 */
final class CompiledCrossCheck {
	private CompiledCrossCheck() {
	}

	/** Null when {@code compiled} agrees with the determination shown; otherwise what differs. */
	static String disagreement(DeterminationView shown, CompiledScore compiled) {
		if (compiled.levelCount() != shown.levels().size()) {
			return "the number of levels";
		}
		for (LevelView l : shown.levels()) {
			if (!Decimals.exact(compiled.levelScore(l.number())).equals(l.score().exact()) || compiled.met(l.number()) != l.met()) {
				return "A(" + l.number() + ")";
			}
		}
		if (!Decimals.exact(compiled.total()).equals(shown.total().exact()) || compiled.level() != shown.level()) {
			return "S";
		}
		return null;
	}
}
