package com.maturityworkbench.scoring.model;

import java.util.ArrayList;
import java.util.List;

import com.maturityworkbench.scoring.Rational;

/**
 * How the ratings of the members of an assessment panel (8.6.2: an odd number of experts) decide a clause's rating,
 * as the revision's {@code rules} block declares it ({@code panel consensus median}; median when not declared).
 */
public enum PanelConsensus {
	/** The middle rating of the panel, ordered by value: with an odd number of members always one of their ratings. */
	MEDIAN,
	/** The lowest rating of the panel (the cautious reading). */
	LOWEST;

	/** The rating the panel's {@code ratings} decide (an odd, non-zero number of them). */
	public Rational decide(List<Rational> ratings) {
		if (ratings.isEmpty() || ratings.size() % 2 == 0) {
			throw new IllegalArgumentException("a panel has an odd number of members, not " + ratings.size());
		}
		List<Rational> sorted = new ArrayList<>(ratings);
		sorted.sort(Rational::compareTo);
		return this == MEDIAN ? sorted.get(sorted.size() / 2) : sorted.get(0);
	}
}
