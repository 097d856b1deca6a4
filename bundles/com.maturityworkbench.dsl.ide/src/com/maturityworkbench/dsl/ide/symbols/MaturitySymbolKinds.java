package com.maturityworkbench.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

import com.google.inject.Singleton;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;

/** The kind of each outline symbol, by what it is in the standard (editors choose icons by it). */
@Singleton
public class MaturitySymbolKinds extends DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		if (type == Literals.MODEL) {
			return SymbolKind.File;
		} else if (type == Literals.WEIGHT_TABLE || type == Literals.REQUIREMENT_TABLE) {
			return SymbolKind.Class;
		} else if (type == Literals.WEIGHT_DOMAIN || type == Literals.REQUIREMENT_DOMAIN) {
			return SymbolKind.Namespace;
		} else if (type == Literals.WEIGHTED_SUBDOMAIN || type == Literals.REQUIREMENT_ROW) {
			return SymbolKind.Field;
		} else if (type == Literals.CELL) {
			return SymbolKind.Array;
		} else if (type == Literals.LEVEL || type == Literals.RATING || type == Literals.PART || type == Literals.SECTOR) {
			return SymbolKind.EnumMember;
		}
		return SymbolKind.Module;
	}
}
