package com.maturityworkbench.scoring.model;

import com.maturityworkbench.scoring.Rational;
import java.util.Objects;

/** One row of Table 10: level {@code levelName} when low ≤ S < high (or ≤ high when {@code highClosed}). */
public record Band(String levelName, Rational low, Rational high, boolean highClosed) {
	public Band {
		Objects.requireNonNull(levelName, "levelName");
		Objects.requireNonNull(low, "low");
		Objects.requireNonNull(high, "high");
		if (low.compareTo(high) > 0) {
			throw new IllegalArgumentException("band " + levelName + " has low " + low.toExactString() + " above high " + high.toExactString());
		}
	}

	public boolean contains(Rational s) {
		int h = s.compareTo(high);
		return s.compareTo(low) >= 0 && (highClosed ? h <= 0 : h < 0);
	}

	/** "[0.8, 1.8)" */
	public String describe() {
		return "[" + low.toExactString() + ", " + high.toExactString() + (highClosed ? "]" : ")");
	}
}
