package com.maturityworkbench.dsl.semantics;

import java.util.List;

/**
 * The modal verbs of GB/T 1.1 that say how binding a requirement is (应/不应, 宜/不宜, 可/可以), told apart from the
 * words that merely contain their characters: 应用, 供应, 响应, 对应, 相应, 适应, 应急; 可视化, 可靠, 可持续, 认可,
 * 许可; 适宜, 便宜. Pure functions over a string.
 */
public final class ModalVerbs {
	/** A character before 应 that makes it part of a word: 供应, 响应, 对应, 相应, 适应, 反应, 效应 ... */
	private static final String BEFORE_YING = "供响对相适反效呼感顺回答";
	/** A character after 应 that makes it part of a word: 应用, 应急, 应变, 应收. */
	private static final String AFTER_YING = "用急变收";
	/** Where 应对 is the modal 应 + 对 (企业应对其战略进行修正), not the verb 应对 (提高应对突发事件的能力): after these. */
	private static final String SUBJECT_ENDS = "业统门员位方者们";
	/** Words that start with 可 and are no modal verb: 可视化, 可靠, 可持续 ... */
	private static final List<String> WORDS_WITH_KE = List.of("可视", "可靠", "可持续", "可信", "可扩", "可追溯", "可编程", "可用", "可控",
			"可管", "可复用", "可移植", "可维护", "可行", "可查询", "可能", "可接受", "可执行", "可操作", "可见", "可比", "可替代", "可读",
			"可再生", "可回收", "可观");
	/** A character before 可 that makes it part of a word: 认可, 许可, 不可 (不可篡改). */
	private static final String BEFORE_KE = "认许不";
	/** A character before 宜 that makes it part of a word: 便宜, 适宜, 因地制宜. */
	private static final String BEFORE_YI = "便适制";

	private ModalVerbs() {
	}

	/** True when the text uses 应, 宜 or 可 as a modal verb (不应 and 不宜 included). */
	public static boolean present(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '应' && isModalYing(text, i)) || (c == '宜' && isModalYi(text, i)) || (c == '可' && isModalKe(text, i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isModalYing(String text, int i) {
		char before = i > 0 ? text.charAt(i - 1) : ' ';
		char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
		if (BEFORE_YING.indexOf(before) >= 0 || AFTER_YING.indexOf(after) >= 0) {
			return false;
		}
		return after != '对' || i == 0 || isBoundary(before) || before == '不' || SUBJECT_ENDS.indexOf(before) >= 0;
	}

	private static boolean isModalYi(String text, int i) {
		char before = i > 0 ? text.charAt(i - 1) : ' ';
		char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
		return BEFORE_YI.indexOf(before) < 0 && after != '事';
	}

	private static boolean isModalKe(String text, int i) {
		char before = i > 0 ? text.charAt(i - 1) : ' ';
		if (BEFORE_KE.indexOf(before) >= 0) {
			return false;
		}
		for (String word : WORDS_WITH_KE) {
			if (text.startsWith(word, i)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isBoundary(char c) {
		return !Character.isLetterOrDigit(c);
	}
}
