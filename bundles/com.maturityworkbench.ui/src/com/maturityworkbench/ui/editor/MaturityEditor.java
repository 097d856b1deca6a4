package com.maturityworkbench.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.IDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;
import com.maturityworkbench.dsl.ide.navigation.Definitions;
import com.maturityworkbench.dsl.ide.quickfix.QuickFixes;
import com.maturityworkbench.dsl.ide.quickfix.TextChange;
import com.maturityworkbench.ui.LanguageServices;
import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.application.RevisionFolders;
import com.maturityworkbench.ui.editor.highlighting.SemanticHighlighter;
import com.maturityworkbench.ui.editor.highlighting.SemanticHighlighter.StyledRange;
import com.maturityworkbench.ui.editor.outline.RevisionOutlinePage;
import com.maturityworkbench.ui.revision.OpenRevisionFile;
import com.maturityworkbench.ui.revision.RevisionSession;
import com.maturityworkbench.ui.revision.RevisionSessions;
import com.maturityworkbench.ui.revision.RevisionSnapshot;
import com.maturityworkbench.ui.revision.RevisionSnapshot.SnapshotFile;

/**
 * The editor of a revision file. It shows what the checks of its revision found and what the language's ide
 * services say of its text: the findings as annotations, semantic highlighting, the outline; content assist, hovers,
 * quick fixes and formatting on request. It computes nothing of the language itself.
 */
public class MaturityEditor extends TextEditor implements OpenRevisionFile {
	public static final String ID = "com.maturityworkbench.ui.editor";
	public static final String CONTEXT = "com.maturityworkbench.ui.editorScope";

