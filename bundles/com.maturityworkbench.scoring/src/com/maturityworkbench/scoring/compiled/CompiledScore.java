package com.maturityworkbench.scoring.compiled;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.LevelScore;

/**
 * The result of the compiled scorer: A(i), met flags, S and the level, exact. Computed either on the long
 * path (numerators over the tables' denominators; rationals are created only when asked for) or, after an
 * overflow, by the generic engine ({@link #usedFallback()}).
 */
public final class CompiledScore {
	private final CompiledTables tables;
	private final long[] levelNumerators;
	private final boolean[] metAlone;
	private final boolean[] met;
	private final long totalNumerator;
	private final int level;
	private final boolean progressive;
	private final Determination fallback;

	CompiledScore(CompiledTables tables, long[] levelNumerators, boolean[] metAlone, boolean[] met, long totalNumerator, int level,
			boolean progressive) {
		this.tables = tables;
		this.levelNumerators = levelNumerators;
		this.metAlone = metAlone;
		this.met = met;
		this.totalNumerator = totalNumerator;
		this.level = level;
		this.progressive = progressive;
		this.fallback = null;
	}

	CompiledScore(Determination fallback) {
		this.tables = null;
		this.levelNumerators = null;
		this.metAlone = null;
		this.met = null;
		this.totalNumerator = 0;
		this.level = fallback.level();
		this.progressive = fallback.progressive();
		this.fallback = fallback;
	}

	/** True when the long path overflowed (or was unavailable) and the generic engine computed this score. */
	public boolean usedFallback() {
		return fallback != null;
	}

	public boolean progressive() {
		return progressive;
	}

	public int levelCount() {
		return fallback != null ? fallback.levels().size() : levelNumerators.length;
	}

	/** A(i) for 1-based level {@code number}. */
	public Rational levelScore(int number) {
		if (fallback != null) {
			return fallback.score(number);
		}
		return Rational.of(levelNumerators[number - 1], tables.levelDenominators[number - 1]);
	}

	/** Numerator of A(i) over {@link CompiledTables#levelDenominators()} (long path only). */
	public long levelNumerator(int number) {
		requireLongPath();
		return levelNumerators[number - 1];
	}

	public boolean met(int number) {
		return fallback != null ? fallback.met(number) : met[number - 1];
	}

	public boolean metAlone(int number) {
		if (fallback != null) {
			LevelScore l = fallback.levels().get(number - 1);
			return l.metAlone();
		}
		return metAlone[number - 1];
	}

	/** S. */
	public Rational total() {
		return fallback != null ? fallback.total() : Rational.of(totalNumerator, tables.totalDenominator);
	}

	/** S as a double, for statistics over many assessments (the exact value is {@link #total()}). */
	public double totalValue() {
		return fallback != null ? fallback.total().toDecimal(12).doubleValue() : (double) totalNumerator / tables.totalDenominator;
	}

	/** 0 (below the lowest band) .. number of levels. */
	public int level() {
		return level;
	}

	/** The level's name, null for level 0. */
	public String levelName() {
		if (fallback != null) {
			return fallback.levelName();
		}
		return level == 0 ? null : tables.levelName(level);
	}

	private void requireLongPath() {
		if (fallback != null) {
			throw new IllegalStateException("this score was computed by the generic engine");
		}
	}
}
