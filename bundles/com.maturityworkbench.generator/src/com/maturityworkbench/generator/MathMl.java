package com.maturityworkbench.generator;

import static com.maturityworkbench.scoring.html.Html.escape;

/**
 * The formulas of the documentation typeset as MathML Core (what browsers render natively and print): a few
 * constructors of presentation markup, each returning the element as text.
 */
final class MathMl {
	private MathMl() {
	}

	/** The formula as a displayed block. */
	static String block(String... content) {
		return "<math display=\"block\">" + String.join("", content) + "</math>";
	}

	/** An identifier (italic for one letter, as the standard sets variables). */
	static String mi(String name) {
		return "<mi>" + escape(name) + "</mi>";
	}

	static String mo(String operator) {
		return "<mo>" + escape(operator) + "</mo>";
	}

	static String mn(String number) {
		return "<mn>" + escape(number) + "</mn>";
	}

	/** Words inside a formula (能力域, 否则). */
	static String text(String words) {
		return "<mtext>" + escape(words) + "</mtext>";
	}

	static String row(String... content) {
		return "<mrow>" + String.join("", content) + "</mrow>";
	}

	static String sub(String base, String subscript) {
		return "<msub>" + base + subscript + "</msub>";
	}

	static String frac(String numerator, String denominator) {
		return "<mfrac>" + numerator + denominator + "</mfrac>";
	}

	/** Σ with limits below (and above, when {@code over} is not null). */
	static String sum(String under, String over) {
		return over == null ? "<munder><mo>∑</mo>" + under + "</munder>" : "<munderover><mo>∑</mo>" + under + over + "</munderover>";
	}

	/** f(args) with the arguments in parentheses. */
	static String call(String function, String... args) {
		StringBuilder b = new StringBuilder(function).append(mo("("));
		for (int i = 0; i < args.length; i++) {
			if (i > 0) {
				b.append(mo(","));
			}
			b.append(args[i]);
		}
		return b.append(mo(")")).toString();
	}
}
