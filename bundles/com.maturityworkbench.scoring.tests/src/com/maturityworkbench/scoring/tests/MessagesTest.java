package com.maturityworkbench.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.i18n.Messages;

class MessagesTest {
	private static final Messages M = Messages.of(MessagesTest.class, "com.maturityworkbench.scoring.tests.i18n.messages");
	private final Locale machine = Locale.getDefault();

	@AfterEach
	void restore() {
		Locale.setDefault(machine);
		Language.set(Language.ZH);
	}

	@Test
	void chineseWhateverTheMachineLocale() {
		Locale.setDefault(Locale.US);
		Language.set(Language.ZH);
		assertEquals("评估了 3 个条款（冶炼）", M.text("greeting", 3, "冶炼"));
	}

	@Test
	void englishOnlyWhenAsked() {
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		Language.set(Language.EN);
		assertEquals("3 clauses rated (冶炼)", M.text("greeting", 3, "冶炼"));
		assertEquals("评估了 3 个条款（冶炼）", M.text(Language.ZH, "greeting", 3, "冶炼"));
	}

	@Test
	void missingEnglishTextFallsBackToChinese() {
		Language.set(Language.EN);
		assertEquals("仅有中文", M.text("only.chinese"));
		assertEquals("!no.such.key!", M.text("no.such.key"));
		assertTrue(M.has("only.chinese"));
		assertFalse(M.has("no.such.key"));
	}

	@Test
	void languageCodes() {
		assertEquals(Language.EN, Language.parse("en"));
		assertEquals(Language.EN, Language.parse("EN-us"));
		assertEquals(Language.ZH, Language.parse("zh_CN"));
		assertNull(Language.parse("fr"));
		assertEquals(Language.ZH, Language.byCode("fr"));
	}
}
