package com.maturityworkbench.dsl.validation;

/**
 * The length of a finding's message. A message quotes the names and texts it is about, and a name may be as long as a
 * garbled file makes it (100,000 characters, pasted twice into one message, made gigabytes of {@code validate}
 * output); a message over {@value #MAX} characters keeps its beginning and its end and says how much was left out.
 */
public final class FindingText {
	/** The longest message shown whole; the draft's longest is under 400 characters. */
	public static final int MAX = 1_000;
	private static final int HEAD = 600;
	private static final int TAIL = 200;

	private FindingText() {
	}

	/** The message, or its beginning and end with the count of the characters left out between them. */
	public static String capped(String message) {
		if (message == null || message.length() <= MAX) {
			return message;
		}
		int head = boundary(message, HEAD);
		int tail = boundary(message, message.length() - TAIL);
		return message.substring(0, head) + ValidationMessages.text("finding.cut", tail - head) + message.substring(tail);
	}

	/** {@code index}, moved back off the second half of a surrogate pair. */
	private static int boundary(String s, int index) {
		return index > 0 && Character.isLowSurrogate(s.charAt(index)) && Character.isHighSurrogate(s.charAt(index - 1)) ? index - 1 : index;
	}
}
