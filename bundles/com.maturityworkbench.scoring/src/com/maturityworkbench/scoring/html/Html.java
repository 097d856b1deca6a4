package com.maturityworkbench.scoring.html;

/**
 * The one HTML escaper of the project: text and attribute values of every page it writes (the score reports, the
 * generated documentation, the comparison of two revisions) go through {@link #escape}.
 */
public final class Html {
	private Html() {
	}

	/** {@code s} with {@code & < > " '} as character references; null as the empty string. */
	public static String escape(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = null;
		for (int i = 0; i < s.length(); i++) {
			String ref = switch (s.charAt(i)) {
			case '&' -> "&amp;";
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '"' -> "&quot;";
			case '\'' -> "&#39;";
			default -> null;
			};
			if (ref != null && b == null) {
				b = new StringBuilder(s.length() + 16).append(s, 0, i);
			}
			if (b != null) {
				if (ref != null) {
					b.append(ref);
				} else {
					b.append(s.charAt(i));
				}
			}
		}
		return b == null ? s : b.toString();
	}
}
