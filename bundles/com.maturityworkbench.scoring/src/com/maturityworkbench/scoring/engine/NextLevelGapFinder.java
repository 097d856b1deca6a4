package com.maturityworkbench.scoring.engine;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.NextLevelGap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The gap to the next level: for every scored cell with a clause below the top rating, raise its lowest-rated
 * clause (the first in printed order among equals) to the top rating and determine again. The gain in A(i) is
 * w'(s)·(top − x)/n; the gain in S follows from the determination (a level that becomes met jumps to 1; with
 * progressive, higher levels may follow). Ranked by gain in S descending, ties in table order.
 */
final class NextLevelGapFinder {
	private NextLevelGapFinder() {
	}

	static List<NextLevelGap> find(EffectiveModel em, Map<String, Rational> ratings, CellScores cells, Determination current) {
		RevisionModel model = em.model();
		Rational top = model.scale().top();
		List<Rational> a = current.scores();
		List<NextLevelGap> gaps = new ArrayList<>();
		for (SubdomainRef s : em.sectorModel().subdomains()) {
			for (int level = 0; level < model.levelCount(); level++) {
				if (!em.isScored(s, level)) {
					continue;
				}
				List<String> clauses = em.ratedClauses(s, level);
				String lowest = null;
				Rational lowestRating = top;
				for (String clauseId : clauses) {
					Rational r = ratings.get(clauseId);
					if (r.compareTo(lowestRating) < 0) {
						lowest = clauseId;
						lowestRating = r;
					}
				}
				if (lowest == null) {
					continue;
				}
				Rational levelGain = em.weight(s, level).multiply(top.subtract(lowestRating)).divide(Rational.valueOf(clauses.size()));
				List<Rational> raised = new ArrayList<>(a);
				raised.set(level, a.get(level).add(levelGain));
				Determination after = LevelDetermination.determine(model, raised, current.progressive());
				gaps.add(new NextLevelGap(s.id(), s.subdomain().name(), s.table().id(), level + 1, model.levels().get(level), lowest, lowestRating,
						levelGain, after.total().subtract(current.total()), after.total(), after.level()));
			}
		}
		gaps.sort(Comparator.comparing(NextLevelGap::totalIncrease).reversed());
		return gaps;
	}
}
