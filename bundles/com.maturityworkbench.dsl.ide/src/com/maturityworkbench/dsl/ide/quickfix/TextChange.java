package com.maturityworkbench.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/**
 * One replacement in a document: {@code length} characters at {@code offset} (UTF-16 offsets, as in an
 * {@code IDocument} and in Xtext's node model) become {@code text}.
 */
public record TextChange(int offset, int length, String text) {

	public TextChange {
		if (offset < 0 || length < 0 || text == null) {
			throw new IllegalArgumentException("bad change at " + offset + "+" + length);
		}
	}

	public static TextChange insert(int offset, String text) {
		return new TextChange(offset, 0, text);
	}

	public static TextChange replace(int from, int to, String text) {
		return new TextChange(from, to - from, text);
	}

	public int end() {
		return offset + length;
	}

	/** The changes, last first: the order in which they are applied so that earlier offsets stay valid. */
	public static List<TextChange> lastFirst(List<TextChange> changes) {
		List<TextChange> sorted = new ArrayList<>(changes);
		sorted.sort(Comparator.comparingInt(TextChange::offset).thenComparingInt(TextChange::end).reversed());
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).end() > sorted.get(i - 1).offset()) {
				throw new IllegalArgumentException("overlapping changes: " + sorted.get(i) + " and " + sorted.get(i - 1));
			}
		}
		return sorted;
	}

	/** The text with the changes made, last first. */
	public static String apply(String text, List<TextChange> changes) {
		StringBuilder b = new StringBuilder(text);
		for (TextChange c : lastFirst(changes)) {
			if (c.end() > b.length()) {
				throw new IllegalArgumentException(c + " lies beyond the end of the text (" + b.length() + ")");
			}
			b.replace(c.offset(), c.end(), c.text());
		}
		return b.toString();
	}

	static List<TextEdit> toTextEdits(List<TextChange> changes, Document document) {
		List<TextEdit> edits = new ArrayList<>(changes.size());
		for (TextChange c : changes) {
			edits.add(new TextEdit(new Range(document.getPosition(c.offset()), document.getPosition(c.end())), c.text()));
		}
		return edits;
	}

	static TextChange of(TextEdit edit, Document document) {
		int from = document.getOffSet(edit.getRange().getStart());
		int to = document.getOffSet(edit.getRange().getEnd());
		return replace(from, to, edit.getNewText() == null ? "" : edit.getNewText());
	}
}
