package com.maturityworkbench.scoring.engine;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.RatingScale;
import com.maturityworkbench.scoring.model.RatingValue;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact means of scale ratings: every scale value is an integer number of units 1/R (R the scale's common
 * denominator, 10 for Table 9), so a mean is Σ units / (n·R) with one reduction instead of one per clause.
 */
final class ScaleUnits {
	private final Map<Rational, Long> units = new HashMap<>();
	private final long denominator;

	ScaleUnits(RatingScale scale) {
		BigInteger r = scale.commonDenominator();
		long den;
		try {
			den = r.longValueExact();
			for (RatingValue v : scale.values()) {
				units.put(v.value(), v.value().numerator().multiply(r.divide(v.value().denominator())).longValueExact());
			}
		} catch (ArithmeticException tooLarge) {
			units.clear();
			den = 0;
		}
		this.denominator = den;
	}

	/** The mean of the ratings of {@code clauseIds} (formula 3). */
	Rational mean(List<String> clauseIds, Map<String, Rational> ratings) {
		if (denominator != 0) {
			try {
				long sum = 0;
				for (String clauseId : clauseIds) {
					sum = Math.addExact(sum, units.get(ratings.get(clauseId)));
				}
				return Rational.of(sum, Math.multiplyExact(denominator, clauseIds.size()));
			} catch (ArithmeticException overflow) {
				// fall through to the rational sum
			}
		}
		Rational sum = Rational.ZERO;
		for (String clauseId : clauseIds) {
			sum = sum.add(ratings.get(clauseId));
		}
		return sum.divide(Rational.valueOf(clauseIds.size()));
	}
}
