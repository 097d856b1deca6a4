package com.maturityworkbench.scoring.model;

import com.maturityworkbench.scoring.Rational;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ordered rating scale of a revision (Table 9: 全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0). The
 * position of a value in {@link #values()} is its <em>scale index</em>, used by the compiled scorer.
 */
public record RatingScale(List<RatingValue> values) {
	public RatingScale {
		values = List.copyOf(Objects.requireNonNull(values, "values"));
		if (values.isEmpty()) {
			throw new IllegalArgumentException("a rating scale needs at least one value");
		}
		Set<String> names = new HashSet<>();
		Set<Rational> seen = new HashSet<>();
		for (RatingValue v : values) {
			if (!names.add(v.name())) {
				throw new IllegalArgumentException("rating scale names \"" + v.name() + "\" twice");
			}
			if (!seen.add(v.value())) {
				throw new IllegalArgumentException("rating scale has the value " + v.value().toExactString() + " twice");
			}
			if (v.value().signum() < 0) {
				throw new IllegalArgumentException("rating " + v.name() + " is negative");
			}
		}
	}

	/** Table 9 of the draft: 全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0. */
	public static RatingScale standard() {
		return new RatingScale(List.of(new RatingValue("全部满足", Rational.ONE), new RatingValue("大部分满足", Rational.parse("0.8")),
				new RatingValue("部分满足", Rational.parse("0.5")), new RatingValue("不满足", Rational.ZERO)));
	}

	/** The highest rating (全部满足 in Table 9): the target of a clause improvement. */
	public Rational top() {
		return values.stream().map(RatingValue::value).reduce(Rational::max).orElseThrow();
	}

	public boolean contains(Rational rating) {
		return indexOf(rating) >= 0;
	}

	/** Scale index of {@code rating}, or -1 when the value is not on the scale. */
	public int indexOf(Rational rating) {
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i).value().equals(rating)) {
				return i;
			}
		}
		return -1;
	}

	public Rational value(int index) {
		return values.get(index).value();
	}

	public int size() {
		return values.size();
	}

	/** Least common denominator of all scale values (10 for Table 9). */
	public BigInteger commonDenominator() {
		BigInteger lcm = BigInteger.ONE;
		for (RatingValue v : values) {
			BigInteger d = v.value().denominator();
			lcm = lcm.divide(lcm.gcd(d)).multiply(d);
		}
		return lcm;
	}

	/** "全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0" — for messages. */
	public String describe() {
		return values.stream().map(v -> v.name() + " " + v.value().toExactString()).collect(Collectors.joining(", "));
	}
}
