package com.maturityworkbench.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Only elements with an outline name become symbols; the others (clauses above all) cost nothing. */
@Singleton
public class MaturitySymbolMapper extends DocumentSymbolMapper {
	@Inject
	private MaturitySymbolNames names;

	@Override
	public DocumentSymbol toDocumentSymbol(EObject object) {
		return names.getName(object) == null ? null : super.toDocumentSymbol(object);
	}
}
