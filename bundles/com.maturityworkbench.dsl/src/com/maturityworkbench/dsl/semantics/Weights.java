package com.maturityworkbench.dsl.semantics;

import java.math.BigDecimal;
import java.util.List;

import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;

/** Exact decimal arithmetic on the percentages of the weight tables. */
public final class Weights {
	private Weights() {
	}

	/** "3%" or "2.5 %" as the exact decimal 3 or 2.5; null when unreadable. */
	public static BigDecimal percent(String printed) {
		if (printed == null) {
			return null;
		}
		String s = printed.replace("%", "").trim();
		try {
			return new BigDecimal(s);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	public static BigDecimal sum(WeightDomain domain) {
		BigDecimal sum = BigDecimal.ZERO;
		for (WeightedSubdomain s : domain.getSubdomains()) {
			BigDecimal w = percent(s.getWeight());
			if (w != null) {
				sum = sum.add(w);
			}
		}
		return sum;
	}

	public static BigDecimal sum(WeightTable table) {
		BigDecimal sum = BigDecimal.ZERO;
		for (WeightDomain d : table.getDomains()) {
			sum = sum.add(sum(d));
		}
		return sum;
	}

	public static BigDecimal sum(List<WeightTable> tables) {
		BigDecimal sum = BigDecimal.ZERO;
		for (WeightTable t : tables) {
			sum = sum.add(sum(t));
		}
		return sum;
	}

	/** Prints a percentage as the standard does: 49%, 2.5%. */
	public static String show(BigDecimal percent) {
		return percent.stripTrailingZeros().toPlainString() + "%";
	}
}
