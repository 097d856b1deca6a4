package com.maturityworkbench.dsl.semantics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How much two clause texts overlap, compared on their words (spaces and punctuation aside): the whole sentences
 * they share, and whether one is a near copy of the other. Pure functions over strings.
 */
public final class ClauseOverlap {
	/** Shared sentences count from this many characters (without punctuation). */
	public static final int MIN_SHARED_SENTENCE = 8;
	/**
	 * A clause is a near copy of another when at least this share of the shorter one's characters appear in order
	 * in the longer one (their longest common subsequence), and the two differ only by insertions and deletions.
	 */
	public static final double NEAR_COPY = 0.9;
	/** Shorter texts are not compared for near copies. */
	public static final int MIN_NEAR_COPY_LENGTH = 10;

	private ClauseOverlap() {
	}

	/** A clause text prepared for comparison once: its words, its sentences, its characters sorted. */
	public static final class Profile {
		private final String text;
		private final String comparable;
		private List<Sentences.Sentence> sentences;
		private Set<String> sentenceKeys;
		private char[] sorted;
		private long[] mask;

		private Profile(String text) {
			this.text = text;
			this.comparable = TextSlips.comparable(text);
		}

		private List<Sentences.Sentence> sentences() {
			if (sentences == null) {
				sentences = Sentences.of(text);
				sentenceKeys = new java.util.HashSet<>();
				for (Sentences.Sentence s : sentences) {
					sentenceKeys.add(s.comparable());
				}
			}
			return sentences;
		}

		public static Profile of(String text) {
			return new Profile(text);
		}

		/** The text without spaces and punctuation, as compared for duplicates. */
		public String comparable() {
			return comparable;
		}

		/** Which characters the text has, hashed into 256 bits: a cheap first test of how much two texts share. */
		private long[] mask() {
			if (mask == null) {
				mask = new long[4];
				for (int i = 0; i < comparable.length(); i++) {
					int bit = (comparable.charAt(i) * 31) & 255;
					mask[bit >> 6] |= 1L << (bit & 63);
				}
			}
			return mask;
		}

		private char[] sorted() {
			if (sorted == null) {
				sorted = comparable.toCharArray();
				Arrays.sort(sorted);
			}
			return sorted;
		}
	}

	/** The sentences of {@code later} that {@code earlier} also has, in the order of {@code later}. */
	public static List<String> sharedSentences(String earlier, String later) {
		return sharedSentences(Profile.of(earlier), Profile.of(later));
	}

	public static List<String> sharedSentences(Profile earlier, Profile later) {
		Set<String> shared = new LinkedHashSet<>();
		if (later.comparable.length() < MIN_SHARED_SENTENCE || earlier.comparable.length() < MIN_SHARED_SENTENCE) {
			return new ArrayList<>(shared);
		}
		earlier.sentences();
		for (Sentences.Sentence s : later.sentences()) {
			if (s.comparable().length() >= MIN_SHARED_SENTENCE && earlier.sentenceKeys.contains(s.comparable())) {
				shared.add(s.text());
			}
		}
		return new ArrayList<>(shared);
	}

	/**
	 * The share of the shorter text that the longer one repeats when one is a near copy of the other (see
	 * {@link #NEAR_COPY}), else -1. Texts that differ by a replaced stretch on both sides (产品创新 / 过程创新: clauses
	 * written in parallel) are no near copies, however alike.
	 */
	public static double nearCopy(String a, String b) {
		return nearCopy(Profile.of(a), Profile.of(b));
	}

	public static double nearCopy(Profile a, Profile b) {
		Profile p = a.comparable.length() <= b.comparable.length() ? a : b;
		Profile q = p == a ? b : a;
		String shorter = p.comparable;
		String longer = q.comparable;
		if (shorter.length() < MIN_NEAR_COPY_LENGTH || shorter.equals(longer)) {
			return -1;
		}
		// every character hash of the shorter text missing from the longer one stands for at least one missing character
		long[] ps = p.mask();
		long[] qs = q.mask();
		int missing = 0;
		for (int i = 0; i < 4; i++) {
			missing += Long.bitCount(ps[i] & ~qs[i]);
		}
		if (missing > (1 - NEAR_COPY) * shorter.length() || commonCharacters(p.sorted(), q.sorted()) < NEAR_COPY * shorter.length()) {
			return -1;
		}
		int n = shorter.length();
		int m = longer.length();
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = shorter.charAt(i) == longer.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		if (lcs[0][0] < NEAR_COPY * n) {
			return -1;
		}
		// walk the alignment: a stretch where both texts have characters of their own is a replacement
		int i = 0;
		int j = 0;
		boolean gapInShorter = false;
		boolean gapInLonger = false;
		while (i < n || j < m) {
			if (i < n && j < m && shorter.charAt(i) == longer.charAt(j)) {
				if (gapInShorter && gapInLonger) {
					return -1;
				}
				gapInShorter = false;
				gapInLonger = false;
				i++;
				j++;
			} else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
				gapInShorter = true;
				i++;
			} else {
				gapInLonger = true;
				j++;
			}
		}
		return gapInShorter && gapInLonger ? -1 : (double) lcs[0][0] / n;
	}

	/** How many characters of sorted {@code x} also occur in sorted {@code y}, counted with multiplicity. */
	private static int commonCharacters(char[] x, char[] y) {
		int common = 0;
		for (int i = 0, j = 0; i < x.length && j < y.length;) {
			if (x[i] == y[j]) {
				common++;
				i++;
				j++;
			} else if (x[i] < y[j]) {
				i++;
			} else {
				j++;
			}
		}
		return common;
	}
}
