package com.maturityworkbench.revision.report;

import static com.maturityworkbench.revision.report.DiffTexts.M;
import static com.maturityworkbench.revision.report.ImpactTexts.n;
import static com.maturityworkbench.revision.report.ImpactTexts.n2;
import static com.maturityworkbench.revision.report.ImpactTexts.n6;

import java.util.Locale;

import com.maturityworkbench.revision.simulate.ImpactReport;
import com.maturityworkbench.revision.simulate.ImpactReport.Attribution;
import com.maturityworkbench.revision.simulate.ImpactReport.Effect;
import com.maturityworkbench.revision.simulate.ImpactReport.Sensitivity;
import com.maturityworkbench.revision.simulate.Population.Unreadable;

/**
 * The impact simulation as plain text: population (and the files left out), ΔS, the transition matrices, the
 * distribution of S, the attribution and the sensitivity when computed, the times.
 */
public final class ImpactTextReport {
	/** Lines under a heading are indented (a properties value cannot start with blanks). */
	private static final String INDENT = "  ";

	private ImpactTextReport() {
	}

	public static String of(ImpactReport r) {
		StringBuilder out = new StringBuilder();
		out.append(M.text("sim.title", r.oldRevision(), r.newRevision())).append('\n');
		out.append(M.text("sim.population", ImpactTexts.population(r), r.enterprises(), r.composites())).append('\n');
		if (!r.unreadable().isEmpty()) {
			out.append(M.text("sim.unreadable", r.unreadable().size())).append('\n');
			for (Unreadable u : r.unreadable()) {
				u.problems().forEach(p -> out.append(INDENT + M.text("sim.unreadable.file", u.file(), p)).append('\n'));
			}
		}
		out.append(M.text("sim.drawn", r.drawnRatings())).append('\n');
		if (r.drawnRatings() > 0) {
			out.append(INDENT).append(ImpactTexts.drawnHow(r)).append('\n');
		}
		ImpactReport.DeltaStatistics d = r.delta();
		out.append(M.text("sim.delta", n(d.mean()), n(d.min()), n(d.p10()), n(d.p50()), n(d.p90()), n(d.max()), d.up(), d.down(), d.same())).append('\n');
		for (String key : r.transitions().keySet()) {
			out.append('\n').append(M.text("sim.matrix", ImpactTexts.group(key))).append('\n');
			matrix(out, r, r.transitions().get(key));
		}
		out.append('\n').append(M.text("sim.histogram")).append('\n');
		for (int b = 0; b < r.oldHistogram().length; b++) {
			out.append(INDENT + M.text("sim.histogram.row", n2(b * ImpactReport.BIN), n2((b + 1) * ImpactReport.BIN), r.oldHistogram()[b], r.newHistogram()[b]))
					.append('\n');
		}
		if (r.attribution() != null) {
			attribution(out, r.attribution());
		}
		if (r.sensitivity() != null) {
			out.append('\n').append(M.text("sim.sensitivity")).append('\n').append("  ").append(M.text("sim.sensitivity.definition")).append('\n');
			if (ImpactTexts.isSample(r)) {
				out.append("  ").append(ImpactTexts.sensitivityScope(r)).append('\n');
			}
			for (Sensitivity s : r.sensitivity()) {
				out.append(INDENT + M.text("sim.sensitivity.row", s.table(), s.domain(), s.subdomain(), ImpactTexts.weight(s.weight()), n6(s.meanDelta()),
						s.enterprises(), s.up(), s.down())).append('\n');
			}
		}
		if (r.sensitivity() == null && r.sensitivityScope() != null) {
			out.append('\n').append(ImpactTexts.sensitivityScope(r)).append('\n');
		}
		ImpactReport.Timings t = r.millis();
		out.append('\n').append(M.text("sim.times", t.generation(), t.generationCpu(), t.scoring(), t.scoringCpu(), t.attribution(), t.attributionCpu(), t.sensitivity(),
				t.sensitivityCpu())).append('\n');
		return out.toString();
	}

	private static void attribution(StringBuilder out, Attribution a) {
		out.append('\n').append(M.text("sim.attribution")).append('\n').append("  ").append(M.text("sim.attribution.definition")).append('\n');
		if (a.effects().isEmpty()) {
			out.append(INDENT + M.text("sim.attribution.none")).append('\n');
		}
		for (Effect e : a.effects()) {
			out.append(INDENT + M.text("sim.attribution.row", ImpactTexts.kind(e.change().kind()), e.change().subject(), ImpactTexts.values(e.change()),
					n6(e.meanDelta()), e.up(), e.down())).append('\n');
		}
		out.append(INDENT + M.text("sim.attribution.total", n6(a.total().meanDelta()), a.total().up(), a.total().down())).append('\n');
		out.append(INDENT + M.text("sim.attribution.remainder", n6(a.remainderMean()), a.remainderMoved())).append('\n');
		if (!a.unattributed().isEmpty()) {
			out.append(INDENT + M.text("sim.attribution.unattributed", String.join("、", a.unattributed().stream().map(ImpactTexts::kind).toList()))).append('\n');
		}
	}

	private static void matrix(StringBuilder out, ImpactReport r, int[][] m) {
		out.append(String.format(Locale.ROOT, "  %-6s", ""));
		for (int j = 0; j < m.length; j++) {
			out.append(String.format(Locale.ROOT, "%8s", ImpactTexts.level(r, j)));
		}
		out.append('\n');
		for (int i = 0; i < m.length; i++) {
			out.append(String.format(Locale.ROOT, "  %-6s", ImpactTexts.level(r, i)));
			for (int j = 0; j < m.length; j++) {
				out.append(String.format(Locale.ROOT, "%8d", m[i][j]));
			}
			out.append('\n');
		}
	}
}
