package com.maturityworkbench.cli;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.i18n.Messages;

/**
 * The texts of the command line, usage help included: {@code messages.properties} (Chinese, the default) and
 * {@code messages_en.properties} beside this class.
 */
final class CliMessages {
	static final String BASE_NAME = "com.maturityworkbench.cli.messages";
	static final Messages M = Messages.of(CliMessages.class, BASE_NAME);

	private CliMessages() {
	}

	/** The text of {@code key}, or of {@code key.one} when {@code count} is 1 (English says "1 file", "2 files"). */
	static String counted(String key, long count, Object... args) {
		return M.text(count == 1 ? key + ".one" : key, args);
	}

	/** {@code a, b or c} in the current language. */
	static String alternatives(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(M.text("list.separator"), items.subList(0, items.size() - 1)) + M.text("list.or") + items.get(items.size() - 1);
	}

	/**
	 * The bundle itself, for picocli's usage help, in the current language: Chinese is the base bundle, English its
	 * {@code _en} child (the same choice {@link Messages} makes).
	 */
	static ResourceBundle usageBundle() {
		Locale locale = Language.current() == Language.EN ? Locale.ENGLISH : Locale.ROOT;
		return ResourceBundle.getBundle(BASE_NAME, locale, CliMessages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
