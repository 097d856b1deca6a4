package com.maturityworkbench.scoring.result;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.Aggregation;
import java.util.List;

/**
 * The result of scoring a composite enterprise (Annex A): A_SUM(i) = Σ_type weight · agg(A(i) of its units),
 * then S and the level as for a single enterprise. Names the aggregation used. {@code plan} is the enterprise's
 * plan to the next level (each unit's own plan is in its {@link UnitResult}).
 */
public record CompositeResult(String revisionId, Aggregation aggregation, List<UnitResult> units, List<TypeAggregate> types,
		Determination determination, CompositePlan plan) {
	public CompositeResult {
		units = List.copyOf(units);
		types = List.copyOf(types);
	}

	/** A_SUM(i) for 1-based level {@code number}. */
	public Rational levelScore(int number) {
		return determination.score(number);
	}

	public Rational total() {
		return determination.total();
	}

	public int level() {
		return determination.level();
	}
}
