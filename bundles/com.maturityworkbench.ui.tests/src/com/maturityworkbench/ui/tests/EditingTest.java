package com.maturityworkbench.ui.tests;

import static com.maturityworkbench.ui.tests.Workbench.waitForCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.ide.highlighting.MaturityHighlightingStyles;
import com.maturityworkbench.ui.LanguageServices;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.editor.highlighting.HighlightingColors;
import com.maturityworkbench.ui.editor.hover.MaturityTextHover;

/** Chinese text typed into the widget, highlighting, hovers and formatting in the editor of the shipped draft. */
class EditingTest extends DraftTest {

	@Test
	void chineseTextEnteredThroughTheWidgetIsInTheDocument() throws Exception {
		MaturityEditor table5 = Workbench.open(draft.resolve("table5-common.maturity"));
		StyledText widget = table5.viewer().getTextWidget();
		String text = table5.document().get();
		int at = text.indexOf("\"在数字化转型相关职能建设方面") + 1; // inside the first clause text

		widget.setCaretOffset(at);
		widget.insert("全面");            // as an input method commits text
		widget.setCaretOffset(at + 2);
		Workbench.type(widget, "推进，"); // as key events with the characters

		String edited = table5.document().get();
		assertEquals(text.substring(0, at) + "全面推进，" + text.substring(at), edited);
		assertEquals(edited, widget.getText(), "the widget shows the document");
		assertEquals(at + 5, widget.getCaretOffset());
		waitForCheck(table5);
		assertTrue(table5.currentSnapshot().issues().stream().noneMatch(i -> "syntax".equals(com.maturityworkbench.ui.revision.Findings.code(i))),
				"Chinese text inside a clause is no syntax error");
	}

	@Test
	void keywordsPercentagesLabelsAndNamesAreHighlighted() throws Exception {
		MaturityEditor weights = Workbench.open(draft.resolve("weights.maturity"));
		StyledText widget = weights.viewer().getTextWidget();
		String text = weights.document().get();
		assertEquals(rgb(HighlightingStyles.KEYWORD_ID), foreground(widget, text.indexOf("weights 表1")), "keyword (lexical)");
		assertEquals(rgb(MaturityHighlightingStyles.PERCENTAGE), foreground(widget, text.indexOf("3%")), "percentage (lexical)");
		assertEquals(rgb(HighlightingStyles.STRING_ID), foreground(widget, text.indexOf("\"有色金属行业基础共性能力域\"")), "string (lexical)");
		assertEquals(rgb(MaturityHighlightingStyles.TABLE), foreground(widget, text.indexOf("weights 表1") + "weights ".length()), "table name (semantic)");
		assertEquals(rgb(MaturityHighlightingStyles.PART), foreground(widget, text.indexOf("part 基础共性") + 5), "part reference (semantic)");
		assertEquals(rgb(MaturityHighlightingStyles.DOMAIN), foreground(widget, text.indexOf("domain 组织") + 7), "domain (semantic)");
		assertEquals(rgb(MaturityHighlightingStyles.SUBDOMAIN), foreground(widget, text.indexOf("组织建设")), "subdomain (semantic)");

		MaturityEditor table5 = Workbench.open(draft.resolve("table5-common.maturity"));
		StyledText cells = table5.viewer().getTextWidget();
		String requirements = table5.document().get();
		int label = requirements.indexOf("a) 组织结构。");
		assertEquals(rgb(MaturityHighlightingStyles.LABEL), foreground(cells, label), "clause label (lexical)");
		assertEquals(rgb(MaturityHighlightingStyles.TOPIC), foreground(cells, label + 3), "clause topic (semantic)");
		assertEquals(rgb(MaturityHighlightingStyles.LEVEL), foreground(cells, requirements.indexOf("      一级") + 6), "level reference (semantic)");
		assertNotEquals(rgb(MaturityHighlightingStyles.LEVEL), rgb(MaturityHighlightingStyles.SUBDOMAIN));
	}

	@Test
	void hoversShowTheClauseOfALabelTheLevelOfAReferenceAndTheFindings() throws Exception {
		MaturityEditor table5 = Workbench.open(draft.resolve("table5-common.maturity"));
		MaturityTextHover hover = new MaturityTextHover(table5, LanguageServices.injector());
		String text = table5.document().get();
		int label = text.indexOf("a) 组织结构。");
		String clause = text.substring(text.indexOf("\"", label) + 1, text.indexOf("\"\n", label));
		assertEquals("a) 组织结构。" + clause, hover.hoverText(label));
		String level = hover.hoverText(text.indexOf("      一级") + 6);
		assertTrue(level.startsWith("一级：组织运行以职能驱动为主"), level);

		int doubled = text.indexOf("流程的的标准化") + 2;
		String finding = hover.hoverText(doubled);
		assertTrue(finding.contains("[text.doubled-character]"), finding);
	}

	@Test
	void formattingLaysTheFileOutAgainAsOneUndoStep() throws Exception {
		MaturityEditor weights = Workbench.open(draft.resolve("weights.maturity"));
		weights.formatDocument();
		String formatted = weights.document().get(); // the shipped file as the formatter lays it out
		String messy = formatted.replace("\n    组织建设 3%", "\n组织建设    3%").replace("\n  domain 技术\n", "\n      domain   技术\n");
		weights.document().set(messy);
		assertNotEquals(formatted, messy);

		weights.formatDocument();
		assertEquals(formatted, weights.document().get(), "the layout is the formatter's again");
		((ITextOperationTarget) weights.viewer()).doOperation(ITextOperationTarget.UNDO);
		assertEquals(messy, weights.document().get(), "formatting is one undo step");
	}

	private static RGB rgb(String styleId) {
		return HighlightingColors.of(styleId).getForeground().getRGB();
	}

	private static RGB foreground(StyledText widget, int offset) {
		StyleRange range = widget.getStyleRangeAtOffset(offset);
		return range == null || range.foreground == null ? null : range.foreground.getRGB();
	}
}
