package com.maturityworkbench.dsl.tests;

/** What an English finding may hold: Chinese only inside the quotes “…” or "…" around the revision's own words. */
public final class EnglishFindings {
	private EnglishFindings() {
	}

	/** The text with its quoted parts (“…”, nested ones too, and "…") taken out. */
	public static String unquoted(String text) {
		StringBuilder b = new StringBuilder();
		int depth = 0;
		boolean ascii = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '“') {
				depth++;
			} else if (c == '”') {
				depth = Math.max(0, depth - 1);
			} else if (c == '"' && depth == 0) {
				ascii = !ascii;
			} else if (depth == 0 && !ascii) {
				b.append(c);
			}
		}
		return b.toString();
	}

	/** Whether the text has a Han character or a full-width Chinese punctuation mark (，。；：、（）). */
	public static boolean hasChinese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || "，。；：、（）".indexOf(c) >= 0);
	}
}
