package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.ide.quickfix.SlipRepairs;
import com.maturityworkbench.dsl.ide.quickfix.SlipRepairs.Repair;
import com.maturityworkbench.dsl.semantics.TextSlips;
import com.maturityworkbench.dsl.semantics.TextSlips.Kind;
import com.maturityworkbench.dsl.semantics.TextSlips.Slip;

/** Repairs of slips worked out on the value alone, at the edges of the text. */
public class SlipRepairsTest {

	private static Slip only(String text, Kind kind) {
		return TextSlips.find(text).stream().filter(s -> s.kind() == kind).reduce((a, b) -> {
			throw new AssertionError("two slips of " + kind + " in " + text);
		}).orElseThrow(() -> new AssertionError("no " + kind + " in " + text));
	}

	private static String applied(String text, Repair r) {
		return text.substring(0, r.from()) + r.text() + text.substring(r.to());
	}

	@Test
	public void andClosingTheTextTakesTheSpaceBeforeIt() {
		String text = "应统一数据标准 and";
		assertEquals("应统一数据标准和", applied(text, SlipRepairs.latinWord(text, only(text, Kind.LATIN_WORD))));
	}

	@Test
	public void andAfterADigitKeepsTheSpaceOnThatSide() {
		String text = "应覆盖 5 and 规范要求";
		assertEquals("应覆盖 5 和规范要求", applied(text, SlipRepairs.latinWord(text, only(text, Kind.LATIN_WORD))));
	}

	@Test
	public void noteThatIsTheWholeTextHasNoRepair() {
		assertNull(SlipRepairs.draftingNote("(待完善)", 0, 5));
		assertNull(SlipRepairs.draftingNote("  (待完善) ", 2, 7));
	}

	@Test
	public void noteInsideTheTextTakesOnlyTheSpacesBeforeIt() {
		String text = "建立制度 （待定） 并执行";
		Repair r = SlipRepairs.draftingNote(text, 5, 9);
		assertEquals("建立制度 并执行", applied(text, r));
		assertEquals("删去起草批注“（待定）”", r.label());
	}

	@Test
	public void marksSeparatedBySpacesKeepTheLastAndLoseTheSpaces() {
		String text = "应建立制度， 。并开展培训";
		Repair r = SlipRepairs.strayPunctuation(text, only(text, Kind.STRAY_PUNCTUATION));
		assertEquals("应建立制度。并开展培训", applied(text, r));
	}

	@Test
	public void phraseSlipThatNoLongerMatchesTheTextHasNoRepair() {
		assertNull(SlipRepairs.repeatedPhrase("应建立数据治理体系。", new Slip(Kind.REPEATED_PHRASE, "建立数据治理体系", 1)));
		assertNull(SlipRepairs.doubledCharacter("应建立的制度。", new Slip(Kind.DOUBLED_CHARACTER, "的的", 3)));
	}
}
