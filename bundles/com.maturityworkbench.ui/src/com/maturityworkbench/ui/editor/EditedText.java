package com.maturityworkbench.ui.editor;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;

import com.maturityworkbench.dsl.ide.quickfix.TextChange;

/** Changes made to an editor's document as one undo step (a quick fix, formatting). */
final class EditedText {
	private EditedText() {
	}

	/** Applies the changes, last first, as one compound change of the editor's undo history. */
	static void apply(MaturityEditor editor, List<TextChange> changes) {
		IDocument document = editor.document();
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		target.beginCompoundChange();
		try {
			for (TextChange change : TextChange.lastFirst(changes)) {
				document.replace(change.offset(), change.length(), change.text());
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException("change out of step with the document", e);
		} finally {
			target.endCompoundChange();
		}
	}
}
