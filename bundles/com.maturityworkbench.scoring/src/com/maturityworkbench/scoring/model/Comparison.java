package com.maturityworkbench.scoring.model;

import com.maturityworkbench.scoring.Rational;

/** How a level score is compared with the threshold (9.2): {@code >=} (Table 10's reading) or {@code >} (超过). */
public enum Comparison {
	AT_LEAST(">="), GREATER_THAN(">");

	private final String symbol;

	Comparison(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return symbol;
	}

	public boolean holds(Rational score, Rational threshold) {
		int c = score.compareTo(threshold);
		return this == AT_LEAST ? c >= 0 : c > 0;
	}

	public static Comparison ofSymbol(String symbol) {
		for (Comparison c : values()) {
			if (c.symbol.equals(symbol)) {
				return c;
			}
		}
		throw new IllegalArgumentException("unknown comparison " + symbol);
	}
}
