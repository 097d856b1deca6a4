package com.maturityworkbench.scoring.model;

import com.maturityworkbench.scoring.Rational;
import java.util.Objects;

/** One named value of the rating scale (Table 9), e.g. 大部分满足 = 0.8. */
public record RatingValue(String name, Rational value) {
	public RatingValue {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(value, "value");
	}
}
