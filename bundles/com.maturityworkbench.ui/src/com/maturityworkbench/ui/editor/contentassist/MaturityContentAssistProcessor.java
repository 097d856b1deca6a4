package com.maturityworkbench.ui.editor.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

import com.google.inject.Injector;
import com.maturityworkbench.dsl.ide.contentassist.ContentProposals;
import com.maturityworkbench.ui.editor.MaturityEditor;

/**
 * Content assist by the ide's proposals ({@link ContentProposals}: keywords; levels, parts, sectors and the other
 * cross-references, across the files of the revision; subdomain names from the weight tables), on a resource parsed
 * from exactly the text being completed.
 */
public final class MaturityContentAssistProcessor implements IContentAssistProcessor {
	private final MaturityEditor editor;
	private final Injector injector;

	public MaturityContentAssistProcessor(MaturityEditor editor, Injector injector) {
		this.editor = editor;
		this.injector = injector;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (ContentAssistEntry e : injector.getInstance(ContentProposals.class).at(editor.resourceFor(text), text, offset)) {
			String prefix = e.getPrefix() == null ? "" : e.getPrefix();
			String label = e.getLabel() != null ? e.getLabel() : e.getProposal();
			String display = e.getDescription() == null || e.getDescription().isEmpty() ? label : label + " — " + e.getDescription();
			proposals.add(new CompletionProposal(e.getProposal(), offset - prefix.length(), prefix.length(), e.getProposal().length(),
					null, display, null, e.getDocumentation()));
		}
		return proposals.toArray(new ICompletionProposal[0]);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
