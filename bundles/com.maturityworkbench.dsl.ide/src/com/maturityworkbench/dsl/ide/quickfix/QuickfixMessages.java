package com.maturityworkbench.dsl.ide.quickfix;

import java.util.Collection;
import java.util.stream.Collectors;

import com.maturityworkbench.scoring.i18n.Messages;

/**
 * The labels of the quick fixes (what a fix does, in the drafters' terms): {@code messages.properties} (Chinese) and
 * {@code messages_en.properties} beside this class. The text a fix writes into the file is the standard's own
 * content and stays as it is.
 */
final class QuickfixMessages {
	private static final Messages M = Messages.of(QuickfixMessages.class, "com.maturityworkbench.dsl.ide.quickfix.messages");

	private QuickfixMessages() {
	}

	static String text(String key, Object... args) {
		return M.text(key, args);
	}

	/** The text of {@code key}, or of {@code key.one} when {@code count} is 1. */
	static String counted(String key, long count, Object... args) {
		return M.text(count == 1 ? key + ".one" : key, args);
	}

	/** Names or labels as a list: 一级、二级 in Chinese, “一级”, “二级” in English. */
	static String names(Collection<String> names) {
		return names.stream().map(n -> M.text("list.name", n)).collect(Collectors.joining(M.text("list.enum")));
	}
}
