package com.maturityworkbench.scoring.model;

import java.util.Objects;

/** Annex A: type weights by output value, per-type aggregation of the units' level scores. */
public record CompositeRule(Aggregation aggregation) {
	public CompositeRule {
		Objects.requireNonNull(aggregation, "aggregation");
	}

	public static CompositeRule mean() {
		return new CompositeRule(Aggregation.MEAN);
	}
}
