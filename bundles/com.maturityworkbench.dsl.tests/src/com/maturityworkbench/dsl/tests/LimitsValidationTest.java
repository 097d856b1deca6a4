package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.analysis.Finding.Severity.ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.validation.FindingText;
import com.maturityworkbench.dsl.validation.IssueCodes;
import com.maturityworkbench.dsl.validation.LimitsValidator;

/**
 * Names and texts the generated code must hold: a 100,000-character name passed validate and then made the
 * generated Java fail to compile ("constant string too long"); now it is an error at every stage.
 */
public class LimitsValidationTest extends ValidationTestBase {

	@Test
	public void subdomainNameOf30000CharactersIsError() {
		RevisionText rev = RevisionText.valid();
		String name = "组".repeat(30_000); // 90,000 bytes in UTF-8: more than a Java string constant holds
		rev.weights("表1").sub("组织建设").name = name;
		Validated v = validate(rev);
		assertEquals(1, v.withCode(IssueCodes.TOO_LONG).size(), v::toString);
		Finding f = v.withCode(IssueCodes.TOO_LONG).get(0);
		assertEquals(ERROR, f.severity());
		assertEquals("名称“" + "组".repeat(20) + "…”有 30000 个字符，超过上限 200（生成的代码和模板容纳不下）", f.message());
		String text = v.text(RevisionText.SINGLE_FILE);
		assertEquals(text.substring(0, text.indexOf(name)).split("\n", -1).length, f.line(), "at the name's line");
	}

	/**
	 * A 100,000-character name, in the weight table and in the requirement table: {@code naming.too-long} at each, and
	 * every other check runs to its end, with the same findings as for a name one character over the limit. The slips
	 * of such a name (a repeated word at every character) filled the memory: the validator threw after naming.too-long
	 * was reported, and its other findings of the file were lost.
	 */
	@Test
	public void nameOf100000CharactersIsTooLongAndEveryOtherCheckStillRuns() {
		Validated huge = validate(renamed("组".repeat(100_000)));
		Validated over = validate(renamed("组".repeat(LimitsValidator.MAX_NAME + 1)));
		assertEquals(2, huge.withCode(IssueCodes.TOO_LONG).size(), huge::toString);
		assertTrue(huge.withCode(IssueCodes.TOO_LONG).stream().allMatch(f -> f.message().contains("有 100000 个字符")), huge::toString);
		assertEquals(codes(over), codes(huge));
	}

	/**
	 * A finding quotes the names it is about; of a 100,000-character name, only the beginning and the end (the whole
	 * name was quoted twice in some messages: 1.8 GB of {@code validate} output for the whole draft).
	 */
	@Test
	public void findingsOfAHugeNameQuoteItShortened() {
		// the requirement row only: its name is then not in the weight table, and the findings saying so quote it
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").row("组织建设").name = "组".repeat(100_000);
		Validated huge = validate(rev);
		assertTrue(huge.findings().size() >= 2, huge::toString);
		for (var f : huge.findings()) {
			assertTrue(f.message().length() <= FindingText.MAX + 20, () -> f.code() + " has " + f.message().length() + " characters");
		}
		// the findings that quote the name whole (a duplicated or unknown name…) keep 600 characters of it, and their end
		List<Finding> capped = huge.findings().stream().filter(f -> f.message().contains("字）…")).toList();
		assertFalse(capped.isEmpty(), huge::toString);
		for (Finding f : capped) {
			assertTrue(f.message().matches("(?s).*“组{500,}…（略去 \\d+ 字）….*"), f.message());
		}
	}

	private static RevisionText renamed(String name) {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").name = name;
		rev.requirements("表5").row("组织建设").name = name;
		return rev;
	}

	private static java.util.List<String> codes(Validated v) {
		return v.findings().stream().map(f -> f.code() + "@" + f.line()).sorted().toList();
	}

	@Test
	public void nameOfTheLimitIsAccepted() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").name = "组".repeat(LimitsValidator.MAX_NAME);
		Validated v = validate(rev);
		v.absent(IssueCodes.TOO_LONG);
	}

	@Test
	public void emptyCellReasonOverTheLimitIsError() {
		String reason = "原".repeat(LimitsValidator.MAX_TEXT + 1);
		RevisionText rev = RevisionText.valid();
		RevisionText.Cell cell = rev.requirements("表5").row("组织建设").cell("一级");
		cell.clauses.clear();
		cell.emptyReason = reason;
		Validated v = validate(rev);
		Finding f = v.single(IssueCodes.TOO_LONG);
		assertEquals(ERROR, f.severity());
		assertEquals("空单元格的原因“" + "原".repeat(20) + "…”有 10001 个字符，超过上限 10000（生成的代码和模板容纳不下）", f.message());
	}

	/** 50,000 clauses pasted into one cell kept the pairwise clause checks busy for minutes (a hang found by mwb fuzz). */
	@Test
	public void cellOfMoreThan500ClausesIsErrorAndIsCheckedQuickly() {
		RevisionText rev = RevisionText.valid();
		RevisionText.Cell cell = rev.requirements("表5").row("组织建设").cell("一级");
		cell.clauses.clear();
		for (int i = 0; i < 5_000; i++) {
			cell.clause(null, "应建立第" + i + "项制度。应明确职责。");
		}
		long start = System.nanoTime();
		Validated v = validate(rev);
		long millis = (System.nanoTime() - start) / 1_000_000;
		Finding f = v.single(IssueCodes.TOO_MANY_CLAUSES);
		assertEquals(ERROR, f.severity());
		assertEquals("这个单元格有 5000 条条款，超过上限 500", f.message());
		assertTrue(millis < 30_000, "checked in " + millis + " ms");
	}
}
