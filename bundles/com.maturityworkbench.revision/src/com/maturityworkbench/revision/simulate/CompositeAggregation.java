package com.maturityworkbench.revision.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.compiled.CompiledScore;
import com.maturityworkbench.scoring.engine.Aggregations;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.Determination;

/**
 * Annex A over compiled unit scores: type weight = Σ output of the type's units / total output; A_SUM(i) = Σ_type
 * weight · agg(A(i) of the type's units) with the revision's aggregation (the runtime's {@link Aggregations}); then S
 * and the level by the runtime's determination. The same arithmetic as the engine's composite scoring, over the
 * units' exact A(i) from the compiled scorers (the tests compare both).
 */
final class CompositeAggregation {
	private CompositeAggregation() {
	}

	static Determination determine(RevisionModel model, ScoringEngine engine, List<String> sectors, List<Rational> outputs, List<CompiledScore> scores,
			boolean progressive) {
		Rational total = outputs.stream().reduce(Rational.ZERO, Rational::add);
		Rational[] sum = new Rational[model.levelCount()];
		Arrays.fill(sum, Rational.ZERO);
		for (String sector : model.sectors()) {
			List<Integer> ofType = new ArrayList<>();
			Rational output = Rational.ZERO;
			for (int u = 0; u < sectors.size(); u++) {
				if (sectors.get(u).equals(sector)) {
					ofType.add(u);
					output = output.add(outputs.get(u));
				}
			}
			if (ofType.isEmpty()) {
				continue;
			}
			Rational weight = output.divide(total);
			for (int level = 1; level <= model.levelCount(); level++) {
				final int l = level;
				Rational agg = Aggregations.aggregate(model.composite().aggregation(), ofType.stream().map(u -> scores.get(u).levelScore(l)).toList()).value();
				sum[level - 1] = sum[level - 1].add(weight.multiply(agg));
			}
		}
		return engine.determine(List.of(sum), progressive);
	}
}
