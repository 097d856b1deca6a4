package com.maturityworkbench.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** An exact rational number n/d in lowest terms with d &gt; 0. Immutable. */
public final class Rational implements Comparable<Rational> {
	public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
	public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

	private final BigInteger numerator;
	private final BigInteger denominator;
	/** Cached hash code, 0 until computed (benign race, as in String). */
	private int hash;

	private Rational(BigInteger numerator, BigInteger denominator) {
		this.numerator = numerator;
		this.denominator = denominator;
	}

	public static Rational of(BigInteger numerator, BigInteger denominator) {
		if (denominator.signum() == 0) {
			throw new ArithmeticException("denominator is zero");
		}
		if (denominator.signum() < 0) {
			numerator = numerator.negate();
			denominator = denominator.negate();
		}
		if (denominator.equals(BigInteger.ONE)) {
			return new Rational(numerator, BigInteger.ONE); // an integer: nothing to reduce
		}
		BigInteger g = numerator.gcd(denominator);
		if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
			numerator = numerator.divide(g);
			denominator = denominator.divide(g);
		}
		return new Rational(numerator, denominator);
	}

	public static Rational of(long numerator, long denominator) {
		return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
	}

	/** The integer {@code value} as a rational. */
	public static Rational valueOf(long value) {
		return of(BigInteger.valueOf(value), BigInteger.ONE);
	}

	/** Exact value of a decimal such as "0.8" or "12.5". */
	public static Rational of(BigDecimal decimal) {
		if (decimal.scale() <= 0) {
			return of(decimal.toBigIntegerExact(), BigInteger.ONE);
		}
		return of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
	}

	public static Rational parse(String decimal) {
		return of(new BigDecimal(decimal.trim()));
	}

	public BigInteger numerator() {
		return numerator;
	}

	public BigInteger denominator() {
		return denominator;
	}

	public Rational add(Rational o) {
		return of(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
	}

	public Rational subtract(Rational o) {
		return add(o.negate());
	}

	public Rational multiply(Rational o) {
		return of(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
	}

	public Rational divide(Rational o) {
		return of(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
	}

	public Rational negate() {
		return new Rational(numerator.negate(), denominator);
	}

	public Rational abs() {
		return numerator.signum() < 0 ? negate() : this;
	}

	public Rational min(Rational o) {
		return compareTo(o) <= 0 ? this : o;
	}

	public Rational max(Rational o) {
		return compareTo(o) >= 0 ? this : o;
	}

	public int signum() {
		return numerator.signum();
	}

	public boolean isZero() {
		return numerator.signum() == 0;
	}

	/** Rounded half-up to the given number of decimals, for output only. */
	public BigDecimal toDecimal(int decimals) {
		return new BigDecimal(numerator).divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_UP);
	}

	/**
	 * The exact value as text, never rounded: a plain decimal when the value has a finite decimal expansion
	 * ("0.8", "3", "0.0375"), otherwise the fraction in lowest terms ("23/30").
	 */
	public String toExactString() {
		BigInteger d = denominator;
		int twos = d.getLowestSetBit();
		d = d.shiftRight(twos);
		int fives = 0;
		BigInteger five = BigInteger.valueOf(5);
		while (d.mod(five).signum() == 0) {
			d = d.divide(five);
			fives++;
		}
		if (!d.equals(BigInteger.ONE)) {
			return toString();
		}
		int scale = Math.max(twos, fives);
		BigDecimal exact = new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.UNNECESSARY);
		return exact.stripTrailingZeros().toPlainString();
	}

	@Override
	public int compareTo(Rational o) {
		return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
	}

	@Override
	public boolean equals(Object o) {
		return o == this || o instanceof Rational r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
	}

	@Override
	public int hashCode() {
		int h = hash;
		if (h == 0) {
			h = numerator.hashCode() * 31 + denominator.hashCode();
			hash = h;
		}
		return h;
	}

	@Override
	public String toString() {
		return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
	}
}
