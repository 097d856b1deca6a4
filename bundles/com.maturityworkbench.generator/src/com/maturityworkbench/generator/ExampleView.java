package com.maturityworkbench.generator;

import java.util.ArrayList;
import java.util.List;

import com.maturityworkbench.dsl.maturity.ExampleRating;
import com.maturityworkbench.dsl.maturity.ExpectedValue;
import com.maturityworkbench.dsl.maturity.WorkedExample;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.WorkedExamples;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.DomainScore;
import com.maturityworkbench.scoring.result.LevelScore;
import com.maturityworkbench.scoring.result.ScoreResult;

/**
 * A worked example (计算示例) of the revision as the documentation prints it: the enterprise (sector, tailoring, the
 * rating lines) and its arithmetic worked out by the scoring engine — per level A(i) as the sum of its domains'
 * contributions Σ w′·C, whether it is met and what it counts, then S as the sum of the counted values and the band it
 * falls in. The revision is usable (generation requires it), so every example scores: its errors would have refused
 * it; an incomplete one (an error too) cannot reach here.
 */
public record ExampleView(String name, String title, String sector, List<String> tailored, List<String> ratings, List<Level> levels,
		String totalArithmetic, String levelName, String band) {

	/** One level: its A(i) worked out, the value the example states (null if none), met, counted. */
	public record Level(String name, String arithmetic, String expected, boolean met, String counted) {
	}

	public static List<ExampleView> of(Revision revision, RevisionModel model) {
		List<ExampleView> views = new ArrayList<>();
		for (WorkedExample e : revision.workedExamples()) {
			WorkedExamples.Rated rated = WorkedExamples.assessment(e, model);
			if (rated.unrated().isEmpty() && rated.unknownClauses().isEmpty()) {
				views.add(view(e, model, new ScoringEngine(model).score(rated.assessment(), model.determination().progressive())));
			}
		}
		return views;
	}

	private static ExampleView view(WorkedExample e, RevisionModel model, ScoreResult result) {
		List<String> ratings = new ArrayList<>();
		for (ExampleRating r : e.getRatings()) {
			String scope = r.isAll() ? "全部条款"
					: r.getClause() != null ? "条款 " + r.getClause()
							: (r.getTable() == null ? "" : r.getTable().getName() + " ") + (r.getLevel() == null ? "全部等级" : r.getLevel().getName());
			ratings.add(scope.trim() + "：" + r.getRating().getName() + "（" + r.getRating().getValue() + "）");
		}
		Determination d = result.determination();
		List<Level> levels = new ArrayList<>();
		List<String> counted = new ArrayList<>();
		for (LevelScore l : d.levels()) {
			List<String> terms = new ArrayList<>();
			for (DomainScore domain : result.domains()) {
				Rational c = domain.contributions().get(l.number() - 1);
				if (c != null && domain.weights().get(l.number() - 1) != null && !domain.weights().get(l.number() - 1).isZero()) {
					terms.add(domain.name() + " " + shown(c));
				}
			}
			String expected = e.getExpected().stream().filter(x -> x.getLevel() != null && x.getLevel().getName().equals(l.name()))
					.map(ExpectedValue::getValue).findFirst().orElse(null);
			levels.add(new Level(l.name(), String.join(" + ", terms) + " = " + shown(l.score()), expected, l.met(), shown(l.counted())));
			counted.add(shown(l.counted()));
		}
		Band band = model.determination().bands().stream().filter(b -> b.contains(d.total())).findFirst().orElse(null);
		String bandText = band == null ? "—" : "[" + band.low().toExactString() + ", " + band.high().toExactString() + (band.highClosed() ? "]" : ")");
		return new ExampleView(e.getName(), e.getTitle(), e.getSector().getName(),
				e.getTailored().stream().map(s -> s.getName()).toList(), ratings, levels, String.join(" + ", counted) + " = " + shown(d.total()),
				d.levelLabel(), bandText);
	}

	/** Exact when the decimal expansion is short, else rounded to 4 places with ≈. */
	private static String shown(Rational r) {
		String exact = r.toExactString();
		return exact.contains("/") || exact.length() > 8 ? "≈" + r.toDecimal(4).toPlainString() : exact;
	}
}
