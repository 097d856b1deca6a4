package com.maturityworkbench.scoring.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of one resource bundle in the {@link Language#current() current language}. Patterns use
 * {@link String#format} placeholders ({@code %s}, {@code %d}, {@code %1$s}); the bundles are UTF-8 properties files
 * beside the class that owns them: {@code messages.properties} (Chinese, the base) and {@code messages_en.properties}.
 * The machine's default locale is never consulted. A key missing from the English bundle falls back to the Chinese
 * text; a key missing from both is a programming error and shows as {@code !key!}.
 *
 * <pre>
 * private static final Messages M = Messages.of(CsvAssessmentReader.class, "com.maturityworkbench.assessment.messages");
 * M.text("csv.rating-twice", column)
 * </pre>
 */
public final class Messages {
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final ClassLoader loader;
	private final String baseName;

	private Messages(ClassLoader loader, String baseName) {
		this.loader = loader;
		this.baseName = baseName;
	}

	/**
	 * @param owner a class of the bundle (OSGi) or jar that holds the properties files
	 * @param baseName e.g. {@code com.maturityworkbench.assessment.messages}
	 */
	public static Messages of(Class<?> owner, String baseName) {
		return new Messages(owner.getClassLoader(), baseName);
	}

	/** The text of {@code key} in the current language, formatted with {@code args}. */
	public String text(String key, Object... args) {
		return text(Language.current(), key, args);
	}

	/** The text of {@code key} in {@code language}, formatted with {@code args}. */
	public String text(Language language, String key, Object... args) {
		String pattern = pattern(language, key);
		return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
	}

	/** Whether {@code key} exists (in the base bundle). */
	public boolean has(String key) {
		return bundle(Language.ZH).containsKey(key);
	}

	private String pattern(Language language, String key) {
		ResourceBundle bundle = bundle(language);
		try {
			return bundle.getString(key);
		} catch (MissingResourceException e) {
			return "!" + key + "!";
		}
	}

	private ResourceBundle bundle(Language language) {
		// the English bundle's parent is the base (Chinese) bundle, so a missing English key shows the Chinese text
		return ResourceBundle.getBundle(baseName, language.bundleLocale(), loader, NO_FALLBACK);
	}
}
