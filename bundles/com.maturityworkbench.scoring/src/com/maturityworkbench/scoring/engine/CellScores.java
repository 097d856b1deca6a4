package com.maturityworkbench.scoring.engine;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.SubdomainRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Formula (3) and formulas (1)-(2) combined: C(s,i) = mean of the clause ratings of a scored cell (clauses rated
 * not applicable left out of n), and
 * A(i) = Σ w'(s) · C(s,i) over the subdomains scored at level i.
 */
final class CellScores {
	/** [subdomain order][level]: C(s,i), null where not scored. */
	private final Rational[][] scores;
	private final List<Rational> levelScores;

	/** {@code ratings} must be on the scale (validated). */
	CellScores(EffectiveModel em, ScaleUnits units, Map<String, Rational> ratings) {
		List<SubdomainRef> subdomains = em.sectorModel().subdomains();
		int levels = em.model().levelCount();
		scores = new Rational[subdomains.size()][levels];
		Rational[] a = new Rational[levels];
		Arrays.fill(a, Rational.ZERO);
		for (SubdomainRef s : subdomains) {
			for (int level = 0; level < levels; level++) {
				if (!em.isScored(s, level)) {
					continue;
				}
				Rational c = units.mean(em.ratedClauses(s, level), ratings);
				scores[s.order()][level] = c;
				a[level] = a[level].add(em.weight(s, level).multiply(c));
			}
		}
		levelScores = List.of(a);
	}

	Rational score(SubdomainRef s, int levelIndex) {
		return scores[s.order()][levelIndex];
	}

	List<Rational> scores(SubdomainRef s) {
		List<Rational> r = new ArrayList<>();
		for (Rational c : scores[s.order()]) {
			r.add(c);
		}
		return r;
	}

	/** A(1..n). */
	List<Rational> levelScores() {
		return levelScores;
	}
}
