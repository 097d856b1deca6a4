package com.maturityworkbench.dsl.ide.highlighting;

import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/** Lexical styles of the language's own terminals (it declares its terminals itself, so INT is not among them). */
public class MaturityTokenToAttributeIdMapper extends DefaultAntlrTokenToAttributeIdMapper {

	@Override
	protected String calculateId(String tokenName, int tokenType) {
		return switch (tokenName) {
		case "RULE_PERCENT" -> MaturityHighlightingStyles.PERCENTAGE;
		case "RULE_DECIMAL" -> HighlightingStyles.NUMBER_ID;
		case "RULE_LABEL" -> MaturityHighlightingStyles.LABEL;
		case "RULE_ANY_OTHER" -> HighlightingStyles.INVALID_TOKEN_ID;
		default -> super.calculateId(tokenName, tokenType);
		};
	}
}
