package com.maturityworkbench.scoring.assessment;

import java.util.List;
import java.util.Objects;

/** A composite enterprise (Annex A): units of types 采选/冶炼/加工 with their output values. */
public record CompositeAssessment(String revisionId, OutputBasis basis, List<CompositeUnit> units) {
	public CompositeAssessment {
		Objects.requireNonNull(revisionId, "revisionId");
		Objects.requireNonNull(basis, "basis");
		units = List.copyOf(Objects.requireNonNull(units, "units"));
	}
}
