package com.maturityworkbench.assessment.report;

import java.math.BigDecimal;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * How exact results are shown: the only place where scores are rounded. Decimals are rounded half-up to
 * {@value #PLACES} places, and every report says so ({@link #note()}); the result JSON carries the exact value
 * beside the rounded one ("0.7667" and "23/30").
 */
public final class Decimals {
	public static final int PLACES = 4;

	private Decimals() {
	}

	/** {@code value} rounded half-up to 4 decimals, e.g. 23/30 → 0.7667. */
	public static BigDecimal round(Rational value) {
		return value.toDecimal(PLACES);
	}

	/** "0.7667" (always 4 decimals). */
	public static String decimal(Rational value) {
		return round(value).toPlainString();
	}

	/** A weight fraction as a percentage with 4 decimals: 9/55 → "16.3636%". */
	public static String percent(Rational fraction) {
		return fraction.multiply(Rational.valueOf(100)).toDecimal(PLACES).toPlainString() + "%";
	}

	/** The exact value: "0.8", "23/30". */
	public static String exact(Rational value) {
		return value.toExactString();
	}

	/** The sentence every report ends with, in the current language. */
	public static String note() {
		return ReportMessages.M.text("rounding.note");
	}

	/** The same sentence in {@code language}. */
	public static String note(Language language) {
		return ReportMessages.M.text(language, "rounding.note");
	}
}
