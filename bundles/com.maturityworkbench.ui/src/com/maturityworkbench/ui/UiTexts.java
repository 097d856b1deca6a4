package com.maturityworkbench.ui;

import com.maturityworkbench.scoring.i18n.Messages;

/**
 * The workbench's own texts in the current language: {@code messages.properties} (Chinese) and
 * {@code messages_en.properties}. The texts of plugin.xml are in {@code plugin.properties}.
 */
public final class UiTexts {
	public static final Messages TEXTS = Messages.of(UiTexts.class, "com.maturityworkbench.ui.messages");

	private UiTexts() {
	}

	public static String text(String key, Object... args) {
		return TEXTS.text(key, args);
	}
}
