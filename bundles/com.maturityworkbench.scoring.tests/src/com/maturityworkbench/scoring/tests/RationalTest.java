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

	@Test
	void exactStringIsAPlainDecimalWhenFiniteElseTheFraction() {
		// 3/80 = 0.0375 terminates (denominator 2^4·5); 23/30 does not (factor 3)
		assertEquals("0.0375", Rational.of(3, 80).toExactString());
		assertEquals("23/30", Rational.of(23, 30).toExactString());
		assertEquals("5", Rational.valueOf(5).toExactString());
		assertEquals("-0.8", Rational.parse("-0.80").toExactString());
	}

	@Test
	void absMinAndMax() {
		assertEquals(Rational.of(1, 3), Rational.of(-1, 3).abs());
		assertEquals(Rational.of(1, 4), Rational.of(1, 3).min(Rational.of(1, 4)));
		assertEquals(Rational.of(1, 3), Rational.of(1, 3).max(Rational.of(1, 4)));
	}
}
