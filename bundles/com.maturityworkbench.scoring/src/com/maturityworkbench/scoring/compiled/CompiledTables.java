package com.maturityworkbench.scoring.compiled;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.Comparison;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Precomputed integer tables of one effective model (revision, sector, tailoring) for the
 * {@link CompiledScorer}: everything needed to compute A(i), the met flags, S and the level exactly with
 * {@code long} arithmetic. Generated per-revision code bakes the constructor arguments as constants;
 * {@link CompiledScorerBuilder} derives them from a model at run time. Immutable (arrays are copied).
 *
 * <p>Arithmetic. Ratings are integers over one common denominator R ({@code ratingValues[k]} / R for scale
 * index k). A cell c at level i with n clauses and effective weight w' contributes w'·(Σ ratings)/n; with
 * D(i) the least common denominator of w'/n over the cells of level i, {@code cellFactor[c]} = D(i)·w'/n is
 * an integer, and A(i) = N(i) / E(i) with N(i) = Σ_c cellFactor[c] · Σ rating numerators and
 * E(i) = {@code levelDenominators[i]} = D(i)·R. Comparisons are made on cross products; S is kept over the
 * common denominator L = lcm E(i). The constructor derives the scaled comparison constants and fails with
 * {@link ArithmeticException} if one does not fit in a {@code long}.
 */
public final class CompiledTables {
	private final String revisionId;
	private final String sector;
	private final List<String> tailored;
	private final String[] clauseIds;
	private final String[] levelNames;
	final int[] ratingValues;
	final long ratingDenominator;
	final int[] cellLevel;
	final int[] cellFrom;
	final int[] cellTo;
	final long[] cellFactor;
	final long[] levelDenominators;
	final Comparison comparison;
	final long thresholdNumerator;
	final long thresholdDenominator;
	final boolean progressive;
	final int[] bandLevels;
	final long[] bandLowNumerators;
	final long[] bandLowDenominators;
	final long[] bandHighNumerators;
	final long[] bandHighDenominators;
	final boolean[] bandHighClosed;

	// derived
	/** tp · E(i): level i is met when N(i) · tq cmp tp · E(i). */
	final long[] thresholdScaled;
	/** L = lcm E(i): S = S_L / L. */
	final long totalDenominator;
	/** L / E(i). */
	final long[] levelToTotal;
	/** low · L and high · L per band (numerator times L); compare S_L · den with these. */
	final long[] bandLowScaled;
	final long[] bandHighScaled;

	/**
	 * @param clauseIds the rating order: every clause of every weighted subdomain of the effective model, in
	 *        table order (common table first), tailored subdomains included
	 * @param ratingValues numerator of each scale value (by scale index) over {@code ratingDenominator}
	 * @param cellLevel 0-based level of each scored cell
	 * @param cellFrom first position (in {@code clauseIds}) of each scored cell's clauses
	 * @param cellTo end position (exclusive)
	 * @param cellFactor D(level) · w' / n per cell
	 * @param levelDenominators E(i) = D(i) · ratingDenominator per level
	 * @param bandLevels 1-based level number of each band
	 */
	public CompiledTables(String revisionId, String sector, List<String> tailored, String[] clauseIds, String[] levelNames, int[] ratingValues,
			long ratingDenominator, int[] cellLevel, int[] cellFrom, int[] cellTo, long[] cellFactor, long[] levelDenominators, Comparison comparison,
			long thresholdNumerator, long thresholdDenominator, boolean progressive, int[] bandLevels, long[] bandLowNumerators,
			long[] bandLowDenominators, long[] bandHighNumerators, long[] bandHighDenominators, boolean[] bandHighClosed) {
		this.revisionId = Objects.requireNonNull(revisionId, "revisionId");
		this.sector = Objects.requireNonNull(sector, "sector");
		this.tailored = List.copyOf(tailored);
		this.clauseIds = clauseIds.clone();
		this.levelNames = levelNames.clone();
		this.ratingValues = ratingValues.clone();
		this.ratingDenominator = ratingDenominator;
		this.cellLevel = cellLevel.clone();
		this.cellFrom = cellFrom.clone();
		this.cellTo = cellTo.clone();
		this.cellFactor = cellFactor.clone();
		this.levelDenominators = levelDenominators.clone();
		this.comparison = Objects.requireNonNull(comparison, "comparison");
		this.thresholdNumerator = thresholdNumerator;
		this.thresholdDenominator = thresholdDenominator;
		this.progressive = progressive;
		this.bandLevels = bandLevels.clone();
		this.bandLowNumerators = bandLowNumerators.clone();
		this.bandLowDenominators = bandLowDenominators.clone();
		this.bandHighNumerators = bandHighNumerators.clone();
		this.bandHighDenominators = bandHighDenominators.clone();
		this.bandHighClosed = bandHighClosed.clone();
		checkShapes();
		int levels = levelNames.length;
		thresholdScaled = new long[levels];
		BigInteger l = BigInteger.ONE;
		for (int i = 0; i < levels; i++) {
			thresholdScaled[i] = Math.multiplyExact(thresholdNumerator, levelDenominators[i]);
			BigInteger e = BigInteger.valueOf(levelDenominators[i]);
			l = l.divide(l.gcd(e)).multiply(e);
		}
		totalDenominator = l.longValueExact();
		levelToTotal = new long[levels];
		for (int i = 0; i < levels; i++) {
			levelToTotal[i] = totalDenominator / levelDenominators[i];
		}
		// S_L ≤ levels · L; S_L · den must fit as well
		long maxTotal = Math.multiplyExact(levels, totalDenominator);
		bandLowScaled = new long[bandLevels.length];
		bandHighScaled = new long[bandLevels.length];
		for (int b = 0; b < bandLevels.length; b++) {
			bandLowScaled[b] = Math.multiplyExact(bandLowNumerators[b], totalDenominator);
			bandHighScaled[b] = Math.multiplyExact(bandHighNumerators[b], totalDenominator);
			Math.multiplyExact(maxTotal, Math.max(bandLowDenominators[b], bandHighDenominators[b]));
		}
	}

