package com.maturityworkbench.dsl.ide.quickfix;

import java.util.regex.Pattern;

import com.maturityworkbench.dsl.semantics.TextSlips.Slip;

/**
 * How an editing slip found by {@code TextSlips} is repaired, worked out on the text's value (not on how the file
 * writes it): which characters to replace, by what, and the fix's label in the drafters' terms. Pure functions;
 * null where a slip has no safe repair.
 */
public final class SlipRepairs {
	/** Value characters {@code [from, to)} become {@code text}; {@code label} says so to the drafter. */
	public record Repair(int from, int to, String text, String label) {
	}

	/** The marks that {@code TextSlips} counts as sentence punctuation. */
	private static final String MARKS = "，。；：、,;";
	private static final Pattern MARKUP = Pattern.compile("</?[a-z]+>");
	private static final int LABEL_EXCERPT = 12;

	private SlipRepairs() {
	}

	/** 的的 → 的: the second of the two characters goes (and any further copies: 的的的 → 的). */
	public static Repair doubledCharacter(String value, Slip slip) {
		String doubled = slip.found();
		if (doubled.length() != 2 || doubled.charAt(0) != doubled.charAt(1) || !value.startsWith(doubled, slip.offset())) {
			return null;
		}
		int end = slip.offset() + 2;
		while (end < value.length() && value.charAt(end) == doubled.charAt(0)) {
			end++;
		}
		return new Repair(slip.offset() + 1, end, "", QuickfixMessages.text("fix.doubled", doubled.charAt(1)));
	}

	/** 实现实现 → 实现: the second copy goes (and any further copies). */
	public static Repair repeatedWord(String value, Slip slip) {
		String twice = slip.found();
		int half = twice.length() / 2;
		if (twice.length() % 2 != 0 || !twice.regionMatches(0, twice, half, half) || !value.startsWith(twice, slip.offset())) {
			return null;
		}
		String word = twice.substring(0, half);
		int end = slip.offset() + twice.length();
		while (value.startsWith(word, end)) {
			end += half;
		}
		return new Repair(slip.offset() + half, end, "", QuickfixMessages.text("fix.repeated-word", word));
	}

	/**
	 * 建立数据治理体系，建立数据治理体系 → 建立数据治理体系: the second copy goes, with the comma, 、 or space that
	 * separated it from the first, and so do further copies written the same way (策略、策略、策略 → 策略).
	 */
	public static Repair repeatedPhrase(String value, Slip slip) {
		String phrase = slip.found();
		int end = slip.offset() + phrase.length();
		if (!value.startsWith(phrase, slip.offset())) {
			return null;
		}
		String copy;
		if (value.startsWith(phrase, end)) {
			copy = phrase;
		} else if (end < value.length() && "，,、 ".indexOf(value.charAt(end)) >= 0 && value.startsWith(phrase, end + 1)) {
			copy = value.charAt(end) + phrase;
		} else {
			return null;
		}
		int to = end;
		while (value.startsWith(copy, to)) {
			to += copy.length();
		}
		return new Repair(end, to, "", QuickfixMessages.text("fix.repeated-phrase", excerpt(phrase)));
	}

	/**
	 * Sentence marks in a row keep only the last one (数据战略评估。。 → 。, 制度，。 → 。, 制度;。 → 。): the slip is the
	 * mark left behind when the sentence was re-punctuated, and the last mark is the one the drafter typed last. The
	 * whole run is repaired at once (，，。 → 。), so the fix leaves no new slip behind. After an opening bracket the
	 * marks go and the bracket stays.
	 */
	public static Repair strayPunctuation(String value, Slip slip) {
		int at = slip.offset();
		if (at < 0 || at >= value.length()) {
			return null;
		}
		char first = value.charAt(at);
		if (first == '（' || first == '(') {
			int last = lastMarkOfRun(value, at + 1);
			return last < 0 ? null
					: new Repair(at + 1, last + 1, "", QuickfixMessages.text("fix.marks-after-bracket", marks(value, at + 1, last + 1)));
		}
		int last = lastMarkOfRun(value, at);
		if (last < 0 || !isMark(first) || last == at) {
			return null;
		}
		return new Repair(at, last, "", QuickfixMessages.text("fix.last-mark", value.charAt(last)));
	}

	/**
	 * Marks that open the text right after its label (a) 。应建立…, c) . 网络基础设施…) go altogether, with the spaces
	 * around them; null when nothing else is left.
	 */
	public static Repair leadingPunctuation(String value, Slip slip) {
		if (slip.offset() != 0 || !value.startsWith(slip.found())) {
			return null;
		}
		int to = slip.found().length();
		while (to < value.length() && isSpace(value.charAt(to))) {
			to++;
		}
		if (to >= value.length()) {
			return null;
		}
		return new Repair(0, to, "", QuickfixMessages.text("fix.leading-punctuation", slip.found().strip()));
	}

