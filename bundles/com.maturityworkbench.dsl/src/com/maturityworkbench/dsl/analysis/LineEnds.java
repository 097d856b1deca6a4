package com.maturityworkbench.dsl.analysis;

import java.util.regex.Pattern;

/** The line ends of a revision's text: CRLF, LF and a lone CR each end a line (as they do for LSP clients and editors). */
public final class LineEnds {
	private static final Pattern LONE_CR = Pattern.compile("\r(?!\n)");

	private LineEnds() {
	}

	/** Whether the text has a carriage return that no line feed follows. */
	public static boolean hasLoneCr(String text) {
		return text.indexOf('\r') >= 0 && LONE_CR.matcher(text).find();
	}

	/**
	 * The text with a line feed in place of each carriage return that no line feed follows: the same length, offsets
	 * and lines.
	 */
	public static String loneCrAsLf(String text) {
		return text.indexOf('\r') < 0 ? text : LONE_CR.matcher(text).replaceAll("\n");
	}
}
