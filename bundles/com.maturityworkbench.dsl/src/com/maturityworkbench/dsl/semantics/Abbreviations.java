package com.maturityworkbench.dsl.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations glossed in a text, either way round: ERP（企业资源计划） or 企业资源计划（ERP）. Pure functions over a
 * string.
 */
public final class Abbreviations {
	/**
	 * An abbreviation, the Chinese words that explain it, and where the abbreviation is written; {@code exact} when
	 * the meaning is in the brackets (ERP（企业资源计划）), not before them, where the words it starts with are unsure.
	 */
	public record Gloss(String abbreviation, String meaning, int offset, boolean exact) {
	}

	private static final Pattern AFTER = Pattern.compile("([A-Z][A-Za-z0-9]{1,9})\\s*[（(]\\s*([\\u4e00-\\u9fff][^）)]{1,29})[）)]");
	private static final Pattern BEFORE = Pattern.compile("([\\u4e00-\\u9fff]{2,20})\\s*[（(]\\s*([A-Z][A-Za-z0-9]{1,9})\\s*[）)]");

	private Abbreviations() {
	}

	public static List<Gloss> in(String text) {
		List<Gloss> result = new ArrayList<>();
		if (text == null || !mayHaveGloss(text)) {
			return result;
		}
		Matcher a = AFTER.matcher(text);
		while (a.find()) {
			result.add(new Gloss(a.group(1), a.group(2).strip(), a.start(1), true));
		}
		Matcher b = BEFORE.matcher(text);
		while (b.find()) {
			result.add(new Gloss(b.group(2), b.group(1).replaceFirst("^[和与及或并的将把对在如]+", ""), b.start(2), false));
		}
		return result;
	}

	/** A cheap test first: an opening bracket with a Latin letter or digit right before or after it (spaces aside). */
	private static boolean mayHaveGloss(String text) {
		return bracketNextToLatin(text, '(') || bracketNextToLatin(text, '（');
	}

	private static boolean bracketNextToLatin(String text, char bracket) {
		for (int i = text.indexOf(bracket); i >= 0; i = text.indexOf(bracket, i + 1)) {
			int before = i - 1;
			while (before >= 0 && text.charAt(before) == ' ') {
				before--;
			}
			int after = i + 1;
			while (after < text.length() && text.charAt(after) == ' ') {
				after++;
			}
			if ((before >= 0 && isLatin(text.charAt(before))) || (after < text.length() && isLatin(text.charAt(after)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLatin(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	/**
	 * True when two glosses say the same, a trailing 系统/平台/软件 set aside: two exact ones are equal; a gloss written
	 * before the brackets ends with an exact one; two written before the brackets end alike over at least four
	 * characters, or over the whole shorter one (集成企业销售与客户关系管理系统（CRM） and 实现客户关系管理（CRM）).
	 */
	public static boolean sameMeaning(Gloss a, Gloss b) {
		String x = core(a.meaning());
		String y = core(b.meaning());
		if (a.exact() && b.exact()) {
			return x.equals(y);
		} else if (a.exact() || b.exact()) {
			return a.exact() ? y.endsWith(x) : x.endsWith(y);
		}
		int common = 0;
		while (common < x.length() && common < y.length()
				&& x.charAt(x.length() - 1 - common) == y.charAt(y.length() - 1 - common)) {
			common++;
		}
		return common >= Math.min(4, Math.min(x.length(), y.length()));
	}

	private static String core(String meaning) {
		String m = meaning.replaceAll("[\\s\\u3000]", "");
		for (String tail : List.of("系统", "平台", "软件")) {
			if (m.endsWith(tail) && m.length() > tail.length() + 1) {
				return m.substring(0, m.length() - tail.length());
			}
		}
		return m;
	}
}
