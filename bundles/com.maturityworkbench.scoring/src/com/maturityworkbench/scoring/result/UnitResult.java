package com.maturityworkbench.scoring.result;

import com.maturityworkbench.scoring.Rational;

/** One unit of a composite enterprise: its share of the total output value and its own score. */
public record UnitResult(String name, String sector, Rational output, Rational share, ScoreResult result) {
}
