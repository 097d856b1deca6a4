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
	/**
	 * Words ending in one of those characters: when the doubled pair starts with such a word's end the text is
	 * two words that meet (具有|有效, 所有|有关, 为了|了解, 以及|及时, 针对|对象), not a slip.
	 */
	private static final Set<String> WORDS_ENDING_IN_FUNCTION_CHARACTER = Set.of(
			"目的", "有的", "总和", "饱和", "调和", "缓和", "具有", "拥有", "所有", "没有", "享有", "持有", "含有", "只有", "现有",
			"原有", "特有", "固有", "占有", "共有", "已有", "参与", "给与", "以及", "涉及", "普及", "波及", "危及", "触及", "但是",
			"还是", "就是", "或是", "总是", "凡是", "于是", "只是", "正是", "针对", "面对", "应对", "相对", "绝对", "核对", "比对",
			"校对", "作为", "成为", "认为", "行为", "称为", "视为", "因为", "以为", "即将", "合并", "兼并", "尤其", "及其", "极其",
			"与其", "总之", "随之", "存在", "正在", "现在", "实在", "所在", "内在", "外在", "潜在", "为了", "除了", "服从", "方向",
			"导向", "面向", "趋向", "定向", "双向", "由于", "关于", "对于", "基于", "属于", "在于", "等于", "用于", "便于", "利于",
			"处于", "位于", "至于");
	/** A word of 2-4 Chinese characters written twice: 实现实现. */
	private static final Pattern REPEATED_WORD = Pattern.compile("([\\u4e00-\\u9fff]{2,4})\\1");
	/** A phrase of 5 or more characters repeated right after itself, possibly after a comma or space. */
	private static final Pattern REPEATED_PHRASE = Pattern.compile("([\\u4e00-\\u9fff][^。；;]{4,40}?)[，,、\\s]?\\1");
	/** An all-lowercase Latin word inside Chinese text (acronyms such as ERP or PaaS are fine). */
	private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9])[a-z]{2,}(?![A-Za-z0-9])");
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
		Matcher m = DOUBLED.matcher(text);
		while (m.find()) {
			if (m.start() == 0 || !WORDS_ENDING_IN_FUNCTION_CHARACTER.contains(text.substring(m.start() - 1, m.start() + 1))) {
				slips.add(new Slip(Kind.DOUBLED_CHARACTER, m.group(), m.start()));
			}
		}
		m = REPEATED_WORD.matcher(text);
		while (m.find()) {
			String word = m.group(1);
			if (!(word.length() == 1 || DOUBLED.matcher(m.group()).matches())) {
				slips.add(new Slip(Kind.REPEATED_WORD, m.group(), m.start()));
			}
		}
		m = REPEATED_PHRASE.matcher(text);
		while (m.find()) {
			if (m.group(1).length() >= 5) {
				slips.add(new Slip(Kind.REPEATED_PHRASE, m.group(1), m.start()));
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
		return text.replaceAll("[\\s\\u3000]+", "").replaceAll("[。；;，,.]+$", "");
	}

	public static boolean hasModalVerb(String text) {
		return text != null && (text.indexOf('应') >= 0 || text.indexOf('宜') >= 0 || text.indexOf('可') >= 0);
	}
}
