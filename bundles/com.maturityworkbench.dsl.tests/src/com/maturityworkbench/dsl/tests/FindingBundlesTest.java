package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.maturityworkbench.dsl.ide.quickfix.MaturityQuickfixProvider;
import com.maturityworkbench.dsl.maturity.MaturityPackage;
import com.maturityworkbench.dsl.semantics.Tables;
import com.maturityworkbench.dsl.validation.ValidationMessages;
import com.maturityworkbench.scoring.testing.MessageBundles;

/**
 * The Chinese and English texts of the findings (validation, parser, linker), of the semantics' names of tables and
 * open points, and of the quick fixes say the same thing with the same values: every key is in both bundles, each
 * pair of patterns takes the same arguments (by position and conversion, a translation may reorder them with
 * {@code %2$s}); the base bundle is Chinese and the English has no Chinese outside the quotes “…” it puts around
 * the standard's own words.
 */
class FindingBundlesTest {
	private static Properties load(String baseName, String suffix) {
		Class<?> owner = switch (baseName) {
		case "com/maturityworkbench/dsl/validation/messages" -> ValidationMessages.class;
		case "com/maturityworkbench/dsl/semantics/messages" -> Tables.class;
		default -> MaturityQuickfixProvider.class;
		};
		String resource = baseName + suffix + ".properties";
		Properties p = MessageBundles.load(owner.getClassLoader(), resource);
		assertNotNull(p, resource);
		return p;
	}

	@ParameterizedTest
	@ValueSource(strings = { "com/maturityworkbench/dsl/validation/messages", "com/maturityworkbench/dsl/semantics/messages",
			"com/maturityworkbench/dsl/ide/quickfix/messages" })
	void chineseAndEnglishHaveTheSameKeysAndArguments(String base) {
		Properties zh = load(base, "");
		Properties en = load(base, "_en");
		assertEquals(new TreeMap<>(zh).keySet(), new TreeMap<>(en).keySet(), base);
		for (String key : zh.stringPropertyNames()) {
			assertEquals(MessageBundles.arguments(zh.getProperty(key)), MessageBundles.arguments(en.getProperty(key)), base + ": " + key);
			String english = EnglishFindings.unquoted(en.getProperty(key));
			assertTrue(!EnglishFindings.hasChinese(english), base + ": " + key + " has Chinese outside quotes: " + en.getProperty(key));
		}
		long chinese = zh.stringPropertyNames().stream().filter(k -> EnglishFindings.hasChinese(zh.getProperty(k))).count();
		assertTrue(chinese > zh.size() * 0.8, base + ": the base bundle is Chinese (" + chinese + " of " + zh.size() + ")");
	}

	/**
	 * An unresolved name says which kind of thing was not found ({@code link.kind.<type>}): every kind of thing the
	 * language lets a name refer to has its words, else the message would show the grammar's type ({@code 找不到Rating…}).
	 */
	@Test
	void everyKindOfThingANameCanReferToHasItsWords() {
		Set<String> kinds = new TreeSet<>();
		for (EClassifier classifier : MaturityPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type) {
				for (EReference reference : type.getEReferences()) {
					if (!reference.isContainment()) {
						kinds.add(reference.getEReferenceType().getName());
					}
				}
			}
		}
		assertEquals(Set.of("Level", "Part", "Rating", "RequirementTable", "Sector", "Standard", "WeightedSubdomain"), kinds,
				"the kinds of reference of the grammar");
		Properties zh = load("com/maturityworkbench/dsl/validation/messages", "");
		for (String kind : kinds) {
			assertTrue(zh.containsKey("link.kind." + kind), "link.kind." + kind);
		}
	}
}
