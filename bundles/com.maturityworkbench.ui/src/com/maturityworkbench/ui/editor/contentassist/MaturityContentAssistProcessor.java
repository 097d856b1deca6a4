package com.maturityworkbench.ui.editor.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;
import com.maturityworkbench.ui.editor.MaturityEditor;

/**
 * Content assist by the ide's proposal provider (keywords; levels, parts, sectors and the other cross-references,
 * across the files of the revision), on a resource parsed from exactly the text being completed.
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
		for (ContentAssistEntry e : entries(editor.resourceFor(text), text, offset)) {
			String prefix = e.getPrefix() == null ? "" : e.getPrefix();
			String label = e.getLabel() != null ? e.getLabel() : e.getProposal();
			String display = e.getDescription() == null || e.getDescription().isEmpty() ? label : label + " — " + e.getDescription();
			proposals.add(new CompletionProposal(e.getProposal(), offset - prefix.length(), prefix.length(), e.getProposal().length(),
					null, display, null, e.getDocumentation()));
		}
		return proposals.toArray(new ICompletionProposal[0]);
	}

	private List<ContentAssistEntry> entries(XtextResource resource, String text, int offset) {
		ContentAssistContextFactory contexts = injector.getInstance(ContentAssistContextFactory.class);
		contexts.setPool(injector.getInstance(ExecutorService.class));
		ContentAssistContext[] found = contexts.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(found), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
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
