package com.maturityworkbench.revision.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import com.maturityworkbench.revision.simulate.Population.Member;
import com.maturityworkbench.revision.simulate.Population.Unreadable;
import com.maturityworkbench.revision.simulate.Scenario.Scores;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.Subdomain;

/**
 * What a population's scores do from the old revision to the new one: per sector (composites under
 * {@link #COMPOSITE}) and in all, the level transition matrix (rows: level under the old revision, columns: under the
 * new one; 0 is below the lowest band), the distribution of S before and after in bins of 0.25, and ΔS = S(new) −
 * S(old): mean, extremes and quantiles (nearest rank); how many ratings were drawn from the enterprises' profiles for
 * clauses new in the new revision, and the files that were not read. Optionally the attribution and the sensitivity
 * (over the enterprises {@code sensitivityScope} says: all, a sample, or none); the wall-clock times of each phase.
 */
public record ImpactReport(String oldRevision, String newRevision, List<String> levelNames, Population.Source source, String where, int enterprises,
		long composites, long drawnRatings, List<Unreadable> unreadable, Map<String, int[][]> transitions, int[] oldHistogram, int[] newHistogram,
		DeltaStatistics delta, Attribution attribution, List<Sensitivity> sensitivity, SensitivityScope sensitivityScope, Timings millis) {
	/** Width of a histogram bin of S. */
	public static final double BIN = 0.25;
	/** The key of the matrix over all enterprises. */
	public static final String ALL = "*";
	/** The key of the matrix of the composite enterprises. */
	public static final String COMPOSITE = "composite";
	private static final double EPSILON = 1e-12;

	public record DeltaStatistics(double mean, double min, double p10, double p50, double p90, double max, int up, int down, int same) {
	}

	/**
	 * Milliseconds of drawing or reading the population, scoring it under both revisions, the attribution and the
	 * sensitivity: wall clock, then CPU time summed over all threads.
	 */
	public record Timings(double generation, double scoring, double attribution, double sensitivity, double generationCpu, double scoringCpu,
			double attributionCpu, double sensitivityCpu) {
	}

	/**
	 * One change applied alone to the old revision ({@code change} null for all changes together, i.e. the new revision):
	 * its mean ΔS over the population, how many enterprises change level up and down, and its transition matrix.
	 */
	public record Effect(ImpactChange change, double meanDelta, int up, int down, int[][] matrix) {
		static Effect of(ImpactChange change, int levels, Scores before, Scores after) {
			double sum = 0;
			int up = 0;
			int down = 0;
			for (int i = 0; i < before.totals().length; i++) {
				sum += after.totals()[i] - before.totals()[i];
				up += after.levels()[i] > before.levels()[i] ? 1 : 0;
				down += after.levels()[i] < before.levels()[i] ? 1 : 0;
			}
			int n = before.totals().length;
			return new Effect(change, n == 0 ? 0 : sum / n, up, down, ImpactReport.matrix(levels, before.levels(), after.levels(), i -> true));
		}

		public int moved() {
			return up + down;
		}
	}

	/**
	 * The attribution: each change's effect, the total (the new revision against the old), and the interaction remainder:
	 * total − Σ single effects, for the mean ΔS and for the number of enterprises changing level; {@code unattributed}
	 * names the kinds of change not applied alone (their effect is part of the remainder).
	 */
	public record Attribution(List<Effect> effects, Effect total, double remainderMean, int remainderMoved, List<String> unattributed) {
		static Attribution of(List<Effect> effects, List<String> unattributed, Effect total) {
			double mean = total.meanDelta() - effects.stream().mapToDouble(Effect::meanDelta).sum();
			int moved = total.moved() - effects.stream().mapToInt(Effect::moved).sum();
			return new Attribution(List.copyOf(effects), total, Math.abs(mean) < EPSILON ? 0 : mean, moved, List.copyOf(unattributed));
		}
	}

	/**
	 * The sensitivity of S to one subdomain's weight in the new revision: S with the subdomain's weight +1 percentage
	 * point and the other weights of its table scaled by (W − w − 1 pp) / (W − w), minus S, averaged over the
	 * {@code enterprises} assessed on its table (every enterprise for the common table; composites when a unit is).
	 */
	public record Sensitivity(String table, String domain, String subdomain, Rational weight, int enterprises, double meanDelta, int up, int down) {
		static Sensitivity of(String table, String domain, Subdomain s, Population population, IntPredicate untouched, Scores base, Scores plus) {
			double sum = 0;
			int n = 0;
			int up = 0;
			int down = 0;
			for (int i = 0; i < population.size(); i++) {
				if (untouched.test(i)) {
					continue;
				}
				n++;
				sum += plus.totals()[i] - base.totals()[i];
				up += plus.levels()[i] > base.levels()[i] ? 1 : 0;
				down += plus.levels()[i] < base.levels()[i] ? 1 : 0;
			}
			return new Sensitivity(table, domain, s.name(), s.weight(), n, n == 0 ? 0 : sum / n, up, down);
		}
	}

	static ImpactReport of(String oldRevision, String newRevision, List<String> levelNames, Population population, Scores before, Scores after,
			Attribution attribution, List<Sensitivity> sensitivity, SensitivityScope sensitivityScope, Timings millis) {
		int levels = levelNames.size();
		List<Member> members = population.members();
		Map<String, int[][]> transitions = new LinkedHashMap<>();
		transitions.put(ALL, matrix(levels, before.levels(), after.levels(), i -> true));
		List<String> sectors = new ArrayList<>();
		members.forEach(m -> {
			if (!sectors.contains(m.sector())) {
				sectors.add(m.sector());
			}
		});
		sectors.sort((a, b) -> Boolean.compare(a.equals(COMPOSITE), b.equals(COMPOSITE)));
		for (String sector : sectors) {
			transitions.put(sector, matrix(levels, before.levels(), after.levels(), i -> members.get(i).sector().equals(sector)));
		}
		int bins = (int) Math.round(levels / BIN);
		int[] oldHistogram = new int[bins];
		int[] newHistogram = new int[bins];
		double[] deltas = new double[members.size()];
		int up = 0;
		int down = 0;
		for (int i = 0; i < deltas.length; i++) {
			oldHistogram[bin(before.totals()[i], bins)]++;
			newHistogram[bin(after.totals()[i], bins)]++;
			deltas[i] = after.totals()[i] - before.totals()[i];
			up += deltas[i] > EPSILON ? 1 : 0;
			down += deltas[i] < -EPSILON ? 1 : 0;
		}
		return new ImpactReport(oldRevision, newRevision, levelNames, population.source(), population.where(), members.size(), population.composites(),
				population.drawnRatings(), population.unreadable(), transitions, oldHistogram, newHistogram, statistics(deltas, up, down), attribution,
				sensitivity == null ? null : List.copyOf(sensitivity), sensitivityScope, millis);
	}

	static int[][] matrix(int levels, int[] from, int[] to, IntPredicate which) {
		int[][] m = new int[levels + 1][levels + 1];
		for (int i = 0; i < from.length; i++) {
			if (which.test(i)) {
				m[from[i]][to[i]]++;
			}
		}
		return m;
	}

	/** The sectors in the order met (composites last), without the total. */
	public List<String> sectors() {
		List<String> sectors = new ArrayList<>(transitions.keySet());
		sectors.remove(ALL);
		return sectors;
	}

	/** Whether no enterprise changed level: the matrix over all enterprises is diagonal. */
	public boolean isDiagonal() {
		int[][] m = transitions.get(ALL);
		for (int i = 0; i < m.length; i++) {
			for (int j = 0; j < m.length; j++) {
				if (i != j && m[i][j] != 0) {
					return false;
				}
			}
		}
		return true;
	}

	private static int bin(double s, int bins) {
		return Math.max(0, Math.min(bins - 1, (int) Math.floor(s / BIN + 1e-9)));
	}

	private static DeltaStatistics statistics(double[] deltas, int up, int down) {
		if (deltas.length == 0) {
			return new DeltaStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0);
		}
		double[] sorted = deltas.clone();
		Arrays.sort(sorted);
		double mean = Arrays.stream(deltas).sum() / deltas.length;
		return new DeltaStatistics(mean, sorted[0], rank(sorted, 0.1), rank(sorted, 0.5), rank(sorted, 0.9), sorted[sorted.length - 1], up, down,
				deltas.length - up - down);
	}

	private static double rank(double[] sorted, double q) {
		int k = (int) Math.ceil(q * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
	}
}
