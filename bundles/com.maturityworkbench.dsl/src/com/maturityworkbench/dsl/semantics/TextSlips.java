package com.maturityworkbench.dsl.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Editing slips in Chinese clause text, found by pattern. Pure functions over a string. */
public final class TextSlips {
	/** A slip: what was found, where (character offset in the text), and its kind. */
	public record Slip(Kind kind, String found, int offset) {
	}

	public enum Kind {
		DOUBLED_CHARACTER, REPEATED_WORD, REPEATED_PHRASE, REPEATED_SENTENCE, LATIN_WORD, STRAY_PUNCTUATION,
		LEADING_PUNCTUATION, GARBLED, DRAFTING_NOTE
	}

	/** Function characters that are never doubled in standard text (等等 is a word, so 等 is not here). */
	private static final String FUNCTION_CHARACTERS = "的和有与及或是对为将把被并其之在了也从向于";
	private static final Pattern DOUBLED = Pattern.compile("([" + FUNCTION_CHARACTERS + "])\\1");
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
	/** An all-lowercase Latin word inside Chinese text (acronyms such as ERP or PaaS are fine). */
	private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9])[a-z]{2,}(?![A-Za-z0-9])");
	/** Where the second character starts a word of its own: 在在线, 具有有效, 和和谐. */
	private static final Set<String> LEGITIMATE_AFTER_DOUBLE = Set.of("在线", "有效", "有力", "有序", "有限", "有机", "和谐", "的确",
			"为主", "对象", "对应", "对比", "之间", "之后", "与会", "是否", "及时", "并发", "将来", "有关", "于是");
	private static final Set<String> UNITS = Set.of("kg", "km", "mm", "cm", "kw", "kwh", "ms", "mb", "gb", "tb", "ppm", "hz");
	/** Two sentence marks in a row (。。 ，。 ；，), or a comma/stop right after an opening bracket. */
	private static final Pattern STRAY_PUNCTUATION = Pattern.compile("[，。；：、,;]\\s*[，。；：、,;]|[（(]\\s*[，。；、,;]");
	/** Punctuation that opens the text, right after the clause's label: a) 。应建立… or c) . 网络基础设施… */
	private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^\\s*[，。；：、,;.．]+");
	/**
	 * A character that may stand alone in front of a word starting with itself (应应用 = 应 + 应用, 可可视化), so that a
	 * doubled one after a function word is no slip.
	 */
	private static final String STANDS_ALONE = "应可宜能会要需须得不没很都就才又再还更最已曾正均各每该本此这那一二三四五六七八九十";
	/** Reduplicated words: 人人, 处处, 机机 (互联) ... a doubled character that is a word of its own. */
	private static final Set<String> REDUPLICATED = Set.of("人人", "处处", "时时", "事事", "步步", "层层", "个个", "天天", "年年",
			"月月", "日日", "常常", "往往", "渐渐", "慢慢", "默默", "刚刚", "仅仅", "恰恰", "偏偏", "纷纷", "频频", "屡屡", "家家",
			"户户", "环环", "节节", "点点", "方方", "面面", "条条", "样样", "种种", "项项", "多多", "好好", "机机", "级级", "紧紧",
			"牢牢", "稳稳", "深深", "远远", "久久", "统统", "通通", "大大", "小小", "世世", "代代", "源源", "息息", "井井");
	private static final Pattern GARBLED = Pattern.compile("[\\ufffd\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ue000-\\uf8ff]|</?p>|</?[a-z]+>");

	/**
	 * The slips found in each text lately, by text: a revision is validated again on every edit (the workbench, the
	 * language server) and its clause texts are mostly the same; finding them took 9 % of a validation. A text's slips
	 * depend on the text alone. Bounded: cleared at {@value #REMEMBERED} texts, texts over {@value #REMEMBERED_LENGTH}
	 * characters never kept.
	 */
	private static final Map<String, List<Slip>> FOUND = new ConcurrentHashMap<>();
	private static final int REMEMBERED = 20_000;
	private static final int REMEMBERED_LENGTH = 2_000;

	private TextSlips() {
	}

	/** Every slip of {@code text}, in the order found (an unmodifiable list). */
	public static List<Slip> find(String text) {
		if (text == null) {
			return List.of();
		}
		if (text.length() > REMEMBERED_LENGTH) {
			return List.copyOf(scan(text));
		}
		List<Slip> known = FOUND.get(text);
		if (known == null) {
			known = List.copyOf(scan(text));
			if (FOUND.size() >= REMEMBERED) {
				FOUND.clear();
			}
			FOUND.put(text, known);
		}
		return known;
	}

	private static List<Slip> scan(String text) {
		List<Slip> slips = new ArrayList<>();
		if (hasDoubledCharacter(text)) {
			Matcher d = DOUBLED.matcher(text);
			while (d.find()) {
				String next = d.end() < text.length() ? text.substring(d.start() + 1, d.end() + 1) : "";
				boolean wordBefore = d.start() > 0
						&& WORDS_ENDING_IN_FUNCTION_CHARACTER.contains(text.substring(d.start() - 1, d.start() + 1));
				if (!LEGITIMATE_AFTER_DOUBLE.contains(next) && !wordBefore) {
					slips.add(new Slip(Kind.DOUBLED_CHARACTER, d.group(), d.start()));
				}
			}
			doubledAfterFunctionWord(text, slips);
		}
		repeatedWords(text, slips);
		repeatedPhrases(text, slips);
		repeatedSentences(text, slips);
		Matcher m = LATIN_WORD.matcher(hasLowercaseLatin(text) ? text : "");
		while (m.find()) {
			if (!UNITS.contains(m.group()) && isInChineseText(text, m.start(), m.end())) {
				slips.add(new Slip(Kind.LATIN_WORD, m.group(), m.start()));
			}
		}
		add(slips, Kind.STRAY_PUNCTUATION, STRAY_PUNCTUATION.matcher(text));
		add(slips, Kind.LEADING_PUNCTUATION, LEADING_PUNCTUATION.matcher(text));
		if (mayBeGarbled(text)) {
			add(slips, Kind.GARBLED, GARBLED.matcher(text));
		}
		if (text.indexOf('完') >= 0 || text.indexOf('待') >= 0 || text.indexOf("TBD") >= 0) {
			add(slips, Kind.DRAFTING_NOTE, SubdomainNames.DRAFTING_NOTE.matcher(text));
		}
		return slips;
	}

	/** A word of 2-4 Chinese characters written twice in a row: 实现实现 (found by direct comparison, no regex). */
	private static void repeatedWords(String text, List<Slip> slips) {
		int n = text.length();
		for (int i = 0; i < n; i++) {
			for (int len = 2; len <= 4 && i + 2 * len <= n; len++) {
				if (text.charAt(i + len) == text.charAt(i) && allChinese(text, i, len) && text.regionMatches(i, text, i + len, len)) {
					slips.add(new Slip(Kind.REPEATED_WORD, text.substring(i, i + 2 * len), i));
					i += 2 * len - 1;
					break;
				}
			}
		}
	}

	/**
	 * A phrase of 5 to 40 characters, starting with a Chinese character and containing no full stop or semicolon,
	 * written twice in a row (possibly with one comma, 、 or space between). A phrase that is a list fragment (holds
	 * 、 or ，) must be 10 characters or more, so that 采购提前期、生产提前期 is not taken for a slip.
	 */
	private static void repeatedPhrases(String text, List<Slip> slips) {
		int n = text.length();
		Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < n; i++) {
			char first = text.charAt(i);
			if (!isChinese(first)) {
				continue;
			}
			for (int len = 5; len <= 40 && i + 2 * len <= n; len++) {
				char after = text.charAt(i + len);
				if (after != first && (i + len + 1 >= n || text.charAt(i + len + 1) != first)) {
					char last0 = text.charAt(i + len - 1);
					if (last0 == '。' || last0 == '；' || last0 == ';') {
						break;
					}
					continue;
				}
				char last = text.charAt(i + len - 1);
				if (last == '。' || last == '；' || last == ';') {
					break;
				}
				int second = -1;
				if (text.regionMatches(i, text, i + len, len)) {
					second = i + len;
				} else if (i + 2 * len + 1 <= n && "，,、 ".indexOf(text.charAt(i + len)) >= 0
						&& text.regionMatches(i, text, i + len + 1, len)) {
					second = i + len + 1;
				}
				if (second < 0) {
					continue;
				}
				String phrase = text.substring(i, i + len);
				boolean listLike = phrase.indexOf('、') >= 0 || phrase.indexOf('，') >= 0;
				if ((!listLike || len >= 10) && seen.add(phrase)) {
					slips.add(new Slip(Kind.REPEATED_PHRASE, phrase, i));
					i = second + len - 1;
					break;
				}
			}
		}
	}

	/**
	 * Any other Chinese character doubled right after a function character or a punctuation mark (组织的数数字化转型):
	 * there the first copy cannot end a word, so one of the two is a slip, unless the character stands alone
	 * (应应用 = 应 + 应用) or the doubled form is a reduplicated word (人人参与, 机机互联). Doubled characters inside
	 * running words (企业业务, 投资资金, 管理理念) are two words meeting and are not reported.
	 */
	private static void doubledAfterFunctionWord(String text, List<Slip> slips) {
		for (int i = 0; i + 1 < text.length(); i++) {
			char c = text.charAt(i);
			if (c != text.charAt(i + 1) || !isChinese(c) || FUNCTION_CHARACTERS.indexOf(c) >= 0 || STANDS_ALONE.indexOf(c) >= 0) {
				continue;
			}
			char before = i > 0 ? text.charAt(i - 1) : '。';
			boolean noWordBefore = FUNCTION_CHARACTERS.indexOf(before) >= 0 || (!isChinese(before) && !Character.isLetterOrDigit(before));
			if (noWordBefore && !REDUPLICATED.contains(text.substring(i, i + 2))
					&& (i + 2 >= text.length() || text.charAt(i + 2) != c)) {
				slips.add(new Slip(Kind.DOUBLED_CHARACTER, text.substring(i, i + 2), i));
			}
			i++;
		}
	}

	/**
	 * A sentence written twice in one clause (the same words, at least 6 characters, spaces around it and its closing
	 * mark aside), or a sentence that only repeats the end of the sentence before it (…管理制度。管理制度。): reported at
	 * the repetition. Sentences end at 。；;！？.
	 */
	private static void repeatedSentences(String text, List<Slip> slips) {
		Set<String> seen = null;
		String previous = "";
		int start = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			if (!Sentences.isEnd(text.charAt(i)) && i < n - 1) {
				continue;
			}
			int from = start;
			int to = Sentences.isEnd(text.charAt(i)) ? i : i + 1;
			start = i + 1;
			while (from < to && Character.isWhitespace(text.charAt(from))) {
				from++;
			}
			while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
				to--;
			}
			if (to == from) {
				continue;
			}
			String key = text.substring(from, to);
			if (previous.isEmpty() && start >= n) {
				return; // a single sentence
			}
			if (seen == null) {
				seen = new java.util.HashSet<>();
			}
			boolean repeatsTail = key.length() >= 4 && previous.length() > key.length() && previous.endsWith(key);
			if ((key.length() >= 6 && !seen.add(key)) || repeatsTail) {
				slips.add(new Slip(Kind.REPEATED_SENTENCE, text.substring(from, Math.min(n, i + 1)), from));
			}
			seen.add(key);
			previous = key;
		}
	}

	// cheap scans that let most clauses skip a regular expression

	private static boolean hasDoubledCharacter(String text) {
		for (int i = 1; i < text.length(); i++) {
			if (text.charAt(i) == text.charAt(i - 1)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasLowercaseLatin(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 'a' && c <= 'z') {
				return true;
			}
		}
		return false;
	}

	private static boolean mayBeGarbled(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '<' || c < 0x20 || c == '\ufffd' || (c >= '\ue000' && c <= '\uf8ff')) {
				return true;
			}
		}
		return false;
	}

	private static boolean allChinese(String text, int from, int len) {
		for (int i = from; i < from + len; i++) {
			if (!isChinese(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isChinese(char c) {
		return c >= '\u4e00' && c <= '\u9fff';
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
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && c != '\u3000' && !isPunctuation(c)) {
				b.append(c);
			}
		}
		return b.toString();
	}

	private static boolean isPunctuation(char c) {
		switch (Character.getType(c)) {
		case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
				Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION:
			return true;
		default:
			return false;
		}
	}

	/** True when the text uses a modal verb (应/不应, 宜, 可), see {@link ModalVerbs}. */
	public static boolean hasModalVerb(String text) {
		return ModalVerbs.present(text);
	}
}
