package com.maturityworkbench.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Content assist without an editor or a language server: the proposals of the language's
 * {@link IdeContentProposalProvider} at an offset of a text, on a resource parsed from exactly that text (a context
 * factory per request, with the injector's thread pool, as Xtext's language server does).
 */
public class ContentProposals {
	@Inject
	private Provider<ContentAssistContextFactory> contextFactories;

	@Inject
	private ExecutorService pool;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	@Inject
	private IdeContentProposalProvider provider;

	/** The proposals at {@code offset}, best first. */
	public List<ContentAssistEntry> at(XtextResource resource, String text, int offset) {
		ContentAssistContextFactory contexts = contextFactories.get();
		contexts.setPool(pool);
		ContentAssistContext[] found = contexts.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		provider.createProposals(Arrays.asList(found), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}
}
