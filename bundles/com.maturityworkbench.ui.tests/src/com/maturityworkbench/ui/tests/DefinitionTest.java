package com.maturityworkbench.ui.tests;

import static com.maturityworkbench.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.swt.custom.StyledText;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.ui.LanguageServices;
import com.maturityworkbench.dsl.ide.navigation.Definitions;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.editor.navigation.DefinitionHyperlinkDetector;

/** Go to definition (F3, Ctrl+click) across the draft's files: a reference to what it names, a row to its weight row. */
class DefinitionTest extends DraftTest {

	@Test
	void f3OnARequirementRowOpensItsWeightRowInTheWeightsFile() throws Exception {
		MaturityEditor table5 = Workbench.open(draft.resolve("table5-common.maturity"));
		int row = table5.document().get().indexOf("subdomain 组织建设") + "subdomain ".length() + 1;
		StyledText widget = table5.viewer().getTextWidget();
		widget.setCaretOffset(row);
		assertEquals(row, table5.caretOffset());
		assertTrue(table5.openDefinition(table5.caretOffset()));
		MaturityEditor weights = (MaturityEditor) Workbench.page().getActiveEditor();
		assertEquals(draft.resolve("weights.maturity"), weights.path());
		ITextSelection selected = (ITextSelection) weights.getSelectionProvider().getSelection();
		assertEquals(weights.document().get().indexOf("    组织建设 3%") + 4, selected.getOffset());
		assertEquals("组织建设", selected.getText());

		// on a clause's text there is nothing to go to
		Workbench.page().activate(table5);
		assertFalse(table5.openDefinition(table5.document().get().indexOf("在数字化转型相关职能建设方面") + 3));
		assertEquals(table5, Workbench.page().getActiveEditor());
	}

	@Test
	void ctrlClickOnASectorLinksToTheSectorsBlockOfTheHeadFile() throws Exception {
		MaturityEditor table7 = Workbench.open(draft.resolve("table7-smelting.maturity"));
		String text = table7.document().get();
		int sector = text.indexOf("sector 冶炼", text.indexOf("requirements 表7")) + "sector ".length();
		DefinitionHyperlinkDetector detector = new DefinitionHyperlinkDetector(table7, LanguageServices.get(Definitions.class));
		IHyperlink[] links = detector.detectHyperlinks(table7.viewer(), new Region(sector + 1, 0), false);
		assertNotNull(links);
		assertEquals(1, links.length);
		assertEquals(new Region(sector, 2), links[0].getHyperlinkRegion());
		assertEquals("打开定义", links[0].getHyperlinkText());
		links[0].open();
		waitUntil("the head file active", () -> Workbench.page().getActiveEditor() instanceof MaturityEditor e
				&& e.path().equals(draft.resolve("standard.maturity")));
		MaturityEditor head = (MaturityEditor) Workbench.page().getActiveEditor();
		ITextSelection selected = (ITextSelection) head.getSelectionProvider().getSelection();
		assertEquals(head.document().get().indexOf("  冶炼 smelting") + 2, selected.getOffset());
		assertEquals("冶炼", selected.getText());
	}
}
