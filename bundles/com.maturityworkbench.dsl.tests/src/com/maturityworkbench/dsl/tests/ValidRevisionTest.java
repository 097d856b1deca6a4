package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The fixture every other test changes in one place must itself be clean: no finding at all, of any severity. */
public class ValidRevisionTest extends ValidationTestBase {

	@Test
	public void validRevisionAsOneFileHasNoFindings() {
		validate(RevisionText.valid()).none();
	}

	@Test
	public void validRevisionAsOneFinalFileHasNoFindings() {
		validate(RevisionText.valid().status("final")).none();
	}

	@Test
	public void validRevisionSplitAcrossFilesHasNoFindings() {
		Map<String, String> files = RevisionText.valid().files();
		assertEquals(List.of(RevisionText.HEAD_FILE, "common.maturity", "mining.maturity"), List.copyOf(files.keySet()));
		// the references that cross files: parts, sectors and levels from the head; 表2.智能装备 from the tailoring
		assertTrue(files.get("mining.maturity").startsWith("part of " + RevisionText.NAME + "\n"));
		assertTrue(files.get("mining.maturity").contains("part 行业特性 sector 采选"));
		assertTrue(files.get(RevisionText.HEAD_FILE).contains("表2.智能装备"));
		assertTrue(!files.get(RevisionText.HEAD_FILE).contains("\nweights "));
		validate(files).none();
	}

	@Test
	public void partOfFileAloneCannotResolveTheHeadsNames() {
		// the twin of the split test: without the head the same part file has unresolved references
		Map<String, String> files = RevisionText.valid().files();
		Validated v = validate(Map.of("mining.maturity", files.get("mining.maturity")));
		v.assertExactly(SyntaxAndReferencesTest.unresolvedInPartFile(v, RevisionText.NAME).toArray(Validated.Expected[]::new));
	}
}
