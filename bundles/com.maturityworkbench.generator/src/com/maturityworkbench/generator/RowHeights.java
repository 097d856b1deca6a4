package com.maturityworkbench.generator;

import java.util.List;

/**
 * The height a spreadsheet row needs to show its wrapped cells whole, for the XLSX templates (fastexcel writes heights,
 * it does not measure text): per cell the lines its text takes in its column — a CJK or full-width character is two
 * units of Excel's column width, any other one unit, each line break starts a line — and the row as high as its
 * tallest cell, at {@value #POINTS_PER_LINE} points a line of the default 11-point font, and at most
 * {@value #MAX_POINTS} points, the highest row a spreadsheet has (fastexcel refuses a higher one: a clause of some
 * thousand characters made the template's generation throw, found by {@code mwb fuzz}); a taller text is shown
 * scrolled in its cell.
 */
final class RowHeights {
	static final double POINTS_PER_LINE = 15;
	/** The highest row of Excel, LibreOffice and WPS. */
	static final double MAX_POINTS = 409;

	private RowHeights() {
	}

	/** The lines {@code text} takes in a column {@code width} characters wide. */
	static int lines(String text, double width) {
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			double units = 0;
			for (int i = 0; i < paragraph.length(); i = paragraph.offsetByCodePoints(i, 1)) {
				units += wide(paragraph.codePointAt(i)) ? 2 : 1;
			}
			lines += Math.max(1, (int) Math.ceil(units / Math.max(1, width - 1)));
		}
		return lines;
	}

	/** The row's height in points: its tallest cell, one line at least, {@value #MAX_POINTS} at most. */
	static double height(List<String> texts, List<Double> widths) {
		int lines = 1;
		for (int c = 0; c < texts.size(); c++) {
			lines = Math.max(lines, lines(texts.get(c), widths.get(c)));
		}
		return Math.min(MAX_POINTS, lines * POINTS_PER_LINE);
	}

	private static boolean wide(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || codePoint >= 0x3000 && codePoint <= 0x303F || codePoint >= 0xFF00 && codePoint <= 0xFFEF;
	}
}
