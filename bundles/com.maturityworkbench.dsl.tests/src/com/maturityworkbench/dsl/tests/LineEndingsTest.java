package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;

/**
 * A file saved with old Mac line ends (CR only), Windows ones (CR LF) or mixed reads like the same file with LF:
 * no syntax error, the same findings at the same lines and columns.
 */
public class LineEndingsTest extends ValidationTestBase {

	private List<String> findings(String text) {
		return validate(Map.of(RevisionText.SINGLE_FILE, text)).findings().stream()
				.map(f -> f.line() + ":" + f.column() + " " + f.severity() + " " + f.code() + " " + f.message()).toList();
	}

	@Test
	public void crOnlyCrLfAndMixedLineEndsGiveTheFindingsOfLf() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").weight = "11%"; // two sum warnings, at known lines
		String lf = rev.singleFile();
		List<String> expected = findings(lf);
		assertEquals(2, expected.size(), expected::toString);
		assertEquals(expected, findings(lf.replace("\n", "\r")), "CR only");
		assertEquals(expected, findings(lf.replace("\n", "\r\n")), "CR LF");
		StringBuilder mixed = new StringBuilder();
		String[] lines = lf.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			mixed.append(lines[i]).append(i == lines.length - 1 ? "" : i % 3 == 0 ? "\r" : i % 3 == 1 ? "\r\n" : "\n");
		}
		assertEquals(expected, findings(mixed.toString()), "mixed");
	}

	@Test
	public void crOnlyFileWithAnErrorHasItAtItsLine() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").weight = "0%";
		rev.weights("表1").sub("转型战略").weight = "24%";
		String lf = rev.singleFile();
		Validated v = validate(Map.of(RevisionText.SINGLE_FILE, lf));
		Finding error = v.single(com.maturityworkbench.dsl.validation.IssueCodes.WEIGHT_NOT_POSITIVE);
		Finding cr = validate(Map.of(RevisionText.SINGLE_FILE, lf.replace("\n", "\r"))).single(com.maturityworkbench.dsl.validation.IssueCodes.WEIGHT_NOT_POSITIVE);
		assertEquals(error.line() + ":" + error.column(), cr.line() + ":" + cr.column());
	}
}
