package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.validation.FindingText;

class FindingTextTest {
	@Test
	public void aMessageUpToTheLimitIsKeptWhole() {
		String m = "名".repeat(FindingText.MAX);
		assertSame(m, FindingText.capped(m));
	}

	@Test
	public void aLongerMessageKeepsItsBeginningAndEndAndCountsWhatWasLeftOut() {
		String m = "甲".repeat(700) + "乙".repeat(5_000) + "丙".repeat(300);
		String capped = FindingText.capped(m);
		// 600 characters kept at the start, 200 at the end: 6,000 - 800 left out
		assertEquals("甲".repeat(600) + "…（略去 5200 字）…" + "丙".repeat(200), capped);
	}

	@Test
	public void aSurrogatePairIsNeverCut() {
		String pair = "𠀀"; // U+20000, two chars
		String m = pair.repeat(1_000); // 2,000 chars: char 600 and char 1,800 are each the first half of a pair
		String capped = FindingText.capped("x" + m); // shifted by one: the cuts fall between the halves
		int mark = capped.indexOf('…');
		assertTrue(Character.isLowSurrogate(capped.charAt(mark - 1)), capped.substring(0, mark));
		String tail = capped.substring(capped.lastIndexOf('…') + 1);
		assertTrue(Character.isHighSurrogate(tail.charAt(0)), tail);
		assertEquals(0, tail.length() % 2);
	}
}
