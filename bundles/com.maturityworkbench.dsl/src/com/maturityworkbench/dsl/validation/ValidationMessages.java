package com.maturityworkbench.dsl.validation;

import java.util.Collection;
import java.util.stream.Collectors;

import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.i18n.Messages;

/**
 * The texts of the findings: of the validators of this package and of the parser and linker
 * ({@code dsl.diagnostics}), in {@code messages.properties} (Chinese) and {@code messages_en.properties} beside this
 * class. Read in the current language when the finding is made. The English puts every name and text of the
 * revision's files in quotes “…”.
 */
public final class ValidationMessages {
	private static final Messages M = Messages.of(ValidationMessages.class, "com.maturityworkbench.dsl.validation.messages");

	private ValidationMessages() {
	}

	/** The text of {@code key} in the current language, formatted with {@code args}. */
	public static String text(String key, Object... args) {
		return M.text(key, args);
	}

	/** The text of {@code key} in {@code language} (the Chinese one for a finding's data, which is no message). */
	static String text(Language language, String key, Object... args) {
		return M.text(language, key, args);
	}

	/** Whether {@code key} exists. */
	public static boolean has(String key) {
		return M.has(key);
	}

	/** The text of {@code key}, or of {@code key.one} when {@code count} is 1 (English says "1 clause", "2 clauses"). */
	static String counted(String key, long count, Object... args) {
		return M.text(count == 1 ? key + ".one" : key, args);
	}

	/** Names from the revision's files as a list: 一级、二级 in Chinese, “一级”, “二级” in English. */
	static String names(Collection<String> names) {
		return joined("list.enum", names.stream().map(n -> M.text("list.name", n)).toList());
	}

	/** Texts already made, joined by the separator {@code key} (list.enum 、, list.comma ，, list.semicolon ；). */
	static String joined(String key, Collection<String> items) {
		return items.stream().collect(Collectors.joining(M.text(key)));
	}
}
