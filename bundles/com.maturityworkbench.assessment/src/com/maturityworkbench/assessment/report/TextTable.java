package com.maturityworkbench.assessment.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns line up in a terminal with Chinese text (CJK characters count two columns). */
final class TextTable {
	private final List<String[]> rows = new ArrayList<>();
	private final boolean[] rightAligned;

	/** @param alignment one letter per column: 'l' left, 'r' right */
	TextTable(String alignment) {
		rightAligned = new boolean[alignment.length()];
		for (int i = 0; i < alignment.length(); i++) {
			rightAligned[i] = alignment.charAt(i) == 'r';
		}
	}

	TextTable row(String... cells) {
		rows.add(cells);
		return this;
	}

	/** The rows, each starting with {@code indent}, columns separated by two spaces, no trailing blanks. */
	String render(String indent) {
		int[] widths = new int[rightAligned.length];
		for (String[] r : rows) {
			for (int i = 0; i < r.length && i < widths.length; i++) {
				widths[i] = Math.max(widths[i], width(r[i]));
			}
		}
		StringBuilder sb = new StringBuilder();
		for (String[] r : rows) {
			StringBuilder line = new StringBuilder(indent);
			for (int i = 0; i < r.length && i < widths.length; i++) {
				String cell = r[i] == null ? "" : r[i];
				String gap = " ".repeat(widths[i] - width(cell));
				if (i > 0) {
					line.append("  ");
				}
				line.append(rightAligned[i] ? gap + cell : cell + gap);
			}
			sb.append(line.toString().stripTrailing()).append('\n');
		}
		return sb.toString();
	}

	/** Display width: East Asian wide and full-width characters count 2. */
	static int width(String s) {
		if (s == null) {
			return 0;
		}
		int w = 0;
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			w += wide(cp) ? 2 : 1;
			i += Character.charCount(cp);
		}
		return w;
	}

	private static boolean wide(int cp) {
		return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF || cp >= 0x3400 && cp <= 0x4DBF
				|| cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF
				|| cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
	}
}
