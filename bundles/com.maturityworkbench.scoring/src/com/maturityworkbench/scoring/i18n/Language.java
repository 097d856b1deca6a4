package com.maturityworkbench.scoring.i18n;

import java.util.Locale;

/**
 * The languages of the messages, reports and UI texts. Chinese is the default whatever the machine's locale; English
 * only when asked. The process-wide choice is {@link #current()}: set by the front end ({@code mwb --lang en}, the
 * workbench preference), or by the system property {@code mwb.lang} ({@code zh} or {@code en}) before the first use.
 */
public enum Language {
	ZH("zh", Locale.ROOT), EN("en", Locale.ENGLISH);

	/** The system property read when no front end has chosen: {@code -Dmwb.lang=en}. */
	public static final String PROPERTY = "mwb.lang";

	private static volatile Language current;

	private final String code;
	private final Locale bundleLocale;

	Language(String code, Locale bundleLocale) {
		this.code = code;
		this.bundleLocale = bundleLocale;
	}

	/** {@code zh} or {@code en}, as written after {@code --lang}. */
	public String code() {
		return code;
	}

	/** The locale whose resource bundle holds this language's texts (Chinese is the base bundle). */
	Locale bundleLocale() {
		return bundleLocale;
	}

	/** The language of the messages of this process: the one set, else {@code mwb.lang}, else Chinese. */
	public static Language current() {
		Language l = current;
		if (l == null) {
			l = byCode(System.getProperty(PROPERTY, "zh"));
			current = l;
		}
		return l;
	}

	/** Chooses the language of every message from now on (tests set it explicitly). */
	public static void set(Language language) {
		current = language;
	}

	/** The language of a code ({@code zh}, {@code en}, case-insensitive; {@code zh-CN} and {@code en-US} too); Chinese for anything else. */
	public static Language byCode(String code) {
		return parse(code) == null ? ZH : parse(code);
	}

	/** The language of a code, or null when it names none of ours. */
	public static Language parse(String code) {
		if (code == null) {
			return null;
		}
		String c = code.trim().toLowerCase(Locale.ROOT);
		for (Language l : values()) {
			if (c.equals(l.code) || c.startsWith(l.code + "-") || c.startsWith(l.code + "_")) {
				return l;
			}
		}
		return null;
	}
}
