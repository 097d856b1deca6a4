package com.maturityworkbench.dsl.semantics;

import java.util.ArrayList;
import java.util.List;

/** The sentences of a clause text: each ends at 。；;！？!? (the mark included). Pure functions over a string. */
public final class Sentences {
	/** A sentence as written, where it starts in the text, and its words without spaces and punctuation. */
	public record Sentence(String text, int offset, String comparable) {
	}

	private static final String ENDS = "。；;！？!?";

	private Sentences() {
	}

	public static boolean isEnd(char c) {
		return ENDS.indexOf(c) >= 0;
	}

	public static List<Sentence> of(String text) {
		List<Sentence> result = new ArrayList<>();
		if (text == null) {
			return result;
		}
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (ENDS.indexOf(text.charAt(i)) >= 0 || i == text.length() - 1) {
				add(result, text, start, i + 1);
				start = i + 1;
			}
		}
		return result;
	}

	private static void add(List<Sentence> result, String text, int from, int to) {
		while (from < to && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		String sentence = text.substring(from, to);
		String comparable = TextSlips.comparable(sentence);
		if (!comparable.isEmpty()) {
			result.add(new Sentence(sentence, from, comparable));
		}
	}
}
