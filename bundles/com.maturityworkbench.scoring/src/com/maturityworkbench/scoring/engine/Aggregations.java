package com.maturityworkbench.scoring.engine;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.Aggregation;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-type aggregations of Annex A over the units' level scores, exact (see {@link Aggregation}).
 * TRIMMED uses the normal-consistency constant 1.4826 as the exact rational 14826/10000 and the cut-off 3:
 * a unit is dropped when |A − median| &gt; 3 · 1.4826 · MAD; with MAD = 0 every unit is kept.
 */
public final class Aggregations {
	/** 1.4826 exactly. */
	public static final Rational MAD_SCALE = Rational.of(14826, 10000);
	public static final Rational CUTOFF = Rational.valueOf(3);

	/** An aggregated value and the (0-based) positions of the values left out. */
	public record Aggregate(Rational value, List<Integer> excluded) {
		public Aggregate {
			excluded = List.copyOf(excluded);
		}
	}

	private Aggregations() {
	}

	public static Aggregate aggregate(Aggregation aggregation, List<Rational> values) {
		return switch (aggregation) {
		case MEAN -> new Aggregate(mean(values), List.of());
		case MEDIAN -> new Aggregate(median(values), List.of());
		case TRIMMED -> trimmed(values);
		};
	}

	public static Rational mean(List<Rational> values) {
		requireValues(values);
		return values.stream().reduce(Rational.ZERO, Rational::add).divide(Rational.valueOf(values.size()));
	}

	/** The middle value, or the mean of the two middle values for an even count. */
	public static Rational median(List<Rational> values) {
		requireValues(values);
		List<Rational> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int n = sorted.size();
		if (n % 2 == 1) {
			return sorted.get(n / 2);
		}
		return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(Rational.valueOf(2));
	}

	/** Median absolute deviation: the median of |x − median|. */
	public static Rational mad(List<Rational> values) {
		Rational m = median(values);
		return median(values.stream().map(v -> v.subtract(m).abs()).toList());
	}

	/** Mean after dropping values farther than 3 · 1.4826 · MAD from the median (all kept when MAD = 0). */
	public static Aggregate trimmed(List<Rational> values) {
		Rational m = median(values);
		Rational mad = mad(values);
		if (mad.isZero()) {
			return new Aggregate(mean(values), List.of());
		}
		Rational limit = CUTOFF.multiply(MAD_SCALE).multiply(mad);
		List<Rational> kept = new ArrayList<>();
		List<Integer> excluded = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i).subtract(m).abs().compareTo(limit) > 0) {
				excluded.add(i);
			} else {
				kept.add(values.get(i));
			}
		}
		return new Aggregate(mean(kept), excluded);
	}

	private static void requireValues(List<Rational> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("no values to aggregate");
		}
	}
}
