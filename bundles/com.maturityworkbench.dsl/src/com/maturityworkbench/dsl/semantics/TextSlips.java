package com.maturityworkbench.dsl.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Editing slips in Chinese clause text, found by pattern. Pure functions over a string. */
public final class TextSlips {
	/** A slip: what was found, where (character offset in the text), and its kind. */
	public record Slip(Kind kind, String found, int offset) {
	}

	public enum Kind {
		DOUBLED_CHARACTER, REPEATED_WORD, REPEATED_PHRASE, LATIN_WORD, STRAY_PUNCTUATION, GARBLED, DRAFTING_NOTE
	}

	/** Function characters that are never doubled in standard text (等等 is a word, so 等 is not here). */
	private static final Pattern DOUBLED = Pattern.compile("([的和有与及或是对为将把被并其之在了也从向于])\\1");
	/** A word of 2-4 Chinese characters written twice: 实现实现. */
	private static final Pattern REPEATED_WORD = Pattern.compile("([\\u4e00-\\u9fff]{2,4})\\1");
	/** A phrase of 5 or more characters repeated right after itself, possibly after a comma or space. */
	private static final Pattern REPEATED_PHRASE = Pattern.compile("([\\u4e00-\\u9fff][^。；;]{4,40}?)[，,、\\s]?\\1");
	/** An all-lowercase Latin word inside Chinese text (acronyms such as ERP or PaaS are fine). */
	private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9])[a-z]{2,}(?![A-Za-z0-9])");
	/** Where the second character starts a word of its own: 在在线, 具有有效, 和和谐. */
	private static final Set<String> LEGITIMATE_AFTER_DOUBLE = Set.of("在线", "有效", "有力", "有序", "有限", "有机", "和谐", "的确",
			"为主", "对象", "对应", "对比", "之间", "之后", "与会", "是否", "及时", "并发", "将来", "有关", "于是");
	private static final Set<String> UNITS = Set.of("kg", "km", "mm", "cm", "kw", "kwh", "ms", "mb", "gb", "tb", "ppm", "hz");
	/** Two sentence marks in a row (。。 ，。 ；，), or a comma/stop right after an opening bracket. */
	private static final Pattern STRAY_PUNCTUATION = Pattern.compile("[，。；：、,;]\\s*[，。；：、,;]|[（(]\\s*[，。；、,;]|^[，。；：、,;]");
	private static final Pattern GARBLED = Pattern.compile("[\\ufffd\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ue000-\\uf8ff]|</?p>|</?[a-z]+>");

	private TextSlips() {
	}

	public static List<Slip> find(String text) {
		List<Slip> slips = new ArrayList<>();
		if (text == null) {
			return slips;
		}
		Matcher d = DOUBLED.matcher(text);
		while (d.find()) {
			String next = d.end() < text.length() ? text.substring(d.start() + 1, d.end() + 1) : "";
			if (!LEGITIMATE_AFTER_DOUBLE.contains(next)) {
				slips.add(new Slip(Kind.DOUBLED_CHARACTER, d.group(), d.start()));
			}
		}
		Matcher m = REPEATED_WORD.matcher(text);
		while (m.find()) {
			String word = m.group(1);
			if (!(word.length() == 1 || DOUBLED.matcher(m.group()).matches())) {
				slips.add(new Slip(Kind.REPEATED_WORD, m.group(), m.start()));
			}
		}
		m = REPEATED_PHRASE.matcher(text);
		Set<String> phrases = new java.util.HashSet<>();
		while (m.find()) {
			String phrase = m.group(1);
			boolean listLike = phrase.indexOf('、') >= 0 || phrase.indexOf('，') >= 0;
			if (phrase.length() >= 5 && (!listLike || phrase.length() >= 10) && phrases.add(phrase)) {
				slips.add(new Slip(Kind.REPEATED_PHRASE, phrase, m.start()));
			}
		}
		m = LATIN_WORD.matcher(text);
		while (m.find()) {
			if (!UNITS.contains(m.group()) && isInChineseText(text, m.start(), m.end())) {
				slips.add(new Slip(Kind.LATIN_WORD, m.group(), m.start()));
			}
		}
		add(slips, Kind.STRAY_PUNCTUATION, STRAY_PUNCTUATION.matcher(text));
		add(slips, Kind.GARBLED, GARBLED.matcher(text));
		add(slips, Kind.DRAFTING_NOTE, SubdomainNames.DRAFTING_NOTE.matcher(text));
		return slips;
	}

	private static void add(List<Slip> slips, Kind kind, Matcher m) {
		while (m.find()) {
			slips.add(new Slip(kind, m.group(), m.start()));
		}
	}

	private static boolean isInChineseText(String text, int start, int end) {
		int from = Math.max(0, start - 6);
		int to = Math.min(text.length(), end + 6);
		for (int i = from; i < to; i++) {
			if (i >= start && i < end) {
				continue;
			}
			char c = text.charAt(i);
			if (c >= '\u4e00' && c <= '\u9fff') {
				return true;
			}
		}
		return false;
	}

	/** The text as compared for duplicates: no white space, no closing punctuation. */
	public static String comparable(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceAll("[\\s\\u3000\\p{P}]+", "");
	}

	public static boolean hasModalVerb(String text) {
		return text != null && (text.indexOf('应') >= 0 || text.indexOf('宜') >= 0 || text.indexOf('可') >= 0);
	}
}
