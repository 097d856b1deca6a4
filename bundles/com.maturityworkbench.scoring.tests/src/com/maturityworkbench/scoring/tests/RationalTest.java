package com.maturityworkbench.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maturityworkbench.scoring.Rational;
import org.junit.jupiter.api.Test;

class RationalTest {
	@Test
	void meanOfThreeRatingsIsExact() {
		// (1 + 0.8 + 0.5) / 3 = 2.3 / 3 = 23/30, a repeating decimal 0.7666...
		Rational sum = Rational.parse("1").add(Rational.parse("0.8")).add(Rational.parse("0.5"));
		assertEquals(Rational.of(23, 30), sum.divide(Rational.of(3, 1)));
		assertEquals("0.7667", sum.divide(Rational.of(3, 1)).toDecimal(4).toPlainString());
	}

	@Test
	void pointEightIsExactlyFourFifths() {
		assertEquals(0, Rational.parse("0.8").compareTo(Rational.of(4, 5)));
		assertTrue(Rational.parse("0.80").equals(Rational.of(4, 5)));
	}
}
