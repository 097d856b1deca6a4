package com.maturityworkbench.generator;

import java.util.ArrayList;
import java.util.List;

import com.maturityworkbench.dsl.maturity.ExampleRating;
import com.maturityworkbench.dsl.maturity.ExampleUnit;
import com.maturityworkbench.dsl.maturity.ExpectedValue;
import com.maturityworkbench.dsl.maturity.WorkedExample;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.WorkedExamples;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.CompositeResult;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.DomainScore;
import com.maturityworkbench.scoring.result.LevelScore;
import com.maturityworkbench.scoring.result.ScoreResult;
import com.maturityworkbench.scoring.result.TypeAggregate;
import com.maturityworkbench.scoring.result.UnitResult;

/**
 * A worked example (计算示例) of the revision as the documentation prints it: the enterprise (sector, tailoring, the
 * rating lines) and its arithmetic worked out by the scoring engine — per level A(i) as the sum of its domains'
 * contributions Σ w′·C, whether it is met and what it counts, then S as the sum of the counted values and the band it
 * falls in. A composite example (附录A) lists its units (type, output, tailoring, rating lines, their own A(i)) and the
 * types' weights, and works A_SUM(i) out as Σ type weight × the type's aggregated A(i). The revision is usable
 * (generation requires it), so every example scores: its errors would have refused it; an incomplete one (an error
 * too) cannot reach here. The lines are worded in the {@link com.maturityworkbench.scoring.i18n.Language#current() current
 * language} when the view is built (the generator's {@code doc.examples.*} messages).
 *
 * @param units for a composite, one line per unit; empty for an enterprise of one sector
 * @param types for a composite, each type with its weight (output share); empty otherwise
 */
public record ExampleView(String name, String title, String sector, List<String> tailored, List<String> ratings, List<Level> levels,
		String totalArithmetic, String levelName, String band, List<String> units, List<String> types) {

	/** One level: its A(i) worked out, the value the example states (null if none), met, counted. */
	public record Level(String name, String arithmetic, String expected, boolean met, String counted) {
	}

	public static List<ExampleView> of(Revision revision, RevisionModel model) {
		List<ExampleView> views = new ArrayList<>();
		for (WorkedExample e : revision.workedExamples()) {
			if (e.isComposite()) {
				WorkedExamples.RatedComposite rated = WorkedExamples.composite(e, model);
				if (rated.complete()) {
					views.add(composite(e, model, new ScoringEngine(model).scoreComposite(rated.composite(), model.determination().progressive())));
				}
				continue;
			}
			WorkedExamples.Rated rated = WorkedExamples.assessment(e, model);
			if (rated.unrated().isEmpty() && rated.unknownClauses().isEmpty()) {
				views.add(view(e, model, new ScoringEngine(model).score(rated.assessment(), model.determination().progressive())));
			}
		}
		return views;
	}

	private static ExampleView view(WorkedExample e, RevisionModel model, ScoreResult result) {
		Determination d = result.determination();
		List<Level> levels = new ArrayList<>();
		for (LevelScore l : d.levels()) {
			List<String> terms = new ArrayList<>();
			for (DomainScore domain : result.domains()) {
				Rational c = domain.contributions().get(l.number() - 1);
				if (c != null && domain.weights().get(l.number() - 1) != null && !domain.weights().get(l.number() - 1).isZero()) {
					terms.add(domain.name() + " " + shown(c));
				}
			}
			levels.add(level(e, l, String.join(" + ", terms)));
		}
		return new ExampleView(e.getName(), e.getTitle(), e.getSector().getName(), e.getTailored().stream().map(s -> s.getName()).toList(),
				ratings(e.getRatings()), levels, total(d), d.levelLabel(), band(model, d), List.of(), List.of());
	}

	/** A composite: per level Σ type weight × aggregated A(i); the units with their ratings and their own A(i). */
	private static ExampleView composite(WorkedExample e, RevisionModel model, CompositeResult result) {
		Determination d = result.determination();
		List<Level> levels = new ArrayList<>();
		for (LevelScore l : d.levels()) {
			List<String> terms = new ArrayList<>();
			for (TypeAggregate t : result.types()) {
				terms.add(t.sector() + " " + shown(t.weight()) + " × " + shown(t.aggregated().get(l.number() - 1)));
			}
			levels.add(level(e, l, String.join(" + ", terms)));
		}
		List<String> units = new ArrayList<>();
		for (int i = 0; i < e.getUnits().size(); i++) {
			ExampleUnit u = e.getUnits().get(i);
			UnitResult r = result.units().get(i);
			String output = u.getShare() != null ? DocText.t("doc.examples.share", u.getShare()) : DocText.t("doc.examples.output", u.getOutput());
			String tailored = u.getTailored().isEmpty() ? "" : DocText.t("doc.examples.unit-tailored", DocText.list(u.getTailored().stream().map(s -> s.getName()).toList()));
			units.add(DocText.t("doc.examples.unit-line", u.getName(), u.getSector().getName(), output, tailored, String.join(DocText.t("doc.semicolons"), ratings(u.getRatings())),
					DocText.list(r.result().determination().scores().stream().map(ExampleView::shown).toList())));
		}
		List<String> types = result.types().stream().map(t -> DocText.t("doc.examples.type-line", t.sector(), shown(t.weight()), DocText.list(t.unitNames()))).toList();
		return new ExampleView(e.getName(), e.getTitle(), DocText.t("doc.examples.composite-sector"), List.of(), List.of(), levels, total(d), d.levelLabel(), band(model, d), units,
				types);
	}

	private static Level level(WorkedExample e, LevelScore l, String terms) {
		String expected = e.getExpected().stream().filter(x -> x.getLevel() != null && x.getLevel().getName().equals(l.name())).map(ExpectedValue::getValue)
				.findFirst().orElse(null);
		return new Level(l.name(), terms + " = " + shown(l.score()), expected, l.met(), shown(l.counted()));
	}

	private static List<String> ratings(List<ExampleRating> lines) {
		List<String> ratings = new ArrayList<>();
		for (ExampleRating r : lines) {
			String scope = r.isAll() ? DocText.t("doc.examples.all-clauses")
					: r.getClause() != null ? DocText.t("doc.examples.clause", r.getClause())
							: (r.getTable() == null ? "" : r.getTable().getName() + " ") + (r.getLevel() == null ? DocText.t("doc.examples.all-levels") : r.getLevel().getName());
			ratings.add(DocText.t("doc.examples.rating", scope.trim(), r.getRating().getName(), r.getRating().getValue()));

		}
		return ratings;
	}

	private static String total(Determination d) {
		return String.join(" + ", d.levels().stream().map(l -> shown(l.counted())).toList()) + " = " + shown(d.total());
	}

	private static String band(RevisionModel model, Determination d) {
		Band band = model.determination().bands().stream().filter(b -> b.contains(d.total())).findFirst().orElse(null);
		return band == null ? "—" : "[" + band.low().toExactString() + ", " + band.high().toExactString() + (band.highClosed() ? "]" : ")");
	}

	/** Exact when the decimal expansion is short, else rounded to 4 places with ≈. */
	private static String shown(Rational r) {
		String exact = r.toExactString();
		return exact.contains("/") || exact.length() > 8 ? "≈" + r.toDecimal(4).toPlainString() : exact;
	}
}
