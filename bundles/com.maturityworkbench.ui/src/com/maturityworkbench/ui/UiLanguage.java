package com.maturityworkbench.ui;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import com.maturityworkbench.scoring.i18n.Language;

/**
 * The language of the workbench. It is chosen when the workbench starts, for plugin.xml texts and ours alike: the
 * platform's {@code -nl} (the product's configuration says {@code zh}, so Chinese whatever the machine's locale;
 * {@code -nl en} for English). The preference records the drafter's choice in the workspace; {@code ./mwb workbench}
 * starts the workbench with it, and a restart applies a new choice.
 */
public final class UiLanguage {
	/** The preference node and key: {@code language=zh|en}. */
	public static final String NODE = "com.maturityworkbench.ui";
	public static final String KEY = "language";

	private UiLanguage() {
	}

	/** Makes the platform's language the language of every text of ours (called once, at start). */
	public static Language applyPlatformLanguage() {
		Language language = Language.byCode(Platform.getNL());
		Language.set(language);
		return language;
	}

	/** The language chosen in the preferences; the running one when none was chosen. */
	public static Language preferred() {
		String code = preferences().get(KEY, null);
		Language chosen = Language.parse(code);
		return chosen == null ? Language.current() : chosen;
	}

	public static void setPreferred(Language language) {
		IEclipsePreferences node = preferences();
		node.put(KEY, language.code());
		try {
			node.flush();
		} catch (org.osgi.service.prefs.BackingStoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
