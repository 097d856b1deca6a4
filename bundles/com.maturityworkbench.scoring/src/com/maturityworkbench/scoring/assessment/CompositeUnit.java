package com.maturityworkbench.scoring.assessment;

import com.maturityworkbench.scoring.Rational;
import java.util.Objects;

/** One unit of a composite enterprise (Annex A): its name, type (sector), output value and own assessment. */
public record CompositeUnit(String name, String sector, Rational output, Assessment assessment) {
	public CompositeUnit {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(output, "output");
		Objects.requireNonNull(assessment, "assessment");
	}
}
