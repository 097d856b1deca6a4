package com.maturityworkbench.scoring.result;

import com.maturityworkbench.scoring.Rational;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A subdomain's scores. Lists have one entry per level; {@code scores} holds C(s,i) or null where the
 * subdomain is not scored (tailored out or empty cell); {@code effectiveWeights} holds w'(s) at each level
 * (zero where not scored).
 *
 * @param weight the weight declared by the revision
 */
public record SubdomainScore(String id, String name, String tableId, String domainName, Rational weight, boolean tailored,
		List<Rational> effectiveWeights, List<Rational> scores) {
	public SubdomainScore {
		effectiveWeights = List.copyOf(effectiveWeights);
		scores = Collections.unmodifiableList(new ArrayList<>(scores));
	}

	/** C(s,i) for 1-based level {@code number}, or null. */
	public Rational score(int number) {
		return scores.get(number - 1);
	}

	public Rational effectiveWeight(int number) {
		return effectiveWeights.get(number - 1);
	}

	/** w'(s)·C(s,i): what this subdomain adds to A(i) (zero when not scored). */
	public Rational contribution(int number) {
		Rational c = score(number);
		return c == null ? Rational.ZERO : c.multiply(effectiveWeight(number));
	}
}
