package com.maturityworkbench.dsl.tests;

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

import com.maturityworkbench.dsl.ide.quickfix.MaturityQuickfixProvider;
import com.maturityworkbench.dsl.semantics.Tables;
import com.maturityworkbench.dsl.validation.ValidationMessages;

/**
 * The Chinese and English texts of the findings (validation, parser, linker), of the semantics' names of tables and
 * open points, and of the quick fixes say the same thing with the same values: every key is in both bundles, each
 * pair of patterns takes the same arguments (by position and conversion, a translation may reorder them with
 * {@code %2$s}); the base bundle is Chinese and the English has no Chinese outside the quotes “…” it puts around
 * the standard's own words.
 */
class FindingBundlesTest {
	private static final Pattern SPEC = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?([a-zA-Z%])");

	private static Properties load(String baseName, String suffix) throws IOException {
		Class<?> owner = switch (baseName) {
		case "com/maturityworkbench/dsl/validation/messages" -> ValidationMessages.class;
		case "com/maturityworkbench/dsl/semantics/messages" -> Tables.class;
		default -> MaturityQuickfixProvider.class;
		};
		String resource = baseName + suffix + ".properties";
		try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
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
	@ValueSource(strings = { "com/maturityworkbench/dsl/validation/messages", "com/maturityworkbench/dsl/semantics/messages",
			"com/maturityworkbench/dsl/ide/quickfix/messages" })
	void chineseAndEnglishHaveTheSameKeysAndArguments(String base) throws IOException {
		Properties zh = load(base, "");
		Properties en = load(base, "_en");
		assertEquals(new TreeMap<>(zh).keySet(), new TreeMap<>(en).keySet(), base);
		for (String key : zh.stringPropertyNames()) {
			assertEquals(arguments(zh.getProperty(key)), arguments(en.getProperty(key)), base + ": " + key);
			String english = EnglishFindings.unquoted(en.getProperty(key));
			assertTrue(!EnglishFindings.hasChinese(english), base + ": " + key + " has Chinese outside quotes: " + en.getProperty(key));
		}
		long chinese = zh.stringPropertyNames().stream().filter(k -> EnglishFindings.hasChinese(zh.getProperty(k))).count();
		assertTrue(chinese > zh.size() * 0.8, base + ": the base bundle is Chinese (" + chinese + " of " + zh.size() + ")");
	}
}
