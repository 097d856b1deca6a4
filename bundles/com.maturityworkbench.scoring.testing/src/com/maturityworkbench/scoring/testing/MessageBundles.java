package com.maturityworkbench.scoring.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message bundles as the tests compare them: a UTF-8 properties file read from the class loader that holds it,
 * and the arguments a {@link String#format} pattern takes (so that the Chinese and the English pattern of a key can
 * be seen to take the same values, a translation reordering them with {@code %2$s}).
 */
public final class MessageBundles {
	private static final Pattern SPEC = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?([a-zA-Z%])");

	private MessageBundles() {
	}

	/** The properties file {@code resource} (e.g. {@code com/maturityworkbench/scoring/messages.properties}), or null when absent. */
	public static Properties load(ClassLoader loader, String resource) {
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				return null;
			}
			Properties p = new Properties();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return p;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The arguments a pattern takes: "1:d", "2:s" … sorted by position ({@code %%} and {@code %n} take none). */
	public static List<String> arguments(String pattern) {
		TreeMap<Integer, String> byPosition = new TreeMap<>();
		Matcher m = SPEC.matcher(pattern);
		int next = 1;
		while (m.find()) {
			String conversion = m.group(3);
			if (conversion.equals("%") || conversion.equals("n")) {
				continue;
			}
			int position = m.group(1) == null ? next++ : Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 1));
			byPosition.put(position, position + ":" + conversion.toLowerCase());
		}
		return new ArrayList<>(byPosition.values());
	}
}
