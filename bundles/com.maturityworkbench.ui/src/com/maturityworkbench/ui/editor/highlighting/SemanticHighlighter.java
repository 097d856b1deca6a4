package com.maturityworkbench.ui.editor.highlighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.IViewportListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

/**
 * Semantic highlighting: the ide's {@link ISemanticHighlightingCalculator} works out styled ranges off the UI thread;
 * on the UI thread they become positions of the document (moving with edits until the next check) that are merged
 * into every text presentation over the lexical colours. A new set that differs from the positions in place
 * repaints only the visible lines; other lines are repainted when they scroll into view.
 */
public final class SemanticHighlighter implements ITextPresentationListener, IViewportListener {
	private static final String CATEGORY = "com.maturityworkbench.ui.semanticHighlighting";

	/** One highlighted range of a snapshot. */
	public record StyledRange(int offset, int length, String styleId) {
	}

	private static final class StyledPosition extends Position {
		final String styleId;
		final TextAttribute attribute;

		StyledPosition(StyledRange range, TextAttribute attribute) {
			super(range.offset(), range.length());
			this.styleId = range.styleId();
			this.attribute = attribute;
		}
	}

	private final ISourceViewer viewer;
	private final DefaultPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private IDocument document;
	private List<StyledPosition> positions = List.of();
	/** Offsets of the regions presented with the current positions since they were set: [from, to) pairs. */
	private final List<int[]> presented = new ArrayList<>();

	public SemanticHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
		viewer.addViewportListener(this);
	}

	/** Any thread: the styled ranges of a (read-only) snapshot's resource, by offset. */
	public static List<StyledRange> compute(Injector injector, XtextResource resource, CancelIndicator cancel) {
		List<StyledRange> ranges = new ArrayList<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource, (offset, length, ids) -> {
			for (String id : ids) {
				if (HighlightingColors.of(id) != null) {
					ranges.add(new StyledRange(offset, length, id));
					return;
				}
			}
		}, cancel);
		ranges.sort(Comparator.comparingInt(StyledRange::offset));
		return ranges;
	}

	/**
	 * UI thread, with the document at the ranges' snapshot: puts the ranges in place of the current positions.
	 * Returns false (and does nothing) when they are the positions already in place.
	 */
	public boolean apply(IDocument target, List<StyledRange> ranges) {
		if (target == document && same(ranges)) {
			return false;
		}
		try {
			install(target);
			target.removePositionCategory(CATEGORY);
			target.addPositionCategory(CATEGORY);
			List<StyledPosition> added = new ArrayList<>(ranges.size());
			for (StyledRange range : ranges) {
				StyledPosition p = new StyledPosition(range, HighlightingColors.of(range.styleId()));
				target.addPosition(CATEGORY, p);
				added.add(p);
			}
			positions = added;
		} catch (BadLocationException | BadPositionCategoryException e) {
			throw new IllegalStateException("semantic highlighting out of step with the document", e);
		}
		presented.clear();
		repaintVisibleLines();
		return true;
	}

	/** The number of positions in place (tests). */
	public int size() {
		return positions.size();
	}

	private void install(IDocument target) throws BadPositionCategoryException {
		if (document == target) {
			return;
		}
		if (document != null) {
			document.removePositionUpdater(updater);
			if (document.containsPositionCategory(CATEGORY)) {
				document.removePositionCategory(CATEGORY);
			}
		}
		document = target;
		target.addPositionCategory(CATEGORY);
		target.addPositionUpdater(updater);
	}

	private boolean same(List<StyledRange> ranges) {
		List<StyledPosition> current = positions;
		if (current.size() != ranges.size()) {
			return false;
		}
		for (int i = 0; i < ranges.size(); i++) {
			StyledPosition p = current.get(i);
			StyledRange r = ranges.get(i);
			if (p.isDeleted() || p.offset != r.offset() || p.length != r.length() || !p.styleId.equals(r.styleId())) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void viewportChanged(int verticalOffset) {
		if (!positions.isEmpty()) {
			repaintVisibleLines();
		}
	}

	private void repaintVisibleLines() {
		if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		int from = viewer.getTopIndexStartOffset();
		int to;
		try { // the bottom index is the last line shown whole: take the one partly shown below it too
			int line = Math.min(document.getNumberOfLines() - 1, viewer.getBottomIndex() + 1);
			to = document.getLineOffset(line) + document.getLineLength(line);
		} catch (BadLocationException e) {
			to = document.getLength();
		}
		for (int[] region : presented) {
			if (region[0] <= from && to <= region[1]) {
				return;
			}
		}
		presented.add(new int[] { from, to });
		((ITextViewerExtension2) viewer).invalidateTextPresentation(from, Math.max(0, Math.min(to, document.getLength()) - from));
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		List<StyledPosition> current = positions;
		if (current.isEmpty()) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		List<StyleRange> ranges = new ArrayList<>();
		for (int i = firstEndingAfter(current, start); i < current.size(); i++) {
			StyledPosition p = current.get(i);
			if (p.offset >= end) {
				break;
			}
			if (p.isDeleted() || p.length == 0) {
				continue;
			}
			int s = Math.max(p.offset, start);
			int e = Math.min(p.offset + p.length, end);
			if (e > s) {
				TextAttribute a = p.attribute;
				ranges.add(new StyleRange(s, e - s, a.getForeground(), a.getBackground(), a.getStyle()));
			}
		}
		if (!ranges.isEmpty()) {
			presentation.mergeStyleRanges(ranges.toArray(new StyleRange[0]));
		}
	}

	private static int firstEndingAfter(List<StyledPosition> positions, int offset) {
		int lo = 0;
		int hi = positions.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			StyledPosition p = positions.get(mid);
			if (p.offset + p.length <= offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	public void dispose() {
		((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
		viewer.removeViewportListener(this);
		if (document != null) {
			document.removePositionUpdater(updater);
		}
	}
}
