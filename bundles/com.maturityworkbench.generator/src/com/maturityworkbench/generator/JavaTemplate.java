package com.maturityworkbench.generator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the {@code ${NAME}} placeholders of a Java source template (a text block) with text already rendered. Every
 * placeholder must be given a value and every value must be used, so a template and its caller cannot drift apart.
 */
final class JavaTemplate {
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");

	private JavaTemplate() {
	}

	/**
	 * @param namesAndValues NAME, value, NAME, value …
	 * @throws IllegalArgumentException for a placeholder without value, a value without placeholder or an odd argument count
	 */
	static String fill(String template, String... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("names and values must come in pairs");
		}
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		Set<String> unused = new HashSet<>(values.keySet());
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder filled = new StringBuilder(template.length() * 2);
		while (m.find()) {
			String value = values.get(m.group(1));
			if (value == null) {
				throw new IllegalArgumentException("no value for ${" + m.group(1) + "}");
			}
			unused.remove(m.group(1));
			m.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		m.appendTail(filled);
		if (!unused.isEmpty()) {
			throw new IllegalArgumentException("the template has no placeholder for " + unused);
		}
		return filled.toString();
	}
}
