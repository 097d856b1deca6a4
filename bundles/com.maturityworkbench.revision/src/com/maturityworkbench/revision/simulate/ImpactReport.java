package com.maturityworkbench.revision.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.revision.simulate.ImpactSimulation.Outcome;

/**
 * What a population's scores do from the old revision to the new one: per sector and in all, the level transition
 * matrix (rows: level under the old revision, columns: under the new one; 0 is below the lowest band), the
 * distribution of S before and after in bins of 0.25, and ΔS = S(new) − S(old): mean, extremes and quantiles
 * (nearest rank). Also how many ratings were drawn from the enterprises' profiles for clauses new in the new revision.
 */
public record ImpactReport(String oldRevision, String newRevision, List<String> levelNames, int enterprises, Map<String, int[][]> transitions,
		int[] oldHistogram, int[] newHistogram, DeltaStatistics delta, long drawnRatings, String population, double generationMillis,
		double scoringMillis) {
	/** Width of a histogram bin of S. */
	public static final double BIN = 0.25;
	/** The key of the matrix over all sectors. */
	public static final String ALL = "*";

	public record DeltaStatistics(double mean, double min, double p10, double p50, double p90, double max, int up, int down, int same) {
	}

	public static ImpactReport of(String oldRevision, String newRevision, List<String> levelNames, List<Outcome> outcomes, String population,
			double generationMillis, double scoringMillis) {
		int levels = levelNames.size();
		Map<String, int[][]> transitions = new LinkedHashMap<>();
		transitions.put(ALL, new int[levels + 1][levels + 1]);
		int bins = (int) Math.round(levels / BIN);
		int[] before = new int[bins];
		int[] after = new int[bins];
		double[] deltas = new double[outcomes.size()];
		long drawn = 0;
		int up = 0;
		int down = 0;
		for (int i = 0; i < outcomes.size(); i++) {
			Outcome o = outcomes.get(i);
			transitions.computeIfAbsent(o.sector(), s -> new int[levels + 1][levels + 1])[o.oldLevel()][o.newLevel()]++;
			transitions.get(ALL)[o.oldLevel()][o.newLevel()]++;
			before[bin(o.oldTotal(), bins)]++;
			after[bin(o.newTotal(), bins)]++;
			deltas[i] = o.newTotal() - o.oldTotal();
			up += deltas[i] > 1e-12 ? 1 : 0;
			down += deltas[i] < -1e-12 ? 1 : 0;
			drawn += o.drawn();
		}
		return new ImpactReport(oldRevision, newRevision, levelNames, outcomes.size(), transitions, before, after,
				statistics(deltas, up, down), drawn, population, generationMillis, scoringMillis);
	}

	/** The sectors in the order met, without the total. */
	public List<String> sectors() {
		List<String> sectors = new ArrayList<>(transitions.keySet());
		sectors.remove(ALL);
		return sectors;
	}

	/** Whether no enterprise changed level: the matrix over all sectors is diagonal. */
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
