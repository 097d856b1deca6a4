package com.maturityworkbench.scoring.i18n;

/**
 * The texts of the scoring runtime itself — assessment problems, model problems, draft gaps, JSON syntax errors — in
 * {@code com/maturityworkbench/scoring/messages.properties} (Chinese) and {@code messages_en.properties}.
 */
public final class RuntimeMessages {
	public static final Messages M = Messages.of(RuntimeMessages.class, "com.maturityworkbench.scoring.messages");

	private RuntimeMessages() {
	}

	/** {@code parts} joined as a list in the current language: 采选、冶炼 / 采选, 冶炼. */
	public static String list(Iterable<? extends CharSequence> parts) {
		return String.join(M.text("list.separator"), parts);
	}
}
