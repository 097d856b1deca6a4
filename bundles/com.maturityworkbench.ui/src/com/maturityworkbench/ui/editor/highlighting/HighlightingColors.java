package com.maturityworkbench.ui.editor.highlighting;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

import com.maturityworkbench.dsl.ide.highlighting.MaturityHighlightingStyles;

/** The editor's colours for the language's highlighting style ids, lexical and semantic. */
public final class HighlightingColors {
	private static final Map<String, TextAttribute> ATTRIBUTES = Map.ofEntries(
			Map.entry(HighlightingStyles.KEYWORD_ID, attribute(127, 0, 85, SWT.BOLD)),
			Map.entry(HighlightingStyles.STRING_ID, attribute(42, 0, 255, SWT.NORMAL)),
			Map.entry(HighlightingStyles.NUMBER_ID, attribute(0, 128, 128, SWT.NORMAL)),
			Map.entry(HighlightingStyles.COMMENT_ID, attribute(63, 127, 95, SWT.ITALIC)),
			Map.entry(HighlightingStyles.PUNCTUATION_ID, attribute(90, 90, 90, SWT.NORMAL)),
			Map.entry(HighlightingStyles.INVALID_TOKEN_ID, attribute(220, 0, 0, SWT.BOLD)),
			Map.entry(MaturityHighlightingStyles.PERCENTAGE, attribute(0, 128, 128, SWT.BOLD)),
			Map.entry(MaturityHighlightingStyles.LABEL, attribute(0, 120, 0, SWT.BOLD)),
			Map.entry(MaturityHighlightingStyles.STANDARD, attribute(128, 0, 128, SWT.BOLD)),
			Map.entry(MaturityHighlightingStyles.LEVEL, attribute(170, 85, 0, SWT.BOLD)),
			Map.entry(MaturityHighlightingStyles.RATING, attribute(170, 85, 0, SWT.NORMAL)),
			Map.entry(MaturityHighlightingStyles.PART, attribute(0, 90, 160, SWT.ITALIC)),
			Map.entry(MaturityHighlightingStyles.SECTOR, attribute(0, 90, 160, SWT.ITALIC)),
			Map.entry(MaturityHighlightingStyles.TABLE, attribute(160, 0, 0, SWT.BOLD)),
			Map.entry(MaturityHighlightingStyles.DOMAIN, attribute(0, 0, 160, SWT.BOLD)),
			Map.entry(MaturityHighlightingStyles.SUBDOMAIN, attribute(0, 70, 140, SWT.NORMAL)),
			Map.entry(MaturityHighlightingStyles.TOPIC, attribute(0, 120, 0, SWT.NORMAL)),
			Map.entry(MaturityHighlightingStyles.EMPTY_REASON, attribute(150, 150, 150, SWT.ITALIC)));

	private HighlightingColors() {
	}

	/** The attribute of a style id; null for the default style and unknown ids. */
	public static TextAttribute of(String styleId) {
		return ATTRIBUTES.get(styleId);
	}

	private static TextAttribute attribute(int r, int g, int b, int style) {
		return new TextAttribute(new Color(r, g, b), null, style);
	}
}
