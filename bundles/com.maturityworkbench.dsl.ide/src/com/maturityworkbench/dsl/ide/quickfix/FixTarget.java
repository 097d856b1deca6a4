package com.maturityworkbench.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * What a quick fix method sees: the diagnostic (with the finding's data strings), the document it was reported
 * in, and the innermost model element at the diagnostic's start, in the resource parsed from that document.
 */
public record FixTarget(Diagnostic diagnostic, Document document, XtextResource resource, EObject element) {

	/** The target of a diagnostic; null when the resource was not parsed or nothing is at the diagnostic. */
	static FixTarget of(Options options, Diagnostic diagnostic) {
		if (!(options.getResource() instanceof XtextResource resource) || resource.getParseResult() == null
				|| options.getDocument() == null || diagnostic.getRange() == null) {
			return null;
		}
		Document document = options.getDocument();
		int offset = document.getOffSet(diagnostic.getRange().getStart());
		EObjectAtOffsetHelper helper = resource.getResourceServiceProvider() == null ? null
				: resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
		EObject element = (helper == null ? new EObjectAtOffsetHelper() : helper).resolveContainedElementAt(resource, offset);
		return element == null ? null : new FixTarget(diagnostic, document, resource, element);
	}

	/** The element at the diagnostic, or its nearest container, of a type; null when there is none. */
	public <T extends EObject> T element(Class<T> type) {
		return EcoreUtil2.getContainerOfType(element, type);
	}

	/** The document offset where the diagnostic starts. */
	public int start() {
		return document.getOffSet(diagnostic.getRange().getStart());
	}

	/** The finding's data strings. */
	public List<String> data() {
		return DiagnosticData.read(diagnostic.getData());
	}

	/** The finding's data string at {@code index}; null when it has fewer. */
	public String data(int index) {
		List<String> data = DiagnosticData.read(diagnostic.getData());
		return index < data.size() ? data.get(index) : null;
	}

	/** The finding's data string at {@code index} read as a number; -1 when absent or not a number. */
	public int dataNumber(int index) {
		String s = data(index);
		try {
			return s == null ? -1 : Integer.parseInt(s.trim());
		} catch (NumberFormatException e) {
			return -1;
		}
	}
}