	/** A sentence written a second time goes, with the spaces before it. */
	public static Repair repeatedSentence(String value, Slip slip) {
		int from = slip.offset();
		if (from <= 0 || !value.startsWith(slip.found(), from)) {
			return null;
		}
		while (from > 0 && isSpace(value.charAt(from - 1))) {
			from--;
		}
		return new Repair(from, slip.offset() + slip.found().length(), "", QuickfixMessages.text("fix.repeated-sentence", excerpt(slip.found())));
	}

	/** The semicolon that ends the last clause of a cell becomes a full stop. */
	public static Repair lastSemicolon(String value, int at) {
		if (at < 0 || at >= value.length() || (value.charAt(at) != '；' && value.charAt(at) != ';') || !value.substring(at + 1).isBlank()) {
			return null;
		}
		return new Repair(at, at + 1, "。", QuickfixMessages.text("fix.last-semicolon", value.charAt(at)));
	}

	/** The last sentence mark of the run of marks and spaces that starts at {@code from}; -1 when none. */
	private static int lastMarkOfRun(String value, int from) {
		int last = -1;
		for (int i = from; i < value.length(); i++) {
			char c = value.charAt(i);
			if (isMark(c)) {
				last = i;
			} else if (!isSpace(c)) {
				break;
			}
		}
		return last;
	}

	private static String marks(String value, int from, int to) {
		StringBuilder b = new StringBuilder();
		for (int i = from; i < to; i++) {
			if (isMark(value.charAt(i))) {
				b.append(value.charAt(i));
			}
		}
		return b.toString();
	}

	/**
	 * {@code and} → 和, {@code or} → 或; other Latin words have no safe translation and get no fix. The spaces that
	 * set the word apart go too where the neighbour is Chinese (规范 and 制度 → 规范和制度) and stay where it is Latin
	 * (PaaS or SaaS → PaaS 或 SaaS).
	 */
	public static Repair latinWord(String value, Slip slip) {
		String chinese = switch (slip.found()) {
		case "and" -> "和";
		case "or" -> "或";
		default -> null;
		};
		if (chinese == null || !value.startsWith(slip.found(), slip.offset())) {
			return null;
		}
		int from = slip.offset();
		int to = from + slip.found().length();
		int left = from;
		while (left > 0 && isSpace(value.charAt(left - 1))) {
			left--;
		}
		if (left == 0 || !isLatinOrDigit(value.charAt(left - 1))) {
			from = left;
		}
		int right = to;
		while (right < value.length() && isSpace(value.charAt(right))) {
			right++;
		}
		if (right == value.length() || !isLatinOrDigit(value.charAt(right))) {
			to = right;
		}
		return new Repair(from, to, chinese, QuickfixMessages.text("fix.latin-word", slip.found(), chinese));
	}

	/** HTML remnants of the draft's conversion ({@code <p>}, {@code </p>}, {@code <br>} ...) go; other garbage has no fix. */
	public static Repair markup(Slip slip) {
		if (!MARKUP.matcher(slip.found()).matches()) {
			return null;
		}
		return new Repair(slip.offset(), slip.offset() + slip.found().length(), "", QuickfixMessages.text("fix.markup", slip.found()));
	}

	/**
	 * A drafting note at {@code [from, to)} goes with the spaces before it (智慧化决策 (待完善) → 智慧化决策), or the
	 * spaces after it when it opens the text; null when nothing but the note would be left.
	 */
	public static Repair draftingNote(String value, int from, int to) {
		String note = value.substring(from, to);
		int start = from;
		while (start > 0 && isSpace(value.charAt(start - 1))) {
			start--;
		}
		int end = to;
		if (start == 0) {
			while (end < value.length() && isSpace(value.charAt(end))) {
				end++;
			}
		}
		String rest = value.substring(0, start) + value.substring(end);
		if (rest.isBlank()) {
			return null;
		}
		return new Repair(start, end, "", QuickfixMessages.text("fix.drafting-note", note));
	}

	private static boolean isMark(char c) {
		return MARKS.indexOf(c) >= 0;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\u3000';
	}

	private static boolean isLatinOrDigit(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	private static String excerpt(String s) {
		return s.length() <= LABEL_EXCERPT ? s : s.substring(0, LABEL_EXCERPT) + "…";
	}
}
