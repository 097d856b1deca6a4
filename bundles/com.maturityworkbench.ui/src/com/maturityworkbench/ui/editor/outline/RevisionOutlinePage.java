package com.maturityworkbench.ui.editor.outline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import com.maturityworkbench.ui.editor.MaturityEditor;

/**
 * The outline of a revision file (standard → tables → domains → subdomains → levels, with clause counts), from the
 * ide's document symbols of the last check. Linked with the editor both ways: selecting an entry selects its name in
 * the text; moving the caret selects the innermost entry around it. Expanded entries stay expanded across checks.
 */
public final class RevisionOutlinePage extends ContentOutlinePage {
	private final MaturityEditor editor;
	private List<DocumentSymbol> symbols = List.of();
	private boolean revealing;
	private DocumentSymbol revealed;

	public RevisionOutlinePage(MaturityEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new SymbolTree());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new SymbolLabels()));
		viewer.setUseHashlookup(true);
		viewer.setInput(symbols);
		viewer.expandToLevel(2);
	}

	/** UI thread: shows a new set of symbols (nothing changes when they are the ones shown). */
	public void setSymbols(List<DocumentSymbol> next) {
		if (next.equals(symbols)) {
			return;
		}
		boolean first = symbols.isEmpty();
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			symbols = next;
			return;
		}
		Set<List<String>> expanded = new HashSet<>();
		for (Object e : viewer.getExpandedElements()) {
			expanded.add(pathOf(e));
		}
		symbols = next;
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(next);
			if (first) {
				viewer.expandToLevel(2);
			} else {
				List<DocumentSymbol> again = new ArrayList<>();
				collect(next, new ArrayList<>(), expanded, again);
				viewer.setExpandedElements(again.toArray());
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	/** The symbols shown (tests). */
	public List<DocumentSymbol> symbols() {
		return symbols;
	}

	/** Selects the innermost entry whose range holds the offset, without moving the editor's selection. */
	public void reveal(int offset) {
		TreeViewer viewer = getTreeViewer();
		DocumentSymbol innermost = innermost(symbols, offset, null);
		if (viewer == null || viewer.getControl().isDisposed() || innermost == null || innermost == revealed) {
			return; // typing within one entry selects nothing new
		}
		revealed = innermost;
		revealing = true;
		try {
			viewer.setSelection(new StructuredSelection(innermost), true);
		} finally {
			revealing = false;
		}
	}

	/** Selects (and reveals, expanding its parents) an entry; the editor follows. */
	@Override
	public void setSelection(org.eclipse.jface.viewers.ISelection selection) {
		if (getTreeViewer() != null) {
			getTreeViewer().setSelection(selection, true);
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (revealing) {
			return;
		}
		if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof DocumentSymbol s) {
			IDocument document = editor.document();
			int start = offset(document, s.getSelectionRange().getStart());
			int end = offset(document, s.getSelectionRange().getEnd());
			if (start >= 0 && end >= start) {
				editor.selectAndReveal(start, end - start);
			}
		}
	}

	private DocumentSymbol innermost(List<DocumentSymbol> candidates, int offset, DocumentSymbol found) {
		IDocument document = editor.document();
		for (DocumentSymbol s : candidates) {
			Range r = s.getRange();
			if (offset(document, r.getStart()) <= offset && offset <= offset(document, r.getEnd())) {
				return innermost(s.getChildren(), offset, s);
			}
		}
		return found;
	}

	private List<String> pathOf(Object element) {
		List<String> path = new ArrayList<>();
		find(symbols, (DocumentSymbol) element, path);
		return path;
	}

	private static boolean find(List<DocumentSymbol> candidates, DocumentSymbol target, List<String> path) {
		for (DocumentSymbol s : candidates) {
			path.add(s.getName());
			if (s == target || find(s.getChildren(), target, path)) {
				return true;
			}
			path.remove(path.size() - 1);
		}
		return false;
	}

	private static void collect(List<DocumentSymbol> candidates, List<String> path, Set<List<String>> expanded, List<DocumentSymbol> out) {
		for (DocumentSymbol s : candidates) {
			path.add(s.getName());
			if (expanded.contains(path)) {
				out.add(s);
				collect(s.getChildren(), path, expanded, out);
			}
			path.remove(path.size() - 1);
		}
	}

	static int offset(IDocument document, Position p) {
		try {
			return document.getLineOffset(p.getLine()) + p.getCharacter();
		} catch (BadLocationException e) {
			return -1;
		}
	}

	@Override
	public void dispose() {
		editor.outlineClosed(this);
		super.dispose();
	}
}
