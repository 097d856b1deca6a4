package com.maturityworkbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.maturityworkbench.scoring.testing.MessageBundles;

/**
 * The Chinese and the English texts of the readers and of the runtime say the same thing with the same values: every
 * key is in both bundles, and each pair of patterns takes the same arguments (by position and conversion, so that a
 * translation may reorder them with {@code %2$s}). The Chinese base bundle holds Chinese.
 */
class MessageBundlesTest {
	private static Properties load(String resource) {
		Properties p = MessageBundles.load(MessageBundlesTest.class.getClassLoader(), resource);
		assertNotNull(p, resource);
		return p;
	}

	@ParameterizedTest
	@ValueSource(strings = { "com/maturityworkbench/assessment/messages", "com/maturityworkbench/scoring/messages" })
	void chineseAndEnglishHaveTheSameKeysAndArguments(String base) {
		Properties zh = load(base + ".properties");
		Properties en = load(base + "_en.properties");
		assertEquals(new TreeMap<>(zh).keySet(), new TreeMap<>(en).keySet(), base);
		for (String key : zh.stringPropertyNames()) {
			assertEquals(MessageBundles.arguments(zh.getProperty(key)), MessageBundles.arguments(en.getProperty(key)), base + ": " + key);
		}
		long chinese = zh.stringPropertyNames().stream().filter(k -> zh.getProperty(k).codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)).count();
		assertTrue(chinese > zh.size() * 0.8, base + ": the base bundle is Chinese (" + chinese + " of " + zh.size() + ")");
	}
}
