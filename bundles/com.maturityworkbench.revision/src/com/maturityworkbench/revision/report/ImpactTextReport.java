package com.maturityworkbench.revision.report;

import static com.maturityworkbench.revision.report.DiffTexts.M;

import java.util.Locale;

import com.maturityworkbench.revision.simulate.ImpactReport;

/** The impact simulation as plain text: population, ΔS, the transition matrices, the distribution of S, timings. */
public final class ImpactTextReport {
	private ImpactTextReport() {
	}

	public static String of(ImpactReport r) {
		StringBuilder out = new StringBuilder();
		out.append(M.text("sim.title", r.oldRevision(), r.newRevision())).append('\n');
		out.append(M.text("sim.population", r.population(), r.enterprises())).append('\n');
		out.append(M.text("sim.drawn", r.drawnRatings())).append('\n');
		ImpactReport.DeltaStatistics d = r.delta();
		out.append(M.text("sim.delta", n(d.mean()), n(d.min()), n(d.p10()), n(d.p50()), n(d.p90()), n(d.max()), d.up(), d.down(), d.same())).append('\n');
		for (String key : r.transitions().keySet()) {
			out.append('\n').append(M.text("sim.matrix", key.equals(ImpactReport.ALL) ? M.text("sim.matrix.all") : key)).append('\n');
			matrix(out, r, r.transitions().get(key));
		}
		out.append('\n').append(M.text("sim.histogram")).append('\n');
		for (int b = 0; b < r.oldHistogram().length; b++) {
			out.append(M.text("sim.histogram.row", n2(b * ImpactReport.BIN), n2((b + 1) * ImpactReport.BIN), r.oldHistogram()[b], r.newHistogram()[b]))
					.append('\n');
		}
		out.append('\n').append(M.text("sim.times", r.generationMillis(), r.scoringMillis())).append('\n');
		return out.toString();
	}

	/** How a synthetic population is described in the reports. */
	public static String syntheticPopulation(long seed) {
		return M.text("sim.population.synthetic", seed);
	}

	private static void matrix(StringBuilder out, ImpactReport r, int[][] m) {
		out.append(String.format(Locale.ROOT, "  %-6s", ""));
		for (int j = 0; j < m.length; j++) {
			out.append(String.format(Locale.ROOT, "%8s", label(r, j)));
		}
		out.append('\n');
		for (int i = 0; i < m.length; i++) {
			out.append(String.format(Locale.ROOT, "  %-6s", label(r, i)));
			for (int j = 0; j < m.length; j++) {
				out.append(String.format(Locale.ROOT, "%8d", m[i][j]));
			}
			out.append('\n');
		}
	}

	/** 未达一级 for level 0, else the level's name. */
	static String label(ImpactReport r, int level) {
		return level == 0 ? M.text("sim.below") : r.levelNames().get(level - 1);
	}

	private static String n(double v) {
		return String.format(Locale.ROOT, "%.4f", v);
	}

	private static String n2(double v) {
		return String.format(Locale.ROOT, "%.2f", v);
	}
}