	private final Injector injector = LanguageServices.injector();
	private final FindingAnnotations findings = new FindingAnnotations(injector.getInstance(QuickFixes.class));
	private final EditorFigures figures = new EditorFigures();
	private final IDocumentListener changes = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// nothing before the change
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			if (session != null) {
				session.changed();
			}
		}
	};
	private SemanticHighlighter semanticHighlighter;
	private RevisionOutlinePage outline;
	private List<DocumentSymbol> symbols = List.of();
	private RevisionSession session;
	private Path path;
	private IDocument listenedDocument;
	private volatile SnapshotFile shown;
	private volatile FileViews prepared;
	private volatile long shownStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;

	public MaturityEditor() {
		setSourceViewerConfiguration(new MaturitySourceViewerConfiguration(this, injector));
		setEditorContextMenuId("#MaturityEditorContext");
		setRulerContextMenuId("#MaturityRulerContext");
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		setWordWrap(true); // clauses are long lines of Chinese text
		semanticHighlighter = new SemanticHighlighter(getSourceViewer());
		attach(getEditorInput());
	}

	@Override
	protected void createActions() {
		super.createActions();
		IAction contentAssist = new Action(UiTexts.text("action.content-assist")) {
			@Override
			public void run() {
				((ITextOperationTarget) getSourceViewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
			}
		};
		contentAssist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", contentAssist);
	}

	private void attach(IEditorInput input) {
		if (!(input instanceof IURIEditorInput uriInput) || uriInput.getURI() == null || !"file".equals(uriInput.getURI().getScheme())) {
			return; // not a local file: an editor without checks
		}
		path = Path.of(uriInput.getURI()).toAbsolutePath().normalize();
		listenedDocument = document();
		listenedDocument.addDocumentListener(changes);
		session = RevisionSessions.of(path);
		session.attach(this);
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.detach(this);
			session = null;
		}
		if (listenedDocument != null) {
			listenedDocument.removeDocumentListener(changes);
		}
		if (semanticHighlighter != null) {
			semanticHighlighter.dispose();
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		super.doSave(monitor);
		if (session != null && !isDirty()) {
			session.saved();
		}
	}

	// what the session asks of an open file

	@Override
	public Path path() {
		return path;
	}

	@Override
	public IDocument document() {
		return getDocumentProvider().getDocument(getEditorInput());
	}

	@Override
	public Runnable prepare(RevisionSnapshot snapshot, SnapshotFile file, CancelIndicator cancel) {
		FileViews views = prepared;
		if (views == null || !views.text().equals(file.text())) { // highlighting and outline depend on the file's own text
			views = new FileViews(file.text(), SemanticHighlighter.compute(injector, file.resource(), cancel),
					((HierarchicalDocumentSymbolService) injector.getInstance(IDocumentSymbolService.class)).getSymbols(file.resource(), cancel));
			prepared = views;
		}
		FileViews shownViews = views;
		return () -> show(file, shownViews.highlights(), shownViews.symbols());
	}

	/** What the editor shows of a text besides its findings (the session's worker thread prepares it). */
	private record FileViews(String text, List<StyledRange> highlights, List<DocumentSymbol> symbols) {
	}

	private void show(SnapshotFile file, List<StyledRange> highlights, List<DocumentSymbol> outlineSymbols) {
		ISourceViewer viewer = getSourceViewer();
		if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		long start = System.nanoTime();
		shown = file;
		shownStamp = stamp(document());
		findings.replace(annotationModel(), file.issues());
		semanticHighlighter.apply(document(), highlights);
		symbols = outlineSymbols;
		if (outline != null) {
			outline.setSymbols(outlineSymbols);
		}
		viewer.getTextWidget().getDisplay().update(); // the repaint is part of showing
		figures.shown(System.nanoTime() - start);
	}

	// what the editor's services read

	/** The snapshot of this file the editor shows (any thread); null before the first check. */
	public SnapshotFile currentSnapshot() {
		return shown;
	}

	/** Whether the document is still the text of the shown snapshot (UI thread). */
	public boolean showsCurrentText() {
		return shown != null && shownStamp == stamp(document());
	}

	/** A resource parsed, with the rest of the revision, from exactly {@code text} (UI thread). */
	public XtextResource resourceFor(String text) {
		SnapshotFile s = shown;
		if (s != null && s.text().equals(text)) {
			return s.resource();
		}
		return session.parseWith(path, text).file(path).orElseThrow().resource();
	}

	/** The caret's offset in the document (UI thread). */
	public int caretOffset() {
		return widgetOffset2ModelOffset(getSourceViewer(), getSourceViewer().getTextWidget().getCaretOffset());
	}

	/**
	 * Opens the definition of what is at {@code offset} (the ide bundle's {@link Definitions}), in this editor or in
	 * the editor of the revision file that holds it; says so in the status line when there is none. UI thread.
	 */
	public boolean openDefinition(int offset) {
		Optional<Definitions.Location> target = injector.getInstance(Definitions.class).locationAt(resourceFor(document().get()), offset);
		if (target.isEmpty()) {
			getEditorSite().getActionBars().getStatusLineManager().setMessage(UiTexts.text("definition.none"));
			return false;
		}
		reveal(target.get());
		return true;
	}

	/** Shows a definition's name selected: in this editor, or in the revision file's editor (opened if need be). */
	public void reveal(Definitions.Location location) {
		Path file = Path.of(location.path());
		if (file.equals(path)) {
			selectAndReveal(location.offset(), location.length());
			return;
		}
		try {
			if (RevisionFolders.openFile(getSite().getPage(), file) instanceof MaturityEditor other) {
				other.selectAndReveal(location.offset(), location.length());
			}
		} catch (CoreException e) {
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(UiTexts.text("open.failed", file, e.getMessage()));
		}
	}

	/** Makes changes to the document as one undo step. */
	public void applyChanges(List<TextChange> changes) {
		EditedText.apply(this, changes);
	}

	/** Formats the whole document as one undo step; says so in the status line when it does not parse. */
	public void formatDocument() {
		String text = document().get();
		List<TextChange> changes = injector.getInstance(DocumentFormatter.class).changes(path == null ? Path.of("file.maturity") : path, text);
		if (changes.isEmpty()) {
			if (shown != null && shown.resource().getParseResult() != null && shown.resource().getParseResult().hasSyntaxErrors()) {
				getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(UiTexts.text("format.syntax-errors"));
			}
			return;
		}
		applyChanges(changes);
	}

	public IAnnotationModel annotationModel() {
		return getDocumentProvider().getAnnotationModel(getEditorInput());
	}

	/** The findings shown as annotations. */
	public List<FindingAnnotation> findingAnnotations() {
		return FindingAnnotations.in(annotationModel());
	}

	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	public RevisionSession session() {
		return session;
	}

	public EditorFigures figures() {
		return figures;
	}

	@Override
	protected void handleCursorPositionChanged() {
		super.handleCursorPositionChanged();
		if (outline != null && getSourceViewer() != null) {
			outline.reveal(widgetOffset2ModelOffset(getSourceViewer(), getSourceViewer().getTextWidget().getCaretOffset()));
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (IContentOutlinePage.class.equals(adapter)) {
			if (outline == null) {
				outline = new RevisionOutlinePage(this);
				outline.setSymbols(symbols);
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	/** The outline page closed (its view was closed). */
	public void outlineClosed(RevisionOutlinePage page) {
		if (outline == page) {
			outline = null;
		}
	}

	private static long stamp(IDocument document) {
		return ((IDocumentExtension4) document).getModificationStamp();
	}
}