	private void checkShapes() {
		int cells = cellLevel.length;
		if (cellFrom.length != cells || cellTo.length != cells || cellFactor.length != cells) {
			throw new IllegalArgumentException("cell arrays differ in length");
		}
		if (levelDenominators.length != levelNames.length) {
			throw new IllegalArgumentException(levelDenominators.length + " level denominators for " + levelNames.length + " levels");
		}
		int bands = bandLevels.length;
		if (bandLowNumerators.length != bands || bandLowDenominators.length != bands || bandHighNumerators.length != bands
				|| bandHighDenominators.length != bands || bandHighClosed.length != bands) {
			throw new IllegalArgumentException("band arrays differ in length");
		}
		for (int c = 0; c < cells; c++) {
			if (cellLevel[c] < 0 || cellLevel[c] >= levelNames.length || cellFrom[c] < 0 || cellTo[c] > clauseIds.length || cellFrom[c] >= cellTo[c]) {
				throw new IllegalArgumentException("cell " + c + " is out of range");
			}
		}
		long maxRating = 0;
		for (int v : ratingValues) {
			if (v < 0) {
				throw new IllegalArgumentException("rating values must not be negative");
			}
			maxRating = Math.max(maxRating, v);
		}
		for (int c = 0; c < cells; c++) {
			if ((long) (cellTo[c] - cellFrom[c]) * maxRating > Integer.MAX_VALUE) {
				throw new ArithmeticException("the rating sum of cell " + c + " may overflow an int");
			}
		}
		if (ratingDenominator <= 0 || thresholdDenominator <= 0) {
			throw new IllegalArgumentException("denominators must be positive");
		}
		for (long d : levelDenominators) {
			if (d <= 0) {
				throw new IllegalArgumentException("level denominators must be positive");
			}
		}
	}

	public String revisionId() {
		return revisionId;
	}

	public String sector() {
		return sector;
	}

	public List<String> tailored() {
		return tailored;
	}

	/** The rating order: ratings passed to {@link CompiledScorer#score(int[])} are scale indices in this order. */
	public List<String> clauseIds() {
		return List.of(clauseIds);
	}

	public int clauseCount() {
		return clauseIds.length;
	}

	String clauseId(int position) {
		return clauseIds[position];
	}

	public List<String> levelNames() {
		return List.of(levelNames);
	}

	String levelName(int number) {
		return levelNames[number - 1];
	}

	public int levelCount() {
		return levelNames.length;
	}

	public int cellCount() {
		return cellLevel.length;
	}

	public boolean progressive() {
		return progressive;
	}

	/** The scale value of scale index {@code index}. */
	public Rational ratingValue(int index) {
		return Rational.of(ratingValues[index], ratingDenominator);
	}

	public int scaleSize() {
		return ratingValues.length;
	}

	/** Scale index of {@code rating}, or -1. */
	public int scaleIndex(Rational rating) {
		for (int k = 0; k < ratingValues.length; k++) {
			if (ratingValue(k).equals(rating)) {
				return k;
			}
		}
		return -1;
	}

	/** Copies of the per-cell arrays and per-level denominators, e.g. for emitting them as constants. */
	public int[] cellLevels() {
		return cellLevel.clone();
	}

	public int[] cellFroms() {
		return cellFrom.clone();
	}

	public int[] cellTos() {
		return cellTo.clone();
	}

	public long[] cellFactors() {
		return cellFactor.clone();
	}

	public long[] levelDenominators() {
		return levelDenominators.clone();
	}

	public int[] ratingValues() {
		return ratingValues.clone();
	}

	public long ratingDenominator() {
		return ratingDenominator;
	}

	public Comparison comparison() {
		return comparison;
	}

	public long thresholdNumerator() {
		return thresholdNumerator;
	}

	public long thresholdDenominator() {
		return thresholdDenominator;
	}

	public int[] bandLevels() {
		return bandLevels.clone();
	}

	public long[] bandLowNumerators() {
		return bandLowNumerators.clone();
	}

	public long[] bandLowDenominators() {
		return bandLowDenominators.clone();
	}

	public long[] bandHighNumerators() {
		return bandHighNumerators.clone();
	}

	public long[] bandHighDenominators() {
		return bandHighDenominators.clone();
	}

	public boolean[] bandHighClosed() {
		return bandHighClosed.clone();
	}

	@Override
	public String toString() {
		return "CompiledTables[" + revisionId + ", " + sector + ", tailored " + tailored + ", " + clauseIds.length + " clauses, " + cellLevel.length
				+ " cells, E = " + Arrays.toString(levelDenominators) + ", L = " + totalDenominator + "]";
	}
}
