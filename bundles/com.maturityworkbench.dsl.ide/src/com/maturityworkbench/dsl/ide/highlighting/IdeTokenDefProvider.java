package com.maturityworkbench.dsl.ide.highlighting;

import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;

/**
 * The token names of the ide grammar's lexer (the one the highlighting lexer is), read from its {@code .tokens} file:
 * its token types differ from the runtime parser's.
 */
public class IdeTokenDefProvider extends AntlrTokenDefProvider {
	static final String TOKENS = "com/maturityworkbench/dsl/ide/contentassist/antlr/internal/InternalMaturity.tokens";

	public IdeTokenDefProvider() {
		setAntlrTokenFileProvider(() -> IdeTokenDefProvider.class.getClassLoader().getResourceAsStream(TOKENS));
	}
}
