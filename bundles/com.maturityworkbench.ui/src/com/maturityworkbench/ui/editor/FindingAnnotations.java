package com.maturityworkbench.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.validation.Issue;

import com.maturityworkbench.dsl.ide.quickfix.QuickFixes;

/**
 * The findings of an editor's file as annotations. A new set replaces only what changed: a finding still there at the
 * same place with the same text keeps its annotation, so the rulers repaint only where findings came or went.
 */
final class FindingAnnotations {
	private record Key(int offset, int length, String type, String text) {
	}

	private final QuickFixes quickFixes;
	private final Map<Key, FindingAnnotation> shown = new HashMap<>();
	private final Map<String, Boolean> fixable = new HashMap<>();

	FindingAnnotations(QuickFixes quickFixes) {
		this.quickFixes = quickFixes;
	}

	/** UI thread, with the document at the issues' snapshot. Returns the number of annotations added and removed. */
	int replace(IAnnotationModel model, List<Issue> issues) {
		Map<Key, FindingAnnotation> current = new HashMap<>();
		for (FindingAnnotation a : shown.values()) {
			Position p = model.getPosition(a);
			if (p != null && !p.isDeleted()) {
				current.put(new Key(p.getOffset(), p.getLength(), a.getType(), a.getText()), a);
			}
		}
		List<Annotation> removed = new ArrayList<>(shown.values());
		Map<Annotation, Position> added = new HashMap<>();
		Map<Key, FindingAnnotation> next = new HashMap<>();
		for (Issue issue : issues) {
			int offset = issue.getOffset() == null ? 0 : issue.getOffset();
			int length = issue.getLength() == null ? 0 : issue.getLength();
			FindingAnnotation candidate = new FindingAnnotation(issue,
					issue.getCode() != null && fixable.computeIfAbsent(issue.getCode(), quickFixes::handles));
			Key key = new Key(offset, length, candidate.getType(), candidate.getText());
			if (next.containsKey(key)) {
				continue;
			}
			FindingAnnotation kept = current.get(key);
			if (kept != null && kept.issue().getCode() != null && kept.issue().getCode().equals(issue.getCode())
					&& java.util.Arrays.equals(kept.issue().getData(), issue.getData())) {
				next.put(key, kept);
				removed.remove(kept);
			} else {
				next.put(key, candidate);
				added.put(candidate, new Position(offset, length));
			}
		}
		if (!removed.isEmpty() || !added.isEmpty()) {
			((IAnnotationModelExtension) model).replaceAnnotations(removed.toArray(new Annotation[0]), added);
		}
		shown.clear();
		shown.putAll(next);
		return removed.size() + added.size();
	}

	/** The annotations shown, in no order (tests, hover). */
	List<FindingAnnotation> shown() {
		return List.copyOf(shown.values());
	}

	static List<FindingAnnotation> in(IAnnotationModel model) {
		List<FindingAnnotation> result = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof FindingAnnotation a) {
				result.add(a);
			}
		}
		return result;
	}
}
