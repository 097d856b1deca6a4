package com.maturityworkbench.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.server.Document;

/**
 * One quick fix offered for one finding in one snapshot of a file: its label, the changes it makes to that
 * snapshot (worked out when first asked), and the snapshot with the changes made.
 */
public final class Resolution {
	private final DiagnosticResolution resolution;
	private final Document document;
	private final String uri;
	private List<TextChange> changes;

	Resolution(DiagnosticResolution resolution, Document document, String uri) {
		this.resolution = resolution;
		this.document = document;
		this.uri = uri;
	}

	/** What the fix does, in the drafters' terms (e.g. 删去多打的“的”). */
	public String label() {
		return resolution.getLabel();
	}

	/**
	 * The changes in document offsets of the snapshot, last first: an editor applies them in this order (as one
	 * undo step) after checking that the document is still the snapshot.
	 */
	public synchronized List<TextChange> changes() {
		if (changes == null) {
			WorkspaceEdit edit = resolution.apply();
			if (edit == null) {
				throw new IllegalStateException("the quick fix “" + label() + "” could not be applied (see the log)");
			}
			List<TextChange> result = new ArrayList<>();
			for (TextEdit e : editsOf(edit)) {
				result.add(TextChange.of(e, document));
			}
			changes = List.copyOf(TextChange.lastFirst(result));
		}
		return changes;
	}

	/** The snapshot's text with the fix made. */
	public String apply() {
		return TextChange.apply(document.getContents(), changes());
	}

	private List<TextEdit> editsOf(WorkspaceEdit edit) {
		List<TextEdit> edits = new ArrayList<>();
		if (edit.getChanges() != null) {
			for (Map.Entry<String, List<TextEdit>> e : edit.getChanges().entrySet()) {
				requireSameDocument(e.getKey());
				edits.addAll(e.getValue());
			}
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> e : edit.getDocumentChanges()) {
				if (!e.isLeft()) {
					throw new IllegalStateException("the quick fix “" + label() + "” creates, renames or deletes files");
				}
				requireSameDocument(e.getLeft().getTextDocument().getUri());
				for (Either<TextEdit, ?> each : e.getLeft().getEdits()) {
					if (!each.isLeft()) {
						throw new IllegalStateException("the quick fix “" + label() + "” inserts a snippet");
					}
					edits.add(each.getLeft());
				}
			}
		}
		return edits;
	}

	private void requireSameDocument(String target) {
		if (!uri.equals(target)) {
			throw new IllegalStateException("the quick fix “" + label() + "” changes another file: " + target);
		}
	}

	@Override
	public String toString() {
		return label();
	}
}
