package com.maturityworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.ui.UiLanguage;
import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.application.AuthoringPerspective;
import com.maturityworkbench.ui.editor.MaturityEditor;

/** The product: Chinese texts by default, the authoring perspective, the editor of *.maturity files, the head file opened. */
class WorkbenchTest extends DraftTest {

	@Test
	void theWorkbenchSpeaksChineseUnlessAskedForEnglish() {
		assertEquals("zh", Platform.getNL(), "the tests start the workbench with -nl zh, as the product's configuration does");
		assertEquals(Language.ZH, UiLanguage.applyPlatformLanguage());
		assertEquals("成熟度标准编辑器", PlatformUI.getWorkbench().getEditorRegistry().findEditor(MaturityEditor.ID).getLabel());
		assertEquals("标准编写", PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(AuthoringPerspective.ID).getLabel());
		assertEquals("成熟度标准编写工作台", UiTexts.text("window.title"));
		Language.set(Language.EN);
		assertEquals("Maturity Workbench", UiTexts.text("window.title"));
	}

	@Test
	void theAuthoringPerspectiveHasTheOutlineAndTheProblemsView() {
		var page = Workbench.page();
		assertEquals(AuthoringPerspective.ID, page.getPerspective().getId());
		assertTrue(page.isEditorAreaVisible());
		assertTrue(java.util.Arrays.stream(page.getViewReferences()).map(v -> v.getId()).toList()
				.containsAll(java.util.List.of(IPageLayout.ID_OUTLINE, IPageLayout.ID_PROBLEM_VIEW)));
	}

	@Test
	void openingARevisionFolderOpensItsHeadFileFromALinkedFolder() throws Exception {
		var editor = (MaturityEditor) com.maturityworkbench.ui.application.RevisionFolders.openHeadFile(Workbench.page(), draft);
		assertEquals(draft.resolve("standard.maturity"), editor.path());
		var file = Workbench.workspaceFile(draft.resolve("standard.maturity"));
		assertTrue(file.getParent().isLinked(), "the folder is linked, not copied");
		assertEquals("UTF-8", file.getCharset());
		assertTrue(java.nio.file.Files.notExists(draft.resolve(".project")), "nothing is written into the revision folder");
	}
}
