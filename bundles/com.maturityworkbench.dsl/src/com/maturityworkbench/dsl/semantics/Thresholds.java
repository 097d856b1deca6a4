package com.maturityworkbench.dsl.semantics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentages that a clause sets as a threshold (覆盖率≥80%, 数据采集点大于 70%, 营业额增加(10%,20%]), each with what
 * it measures: the words before it back to the previous comma or stop, so that the same measure can be followed
 * from level to level within a row. Pure functions over a string.
 */
public final class Thresholds {
	/** A threshold: what it measures, its value in percent, whether it is an upper bound, where it is written. */
	public record Threshold(String measure, BigDecimal percent, boolean upperBound, int offset, int length) {
	}

	private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
	private static final Pattern UPPER = Pattern.compile("((?<!不)小于|(?<!不)低于|不高于|不超过|不大于|≤|<=|<)\\s*[(\\[（]?\\s*$");
	private static final String BOUNDARIES = "，。；：,;:！？\n";

	private Thresholds() {
	}

	public static List<Threshold> in(String text) {
		List<Threshold> result = new ArrayList<>();
		if (text == null || text.indexOf('%') < 0) {
			return result;
		}
		Matcher m = PERCENT.matcher(text);
		while (m.find()) {
			int from = m.start();
			while (from > 0 && BOUNDARIES.indexOf(text.charAt(from - 1)) < 0) {
				from--;
			}
			String before = text.substring(from, m.start());
			String measure = before.replaceAll("[\\s\\d.%()\\[\\]（）【】≥≤<>=]", "")
					.replaceAll("(大于|高于|超过|不低于|不少于|达到|小于|低于|不高于|不超过|不大于)$", "");
			if (measure.length() < 2) {
				continue; // the upper end of an interval (10%,20%], or a bare number
			}
			boolean upper = UPPER.matcher(before).find() || text.startsWith("以下", m.end()) || text.startsWith("以内", m.end());
			result.add(new Threshold(measure, new BigDecimal(m.group(1)), upper, m.start(), m.end() - m.start()));
		}
		return result;
	}
}
