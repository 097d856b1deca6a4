package com.maturityworkbench.assessment.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Layout 4: the ratings of the members of the assessment panel (8.6.2: an odd number of experts), optional. In CSV and
 * in a requirement sheet, columns {@code panel_1 … panel_N} of the machine header (专家1 … 专家N in the Chinese header),
 * anywhere after the others; in JSON the member {@value JsonLayout#PANEL}, clause id → the members' ratings in order.
 * Each member rates as the {@code rating} column does. When a clause has the panel's ratings, the revision's consensus
 * rule ({@code panel consensus median}, the median by default) decides its rating; a rating written beside them must
 * agree with it. Readers read these columns; the templates and writers do not write them (an assessor adds them).
 */
public final class PanelColumns {
	private static final String PREFIX = "panel_";
	private static final String CHINESE_PREFIX = "专家";

	private PanelColumns() {
	}

	/** {@code panel_3}: the machine header of member {@code member} (1-based). */
	public static String header(int member) {
		return PREFIX + member;
	}

	/** {@code 专家3}: the Chinese header of member {@code member}. */
	public static String chinese(int member) {
		return CHINESE_PREFIX + member;
	}

	/** The indices of the panel columns in a header row (cells trimmed, any case), in member order. */
	public static List<Integer> indicesIn(List<String> headerCells) {
		Map<Integer, Integer> byMember = new TreeMap<>();
		for (int i = 0; i < headerCells.size(); i++) {
			String h = headerCells.get(i).strip().toLowerCase(Locale.ROOT);
			if (h.matches(PREFIX + "[1-9]\\d{0,2}")) {
				byMember.putIfAbsent(Integer.parseInt(h.substring(PREFIX.length())), i);
			}
		}
		return new ArrayList<>(byMember.values());
	}
}
