package com.maturityworkbench.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.Aggregations;
import com.maturityworkbench.scoring.engine.Aggregations.Aggregate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Annex A aggregations over the units of one type, exact. */
class AggregationsTest {
	private static List<Rational> values(String... v) {
		return Stream.of(v).map(Rational::parse).toList();
	}

	@Test
	void meanOfThreeUnitsIsExact() {
		// (1 + 0.8 + 0.5) / 3 = 23/30
		assertEquals(Rational.of(23, 30), Aggregations.mean(values("1", "0.8", "0.5")));
	}

	@Test
	void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
		// sorted 0.2, 0.5, 0.7, 1 → (0.5 + 0.7) / 2 = 0.6
		assertEquals(Rational.parse("0.6"), Aggregations.median(values("0.7", "1", "0.2", "0.5")));
		assertEquals(Rational.parse("0.5"), Aggregations.median(values("0.7", "0.2", "0.5")));
	}

	@Test
	void trimmedMeanDropsAUnitBeyondThreeScaledMads() {
		// median 0.9; |x − 0.9| = 0.1, 0, 0, 0.1, 0.9 → MAD = 0.1; limit 3 · 1.4826 · 0.1 = 0.44478
		// 0 is 0.9 away → dropped; mean of 1, 0.9, 0.9, 0.8 = 3.6 / 4 = 0.9
		Aggregate a = Aggregations.trimmed(values("1", "0.9", "0.9", "0.8", "0"));
		assertEquals(Rational.parse("0.9"), a.value());
		assertEquals(List.of(4), a.excluded());
		assertEquals(Rational.parse("0.1"), Aggregations.mad(values("1", "0.9", "0.9", "0.8", "0")));
	}

	@Test
	void trimmedMeanKeepsAUnitJustInsideTheLimit() {
		// median 0.9, MAD 0.1, limit 0.44478: 0.9 − 0.45522 = 0.44478 is exactly at the limit → kept
		// mean = (1 + 0.9 + 0.9 + 0.8 + 0.45522) / 5 = 4.05522 / 5 = 0.811044
		Aggregate a = Aggregations.trimmed(values("1", "0.9", "0.9", "0.8", "0.45522"));
		assertEquals(List.of(), a.excluded());
		assertEquals(Rational.parse("0.811044"), a.value());
	}

	@Test
	void trimmedMeanKeepsEveryUnitWhenMadIsZero() {
		// median 1, deviations 0, 0, 0, 0.2, 1 → MAD = 0 → keep all: (1 + 1 + 1 + 0.8 + 0) / 5 = 0.76
		Aggregate a = Aggregations.trimmed(values("1", "1", "1", "0.8", "0"));
		assertEquals(List.of(), a.excluded());
		assertEquals(Rational.parse("0.76"), a.value());
	}
}
