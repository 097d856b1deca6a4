package com.maturityworkbench.scoring.model;

import static com.maturityworkbench.scoring.i18n.RuntimeMessages.M;

import com.maturityworkbench.scoring.Rational;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Level determination (9.2, Table 10): level i is met when A(i) {@code comparison} {@code threshold}; with
 * {@code progressive} only if every lower level is met too; S falls into one of the {@code bands}.
 */
public record DeterminationRule(Comparison comparison, Rational threshold, boolean progressive, List<Band> bands) {
	public DeterminationRule {
		Objects.requireNonNull(comparison, "comparison");
		Objects.requireNonNull(threshold, "threshold");
		bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
		if (bands.isEmpty()) {
			throw new IllegalArgumentException("a determination rule needs at least one band");
		}
	}

	/** The shipped reading: met when A(i) ≥ 0.8, progressive off, Table 10 bands for levels 一级..五级. */
	public static DeterminationRule standard(List<String> levels) {
		if (levels.size() != 5) {
			throw new IllegalArgumentException("the Table 10 bands need five levels, got " + levels.size());
		}
		List<Band> bands = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Rational low = Rational.parse(i + ".8");
			boolean last = i == 4;
			bands.add(new Band(levels.get(i), low, last ? Rational.valueOf(5) : Rational.parse((i + 1) + ".8"), last));
		}
		return new DeterminationRule(Comparison.AT_LEAST, Rational.parse("0.8"), false, bands);
	}

	public DeterminationRule withProgressive(boolean on) {
		return new DeterminationRule(comparison, threshold, on, bands);
	}

	public DeterminationRule withComparison(Comparison c) {
		return new DeterminationRule(c, threshold, progressive, bands);
	}

	/** The band with the lowest lower bound: below it, S is "below the first level" (level 0). */
	public Band lowestBand() {
		return bands.stream().min((a, b) -> a.low().compareTo(b.low())).orElseThrow();
	}

	/**
	 * Problems of the bands for a model with the given levels: unknown or repeated level names, gaps or
	 * overlaps between consecutive bands, and an upper end other than the number of levels (closed). Empty
	 * when the bands are contiguous, non-overlapping and cover [lowest, levelCount].
	 */
	public List<String> bandProblems(List<String> levels) {
		List<String> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Band b : bands) {
			if (!levels.contains(b.levelName())) {
				problems.add(M.text("band.unknown-level", b.describe(), b.levelName()));
			}
			if (!seen.add(b.levelName())) {
				problems.add(M.text("band.twice", b.levelName()));
			}
		}
		List<Band> sorted = new ArrayList<>(bands);
		sorted.sort((a, b) -> a.low().compareTo(b.low()));
		for (int i = 0; i + 1 < sorted.size(); i++) {
			Band a = sorted.get(i);
			Band b = sorted.get(i + 1);
			int c = a.high().compareTo(b.low());
			if (c < 0) {
				problems.add(M.text("band.gap", a.levelName(), a.describe(), b.levelName(), b.describe()));
			} else if (c > 0 || a.highClosed()) {
				problems.add(M.text("band.overlap", a.levelName(), a.describe(), b.levelName(), b.describe()));
			}
		}
		Band last = sorted.get(sorted.size() - 1);
		Rational max = Rational.valueOf(levels.size());
		if (!last.high().equals(max) || !last.highClosed()) {
			problems.add(M.text("band.last", last.levelName(), last.describe(), max.toExactString()));
		}
		return problems;
	}
}
