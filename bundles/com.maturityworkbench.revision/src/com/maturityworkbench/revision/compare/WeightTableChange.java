package com.maturityworkbench.revision.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One weight table old → new: every row with its weights (null where the row has no weight on that side), the domain
 * subtotals, the table's sum and its part's target on both sides.
 */
public record WeightTableChange(String group, String oldTable, String newTable, List<Row> rows, List<DomainTotal> domains, BigDecimal oldSum,
		BigDecimal newSum, BigDecimal oldTarget, BigDecimal newTarget) {
	/** A subdomain's weight in percent, old and new; its domain and name as the new revision prints them if it has one. */
	public record Row(String domain, String oldName, String newName, BigDecimal oldWeight, BigDecimal newWeight) {
		public BigDecimal delta() {
			return (newWeight == null ? BigDecimal.ZERO : newWeight).subtract(oldWeight == null ? BigDecimal.ZERO : oldWeight);
		}

		public boolean isChanged() {
			return !same(oldWeight, newWeight) || !Objects.equals(oldName, newName);
		}
	}

	public record DomainTotal(String domain, BigDecimal oldSum, BigDecimal newSum) {
		public boolean isChanged() {
			return !same(oldSum, newSum);
		}
	}

	public boolean isChanged() {
		return rows.stream().anyMatch(Row::isChanged) || !same(oldSum, newSum) || targetChanged();
	}

	public boolean targetChanged() {
		return !same(oldTarget, newTarget);
	}

	static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}
}
