package com.maturityworkbench.revision.compare;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * A character-level difference of two texts (Myers' algorithm, from java-diff-utils), by code point so that no
 * Chinese character is ever split: the old text is the concatenation of the equal and deleted segments, the new
 * text of the equal and inserted ones.
 */
public record TextDiff(List<Segment> segments) {
	public enum Kind {
		EQUAL, DELETE, INSERT
	}

	public record Segment(Kind kind, String text) {
	}

	public static TextDiff of(String oldText, String newText) {
		List<Integer> a = codePoints(oldText);
		List<Integer> b = codePoints(newText);
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (AbstractDelta<Integer> delta : DiffUtils.diff(a, b).getDeltas()) {
			int position = delta.getSource().getPosition();
			add(segments, Kind.EQUAL, a.subList(at, position));
			add(segments, Kind.DELETE, delta.getSource().getLines());
			add(segments, Kind.INSERT, delta.getTarget().getLines());
			at = position + delta.getSource().size();
		}
		add(segments, Kind.EQUAL, a.subList(at, a.size()));
		return new TextDiff(List.copyOf(segments));
	}

	/** 2·(characters in common) / (characters of both): 1 for equal texts, 0 for texts with nothing in common. */
	public static double similarity(String oldText, String newText) {
		int total = oldText.codePointCount(0, oldText.length()) + newText.codePointCount(0, newText.length());
		return total == 0 ? 1 : 2.0 * of(oldText, newText).common() / total;
	}

	public boolean isEqual() {
		return segments.stream().allMatch(s -> s.kind() == Kind.EQUAL);
	}

	/** The number of characters the two texts share. */
	public int common() {
		return segments.stream().filter(s -> s.kind() == Kind.EQUAL).mapToInt(s -> s.text().codePointCount(0, s.text().length())).sum();
	}

	public String oldText() {
		return join(Kind.INSERT);
	}

	public String newText() {
		return join(Kind.DELETE);
	}

	private String join(Kind leftOut) {
		StringBuilder s = new StringBuilder();
		segments.stream().filter(x -> x.kind() != leftOut).forEach(x -> s.append(x.text()));
		return s.toString();
	}

	private static void add(List<Segment> segments, Kind kind, List<Integer> codePoints) {
		if (codePoints.isEmpty()) {
			return;
		}
		StringBuilder s = new StringBuilder();
		codePoints.forEach(s::appendCodePoint);
		segments.add(new Segment(kind, s.toString()));
	}

	private static List<Integer> codePoints(String text) {
		return text.codePoints().boxed().toList();
	}
}
