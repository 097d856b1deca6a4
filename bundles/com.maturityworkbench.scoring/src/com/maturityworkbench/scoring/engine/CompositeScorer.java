package com.maturityworkbench.scoring.engine;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.model.Aggregation;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.CompositeResult;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.ScoreResult;
import com.maturityworkbench.scoring.result.TypeAggregate;
import com.maturityworkbench.scoring.result.UnitResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Annex A: every unit is scored on its own effective model; type weight = Σ output of the type / total
 * output; A_SUM(i) = Σ_type weight · agg(A(i) of the type's units), agg applied per level; then S and the
 * level as for one enterprise. Types appear in the revision's sector order. The enterprise's plan to the next
 * level comes from {@link CompositePlanner}.
 */
final class CompositeScorer {
	private CompositeScorer() {
	}

	/** {@code composite} must have been validated. */
	static CompositeResult score(ScoringEngine engine, CompositeAssessment composite, boolean progressive) {
		RevisionModel model = engine.model();
		Aggregation aggregation = model.composite().aggregation();
		Rational totalOutput = composite.units().stream().map(CompositeUnit::output).reduce(Rational.ZERO, Rational::add);
		List<UnitResult> units = new ArrayList<>();
		List<CompositePlanner.Unit> planned = new ArrayList<>();
		for (CompositeUnit u : composite.units()) {
			ScoreResult r = engine.scoreValidated(u.assessment(), progressive);
			units.add(new UnitResult(u.name(), u.sector(), u.output(), u.output().divide(totalOutput), r));
			planned.add(new CompositePlanner.Unit(u.name(), u.sector(), engine.effectiveModel(u.assessment()), u.assessment().ratings(), r.determination().scores()));
		}
		List<CompositePlanner.Type> plannedTypes = new ArrayList<>();
		List<TypeAggregate> types = new ArrayList<>();
		Rational[] sum = new Rational[model.levelCount()];
		Arrays.fill(sum, Rational.ZERO);
		for (String sector : model.sectors()) {
			List<UnitResult> ofType = units.stream().filter(u -> u.sector().equals(sector)).toList();
			if (ofType.isEmpty()) {
				continue;
			}
			Rational weight = ofType.stream().map(UnitResult::share).reduce(Rational.ZERO, Rational::add);
			List<Rational> aggregated = new ArrayList<>();
			List<List<String>> excluded = new ArrayList<>();
			for (int level = 1; level <= model.levelCount(); level++) {
				final int l = level;
				Aggregations.Aggregate agg = Aggregations.aggregate(aggregation, ofType.stream().map(u -> u.result().levelScore(l)).toList());
				aggregated.add(agg.value());
				excluded.add(agg.excluded().stream().map(i -> ofType.get(i).name()).toList());
				sum[level - 1] = sum[level - 1].add(weight.multiply(agg.value()));
			}
			plannedTypes.add(new CompositePlanner.Type(weight, IntStream.range(0, units.size()).filter(i -> units.get(i).sector().equals(sector)).boxed().toList()));
			types.add(new TypeAggregate(sector, weight, ofType.stream().map(UnitResult::name).toList(), aggregated, excluded));
		}
		Determination d = LevelDetermination.determine(model, List.of(sum), progressive);
		return new CompositeResult(model.revisionId(), aggregation, units, types, d, CompositePlanner.plan(model, aggregation, planned, plannedTypes, d));
	}
}
