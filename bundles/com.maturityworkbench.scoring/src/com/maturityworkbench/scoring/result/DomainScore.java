package com.maturityworkbench.scoring.result;

import com.maturityworkbench.scoring.Rational;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A domain's scores for reporting, merged by domain name across the common and the sector table. Lists have
 * one entry per level: the domain's effective weight Σ w'(s), its contribution Σ w'(s)·C(s,i) to A(i), and its
 * score B(i) = contribution / weight (formula 2), null where nothing of the domain is scored.
 */
public record DomainScore(String name, List<String> tableIds, List<Rational> weights, List<Rational> contributions, List<Rational> scores) {
	public DomainScore {
		tableIds = List.copyOf(tableIds);
		weights = List.copyOf(weights);
		contributions = List.copyOf(contributions);
		scores = Collections.unmodifiableList(new ArrayList<>(scores));
	}

	public Rational score(int number) {
		return scores.get(number - 1);
	}
}
