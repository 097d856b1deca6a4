package com.maturityworkbench.ui.editor.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.validation.Issue;

import com.maturityworkbench.dsl.ide.quickfix.QuickFixes;
import com.maturityworkbench.dsl.ide.quickfix.Resolution;
import com.maturityworkbench.ui.editor.FindingAnnotation;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.revision.RevisionSnapshot.SnapshotFile;

/**
 * Quick fixes (Ctrl+1, or the ruler) for the findings at the caret: those the ide bundle's {@link QuickFixes} offers
 * for the issues of the snapshot the editor shows, each applied as one undo step.
 */
public final class FindingQuickAssistProcessor implements IQuickAssistProcessor {
	private final MaturityEditor editor;
	private final QuickFixes quickFixes;

	public FindingQuickAssistProcessor(MaturityEditor editor, QuickFixes quickFixes) {
		this.editor = editor;
		this.quickFixes = quickFixes;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof FindingAnnotation a && a.isQuickFixable();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		return proposals(context.getOffset()).toArray(new ICompletionProposal[0]);
	}

	/** The fixes for the findings at an offset of the shown snapshot (none when the text changed since). */
	public List<QuickFixProposal> proposals(int offset) {
		SnapshotFile file = editor.currentSnapshot();
		List<QuickFixProposal> proposals = new ArrayList<>();
		if (file == null || !editor.showsCurrentText()) {
			return proposals;
		}
		for (Issue issue : file.issues()) {
			int start = issue.getOffset() == null ? -1 : issue.getOffset();
			int end = start + (issue.getLength() == null ? 0 : issue.getLength());
			if (start <= offset && offset <= end && quickFixes.handles(issue.getCode())) {
				for (Resolution resolution : quickFixes.resolutions(file.resource(), file.text(), issue)) {
					proposals.add(new QuickFixProposal(editor, resolution, file.text()));
				}
			}
		}
		return proposals;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}
}
