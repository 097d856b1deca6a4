package com.maturityworkbench.dsl.semantics;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a requirement row's printed name is compared with the weighted subdomains' names. */
public final class SubdomainNames {
	/** Drafting notes left in a name: (待完善), （完善到此）, ... */
	public static final Pattern DRAFTING_NOTE = Pattern.compile("[(（]\\s*(待完善|完善到此|待补充|待定|待修改|TBD)\\s*[)）]");

	private SubdomainNames() {
	}

	/** The name without drafting notes and white space: what the row means. */
	public static String normalize(String printed) {
		if (printed == null) {
			return "";
		}
		return DRAFTING_NOTE.matcher(printed).replaceAll("").replaceAll("[\\s\\u3000]+", "");
	}

	public static String draftingNote(String printed) {
		Matcher m = DRAFTING_NOTE.matcher(printed == null ? "" : printed);
		return m.find() ? m.group() : null;
	}

	/**
	 * True when two different names probably mean the same subdomain: one contains the other
	 * (技术创新 / 技术创新与改造), they share most of their character bigrams, they share head and tail, or they
	 * share a leading word of two or more characters that is at least half of the longer name (仓储配送 / 仓储物流).
	 */
	public static boolean probablySame(String a, String b) {
		String x = normalize(a);
		String y = normalize(b);
		if (x.isEmpty() || y.isEmpty() || x.equals(y)) {
			return false;
		}
		if (x.length() >= 2 && y.length() >= 2 && (x.contains(y) || y.contains(x))) {
			return true;
		}
		int prefix = commonPrefix(x, y);
		return dice(x, y) >= 0.5 || (prefix >= 2 && commonSuffix(x, y) >= 2)
				|| (prefix >= 2 && 2 * prefix >= Math.max(x.length(), y.length()));
	}

	private static int commonPrefix(String x, String y) {
		int n = 0;
		while (n < x.length() && n < y.length() && x.charAt(n) == y.charAt(n)) {
			n++;
		}
		return n;
	}

	private static int commonSuffix(String x, String y) {
		int n = 0;
		while (n < x.length() && n < y.length() && x.charAt(x.length() - 1 - n) == y.charAt(y.length() - 1 - n)) {
			n++;
		}
		return n;
	}

	private static double dice(String x, String y) {
		Set<String> bx = bigrams(x);
		Set<String> by = bigrams(y);
		if (bx.isEmpty() || by.isEmpty()) {
			return 0;
		}
		Set<String> both = new HashSet<>(bx);
		both.retainAll(by);
		return 2.0 * both.size() / (bx.size() + by.size());
	}

	private static Set<String> bigrams(String s) {
		Set<String> result = new HashSet<>();
		for (int i = 0; i + 1 < s.length(); i++) {
			result.add(s.substring(i, i + 2));
		}
		return result;
	}
}
