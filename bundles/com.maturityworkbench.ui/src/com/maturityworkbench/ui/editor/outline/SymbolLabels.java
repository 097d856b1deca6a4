package com.maturityworkbench.ui.editor.outline;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.lsp4j.DocumentSymbol;

/** An outline entry: the symbol's name, then its detail (clause count, weight, part and sector) in grey. */
final class SymbolLabels extends LabelProvider implements IStyledLabelProvider {

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public StyledString getStyledText(Object element) {
		DocumentSymbol symbol = (DocumentSymbol) element;
		StyledString text = new StyledString(symbol.getName());
		if (symbol.getDetail() != null && !symbol.getDetail().isEmpty()) {
			text.append("  " + symbol.getDetail(), StyledString.DECORATIONS_STYLER);
		}
		return text;
	}
}
