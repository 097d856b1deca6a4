package com.maturityworkbench.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

import com.google.inject.Injector;
import com.maturityworkbench.dsl.ide.navigation.Definitions;
import com.maturityworkbench.dsl.ide.quickfix.QuickFixes;
import com.maturityworkbench.ui.editor.contentassist.MaturityContentAssistProcessor;
import com.maturityworkbench.ui.editor.highlighting.LexicalScanner;
import com.maturityworkbench.ui.editor.hover.MaturityTextHover;
import com.maturityworkbench.ui.editor.navigation.DefinitionHyperlinkDetector;
import com.maturityworkbench.ui.editor.quickfix.FindingQuickAssistProcessor;

/**
 * The editor's text services, each an adapter of an ide service: lexical highlighting, content assist, hover, quick
 * fixes. No JFace reconciler: checking is the {@link com.maturityworkbench.ui.revision.RevisionSession}'s, for the
 * whole revision.
 */
final class MaturitySourceViewerConfiguration extends TextSourceViewerConfiguration {
	private final MaturityEditor editor;
	private final Injector injector;

	MaturitySourceViewerConfiguration(MaturityEditor editor, Injector injector) {
		super(EditorsUI.getPreferenceStore());
		this.editor = editor;
		this.injector = injector;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		DefaultDamagerRepairer lexical = new DefaultDamagerRepairer(new LexicalScanner(injector));
		reconciler.setDamager(lexical, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(lexical, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		return null;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(new MaturityContentAssistProcessor(editor, injector), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		assistant.enableAutoInsert(false);
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new MaturityTextHover(editor, injector);
	}

	/** Ctrl+click on a name that leads to its definition, besides the default detectors (URLs). */
	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		IHyperlinkDetector[] defaults = super.getHyperlinkDetectors(sourceViewer);
		IHyperlinkDetector[] all = new IHyperlinkDetector[(defaults == null ? 0 : defaults.length) + 1];
		all[0] = new DefinitionHyperlinkDetector(editor, injector.getInstance(Definitions.class));
		if (defaults != null) {
			System.arraycopy(defaults, 0, all, 1, defaults.length);
		}
		return all;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new FindingQuickAssistProcessor(editor, injector.getInstance(QuickFixes.class)));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}
}
