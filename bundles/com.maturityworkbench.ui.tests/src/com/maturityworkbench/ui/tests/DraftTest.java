package com.maturityworkbench.ui.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.maturityworkbench.scoring.i18n.Language;

/** A test on a fresh copy of the shipped draft, in Chinese; every editor is closed (unsaved) afterwards. */
abstract class DraftTest {
	protected Path draft;

	@BeforeEach
	void copyDraft() throws Exception {
		Language.set(Language.ZH);
		draft = Workbench.draftCopy();
	}

	@AfterEach
	void closeEditors() {
		Language.set(Language.ZH);
		Workbench.closeAll();
	}
}
