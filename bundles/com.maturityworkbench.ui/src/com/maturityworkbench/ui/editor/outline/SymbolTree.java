package com.maturityworkbench.ui.editor.outline;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.lsp4j.DocumentSymbol;

/** The outline's tree: the ide's document symbols and their children. */
final class SymbolTree implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return ((List<?>) input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
		return children == null ? new Object[0] : children.toArray();
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
		return children != null && !children.isEmpty();
	}
}
