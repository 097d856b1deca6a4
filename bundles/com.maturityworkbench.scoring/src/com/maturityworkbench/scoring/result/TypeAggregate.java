package com.maturityworkbench.scoring.result;

import com.maturityworkbench.scoring.Rational;
import java.util.List;

/**
 * One enterprise type (sector) of a composite: its weight (output share), its units, and per level the
 * aggregated A(i) and the units the aggregation left out (only {@code TRIMMED} leaves units out).
 */
public record TypeAggregate(String sector, Rational weight, List<String> unitNames, List<Rational> aggregated, List<List<String>> excludedUnits) {
	public TypeAggregate {
		unitNames = List.copyOf(unitNames);
		aggregated = List.copyOf(aggregated);
		excludedUnits = excludedUnits.stream().map(List::copyOf).toList();
	}
}
