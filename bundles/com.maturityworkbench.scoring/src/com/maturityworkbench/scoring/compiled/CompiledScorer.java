package com.maturityworkbench.scoring.compiled;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.AssessmentException;
import com.maturityworkbench.scoring.model.Comparison;
import com.maturityworkbench.scoring.result.Determination;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fast exact scorer for one effective model, a specialisation of the generic engine: the weights and the
 * clause layout are baked into {@link CompiledTables}, ratings come as an {@code int[]} of scale indices in
 * {@link CompiledTables#clauseIds() clause order}, and A(i), the met flags, S and the level are computed with
 * {@code long} arithmetic ({@link Math#multiplyExact} and {@link Math#addExact} guard every step that could
 * overflow; on overflow the generic engine takes over through the {@link Fallback}). Ratings of clauses of
 * tailored subdomains are not read. Thread-safe.
 */
public final class CompiledScorer {
	/** Scores ratings with the generic engine when the long path cannot. */
	@FunctionalInterface
	public interface Fallback {
		Determination determine(int[] ratingIndexes, boolean progressive);
	}

	private final CompiledTables t;
	private final Fallback fallback;
	private final List<String> clauseIds;
	private final Map<Rational, Integer> scaleIndex;

	/**
	 * @param tables the baked tables
	 * @param fallback the generic engine, or null (then an overflow throws {@link ArithmeticException})
	 */
	public CompiledScorer(CompiledTables tables, Fallback fallback) {
		this.t = Objects.requireNonNull(tables, "tables");
		this.fallback = fallback;
		this.clauseIds = tables.clauseIds();
		List<Rational> values = new ArrayList<>();
		for (int k = 0; k < tables.scaleSize(); k++) {
			values.add(tables.ratingValue(k));
		}
		this.scaleIndex = indexOf(values);
	}

	private CompiledScorer(List<String> clauseIds, List<Rational> scale, Fallback fallback) {
		this.t = null;
		this.fallback = Objects.requireNonNull(fallback, "fallback");
		this.clauseIds = List.copyOf(clauseIds);
		this.scaleIndex = indexOf(scale);
	}

	private static Map<Rational, Integer> indexOf(List<Rational> scale) {
		Map<Rational, Integer> index = new HashMap<>();
		for (int k = 0; k < scale.size(); k++) {
			index.put(scale.get(k), k);
		}
		return index;
	}

	/** A scorer for a model whose tables do not fit in longs: every score comes from the generic engine. */
	public static CompiledScorer fallbackOnly(List<String> clauseIds, List<Rational> scale, Fallback fallback) {
		return new CompiledScorer(clauseIds, scale, fallback);
	}

	/** The tables, or null when this scorer always falls back to the generic engine. */
	public CompiledTables tables() {
		return t;
	}

	/** The rating order. */
	public List<String> clauseIds() {
		return clauseIds;
	}

	/** Scores under the revision's declared reading of progressive. */
	public CompiledScore score(int[] ratingIndexes) {
		return score(ratingIndexes, t != null && t.progressive);
	}

	public CompiledScore score(int[] ratingIndexes, boolean progressive) {
		if (t == null) {
			return new CompiledScore(fallback.determine(ratingIndexes, progressive));
		}
		if (ratingIndexes.length != t.clauseCount()) {
			throw new IllegalArgumentException(ratingIndexes.length + " ratings for " + t.clauseCount() + " clauses");
		}
		try {
			return scoreLong(ratingIndexes, progressive);
		} catch (ArithmeticException overflow) {
			if (fallback == null) {
				throw overflow;
			}
			return new CompiledScore(fallback.determine(ratingIndexes, progressive));
		} catch (ArrayIndexOutOfBoundsException badIndex) {
			throw badRating(ratingIndexes);
		}
	}

	private CompiledScore scoreLong(int[] r, boolean progressive) {
		final int[] values = t.ratingValues;
		final int[] cellLevel = t.cellLevel;
		final int[] from = t.cellFrom;
		final int[] to = t.cellTo;
		final long[] factor = t.cellFactor;
		final int levels = t.levelDenominators.length;
		long[] n = new long[levels];
		for (int c = 0; c < cellLevel.length; c++) {
			int sum = 0;
			for (int k = from[c], end = to[c]; k < end; k++) {
				sum += values[r[k]];
			}
			int level = cellLevel[c];
			n[level] = Math.addExact(n[level], Math.multiplyExact(factor[c], sum));
		}
		boolean[] metAlone = new boolean[levels];
		boolean[] met = new boolean[levels];
		boolean strict = t.comparison == Comparison.GREATER_THAN;
		boolean lowerMet = true;
		long total = 0;
		for (int i = 0; i < levels; i++) {
			long lhs = Math.multiplyExact(n[i], t.thresholdDenominator);
			metAlone[i] = strict ? lhs > t.thresholdScaled[i] : lhs >= t.thresholdScaled[i];
			met[i] = metAlone[i] && (!progressive || lowerMet);
			lowerMet = met[i];
			total = Math.addExact(total, met[i] ? t.totalDenominator : Math.multiplyExact(n[i], t.levelToTotal[i]));
		}
		int level = 0;
		for (int b = 0; b < t.bandLevels.length; b++) {
			boolean aboveLow = Math.multiplyExact(total, t.bandLowDenominators[b]) >= t.bandLowScaled[b];
			long high = Math.multiplyExact(total, t.bandHighDenominators[b]);
			boolean belowHigh = t.bandHighClosed[b] ? high <= t.bandHighScaled[b] : high < t.bandHighScaled[b];
			if (aboveLow && belowHigh) {
				level = t.bandLevels[b];
				break;
			}
		}
		return new CompiledScore(t, n, metAlone, met, total, level, progressive);
	}

	private AssessmentException badRating(int[] r) {
		for (int k = 0; k < r.length; k++) {
			if (r[k] < 0 || r[k] >= t.ratingValues.length) {
				if (isRead(k)) {
					return new AssessmentException("rating index " + r[k] + " of clause \"" + t.clauseId(k) + "\" is not a scale index (0.."
							+ (t.ratingValues.length - 1) + ")", t.clauseId(k));
				}
			}
		}
		return new AssessmentException("a rating index is not a scale index");
	}

	private boolean isRead(int position) {
		for (int c = 0; c < t.cellFrom.length; c++) {
			if (t.cellFrom[c] <= position && position < t.cellTo[c]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The scale indices of {@code ratings} in clause order; clauses without a rating (those of tailored
	 * subdomains) get -1, which is never read.
	 *
	 * @throws AssessmentException for a rating that is not on the scale
	 */
	public int[] ratingIndexes(Map<String, Rational> ratings) {
		int[] r = new int[clauseIds.size()];
		for (int k = 0; k < r.length; k++) {
			Rational rating = ratings.get(clauseIds.get(k));
			if (rating == null) {
				r[k] = -1;
				continue;
			}
			Integer index = scaleIndex.get(rating);
			if (index == null) {
				throw new AssessmentException("rating " + rating.toExactString() + " of clause \"" + clauseIds.get(k) + "\" is not on the scale",
						clauseIds.get(k));
			}
			r[k] = index;
		}
		return r;
	}
}
