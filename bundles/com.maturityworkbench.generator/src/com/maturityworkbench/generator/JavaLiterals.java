package com.maturityworkbench.generator;

import java.util.ArrayList;
import java.util.List;

import com.maturityworkbench.scoring.Rational;

/** Java expressions for the values the generated code bakes: exact fractions, string lists, primitive arrays. */
final class JavaLiterals {
	private JavaLiterals() {
	}

	/** {@code Rational.of(3, 100)}; BigInteger form when a part does not fit in a long. */
	static String rational(Rational r) {
		if (r.numerator().bitLength() < 64 && r.denominator().bitLength() < 64) {
			return "Rational.of(" + r.numerator() + ", " + r.denominator() + ")";
		}
		return "Rational.of(new java.math.BigInteger(\"" + r.numerator() + "\"), new java.math.BigInteger(\"" + r.denominator() + "\"))";
	}

	/** A weight fraction as an exact percentage for a comment: 3/100 → "3%". */
	static String percent(Rational fraction) {
		return fraction.multiply(Rational.valueOf(100)).toExactString() + "%";
	}

	/** String literals separated by commas, four to a line; continuation lines start with {@code indent}. */
	static String stringList(List<String> values, String indent) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < values.size(); i += 4) {
			lines.add(String.join(", ", values.subList(i, Math.min(values.size(), i + 4)).stream().map(Names::javaString).toList()));
		}
		return String.join(",\n" + indent, lines);
	}

	/** {@code "a", "b"} */
	static String strings(List<String> values) {
		return String.join(", ", values.stream().map(Names::javaString).toList());
	}

	static String ints(int[] values) {
		List<String> s = new ArrayList<>();
		for (int v : values) {
			s.add(String.valueOf(v));
		}
		return array(s);
	}

	static String longs(long[] values) {
		List<String> s = new ArrayList<>();
		for (long v : values) {
			s.add(v + "L");
		}
		return array(s);
	}

	static String booleans(boolean[] values) {
		List<String> s = new ArrayList<>();
		for (boolean v : values) {
			s.add(String.valueOf(v));
		}
		return array(s);
	}

	/** An array initializer, sixteen items to a line: {@code { 1, 2 }}, or {@code {}}. */
	private static String array(List<String> items) {
		if (items.isEmpty()) {
			return "{}";
		}
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < items.size(); i += 16) {
			lines.add(String.join(", ", items.subList(i, Math.min(items.size(), i + 16))));
		}
		return "{ " + String.join(",\n\t\t\t", lines) + " }";
	}
}
