package com.maturityworkbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese and the English texts of the readers and of the runtime say the same thing with the same values: every
 * key is in both bundles, and each pair of patterns takes the same arguments (by position and conversion, so that a
 * translation may reorder them with {@code %2$s}). The Chinese base bundle holds Chinese.
 */
class MessageBundlesTest {
	private static final Pattern SPEC = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?([a-zA-Z%])");

	private static Properties load(String resource) throws IOException {
		try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertNotNull(in, resource);
			Properties p = new Properties();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return p;
		}
	}

	/** The arguments a pattern takes: "1:d", "2:s" … sorted by position. */
	static List<String> arguments(String pattern) {
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

	@ParameterizedTest
	@ValueSource(strings = { "com/maturityworkbench/assessment/messages", "com/maturityworkbench/scoring/messages" })
	void chineseAndEnglishHaveTheSameKeysAndArguments(String base) throws IOException {
		Properties zh = load(base + ".properties");
		Properties en = load(base + "_en.properties");
		assertEquals(new TreeMap<>(zh).keySet(), new TreeMap<>(en).keySet(), base);
		for (String key : zh.stringPropertyNames()) {
			assertEquals(arguments(zh.getProperty(key)), arguments(en.getProperty(key)), base + ": " + key);
		}
		long chinese = zh.stringPropertyNames().stream().filter(k -> zh.getProperty(k).codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)).count();
		assertTrue(chinese > zh.size() * 0.8, base + ": the base bundle is Chinese (" + chinese + " of " + zh.size() + ")");
	}
}
