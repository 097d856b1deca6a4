package com.maturityworkbench.ui.editor.quickfix;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;

import com.maturityworkbench.dsl.ide.quickfix.Resolution;
import com.maturityworkbench.ui.editor.MaturityEditor;

/** One quick fix in the editor's list: applied as one undo step, only to the text it was worked out for. */
public final class QuickFixProposal implements ICompletionProposal {
	private final MaturityEditor editor;
	private final Resolution resolution;
	private final String snapshotText;

	QuickFixProposal(MaturityEditor editor, Resolution resolution, String snapshotText) {
		this.editor = editor;
		this.resolution = resolution;
		this.snapshotText = snapshotText;
	}

	@Override
	public void apply(IDocument document) {
		if (!document.get().equals(snapshotText)) {
			Display.getCurrent().beep(); // the text changed since the fix was worked out
			return;
		}
		editor.applyChanges(resolution.changes());
	}

	@Override
	public String getDisplayString() {
		return resolution.label();
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return null;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
