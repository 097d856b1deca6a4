package com.maturityworkbench.revision.report;

import static com.maturityworkbench.revision.report.DiffTexts.M;

import java.util.Locale;

import com.maturityworkbench.revision.simulate.ImpactChange;
import com.maturityworkbench.revision.simulate.ImpactReport;
import com.maturityworkbench.revision.simulate.SensitivityScope;
import com.maturityworkbench.revision.simulate.Population;
import com.maturityworkbench.scoring.Rational;

/** The words every report of an impact simulation uses, in the current language: levels, sectors, populations, changes, numbers. */
final class ImpactTexts {
	private ImpactTexts() {
	}

	/** 未达一级 for level 0, else the level's name. */
	static String level(ImpactReport r, int level) {
		return level == 0 ? M.text("sim.below") : r.levelNames().get(level - 1);
	}

	/** A matrix's key as shown: all enterprises, composite enterprises, or the sector's name. */
	static String group(String key) {
		return key.equals(ImpactReport.ALL) ? M.text("sim.matrix.all") : key.equals(ImpactReport.COMPOSITE) ? M.text("sim.matrix.composite") : key;
	}

	static String population(ImpactReport r) {
		return r.source() == Population.Source.SYNTHETIC ? M.text("sim.population.synthetic", r.where()) : M.text("sim.population.folder", r.where());
	}

	static String drawnHow(ImpactReport r) {
		return M.text(r.source() == Population.Source.SYNTHETIC ? "sim.drawn.synthetic" : "sim.drawn.folder");
	}

	static String kind(String kind) {
		String key = "sim.kind." + kind;
		return M.has(key) ? M.text(key) : kind;
	}

	static String values(ImpactChange c) {
		return c.from().isEmpty() && c.to().isEmpty() ? "" : M.text("sim.attribution.values", DiffTexts.value(blank(c.from())), DiffTexts.value(blank(c.to())));
	}

	/** A weight (a fraction of the whole model) in percent, as the diff prints it. */
	static String weight(Rational w) {
		return DiffTexts.percent(w.multiply(Rational.valueOf(100)).toDecimal(6).stripTrailingZeros());
	}

	static String n(double v) {
		return String.format(Locale.ROOT, "%.4f", v);
	}

	static String n6(double v) {
		return String.format(Locale.ROOT, "%.6f", v);
	}

	static String n2(double v) {
		return String.format(Locale.ROOT, "%.2f", v);
	}

	private static String blank(String s) {
		return s.isEmpty() ? null : s;
	}

	/** Whether the sensitivity of the report was computed over a sample of the population. */
	public static boolean isSample(ImpactReport r) {
		return r.sensitivityScope() != null && r.sensitivityScope().mode() == SensitivityScope.Mode.SAMPLE;
	}

	/** Over which enterprises the sensitivity was computed, when not all of them: a sample, or none. */
	public static String sensitivityScope(ImpactReport r) {
		SensitivityScope s = r.sensitivityScope();
		return s.mode() == SensitivityScope.Mode.OFF ? M.text("sim.sensitivity.off") : M.text("sim.sensitivity.sample", s.sample(), r.enterprises(), s.seed());
	}
}
