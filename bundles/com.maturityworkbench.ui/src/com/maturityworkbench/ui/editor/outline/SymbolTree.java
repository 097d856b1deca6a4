package com.maturityworkbench.ui.editor.outline;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.lsp4j.DocumentSymbol;

/** The outline's tree: the ide's document symbols, their children and (for revealing an entry) their parents. */
final class SymbolTree implements ITreeContentProvider {
	private final Map<DocumentSymbol, DocumentSymbol> parents = new IdentityHashMap<>();

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		parents.clear();
		if (newInput instanceof List<?> roots) {
			roots.forEach(r -> index((DocumentSymbol) r));
		}
	}

	private void index(DocumentSymbol parent) {
		if (parent.getChildren() != null) {
			for (DocumentSymbol child : parent.getChildren()) {
				parents.put(child, parent);
				index(child);
			}
		}
	}

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
		return parents.get(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
		return children != null && !children.isEmpty();
	}
}
