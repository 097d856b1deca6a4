package com.maturityworkbench.ui.tests;

import static com.maturityworkbench.ui.tests.Workbench.annotations;
import static com.maturityworkbench.ui.tests.Workbench.markers;
import static com.maturityworkbench.ui.tests.Workbench.offsetOf;
import static com.maturityworkbench.ui.tests.Workbench.waitForCheck;
import static com.maturityworkbench.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.swt.custom.StyledText;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.ui.editor.FindingAnnotation;
import com.maturityworkbench.ui.editor.MaturityEditor;

/** Validation while typing, of the whole revision: annotations as the text changes, markers once it is saved. */
class RevisionValidationTest extends DraftTest {

	@Test
	void weightTypedIntoTable1ShowsThePartSumFindingThenItsMarkerOnSave() throws Exception {
		MaturityEditor head = Workbench.open(draft.resolve("standard.maturity"));
		MaturityEditor weights = Workbench.open(draft.resolve("weights.maturity"));
		assertTrue(annotations(weights, "weights.part-sum").isEmpty(), "表1 sums to its target of 49% as shipped");
		assertTrue(markers(draft.resolve("weights.maturity"), "weights.part-sum").isEmpty());

		// 组织建设 3% → 4%: 表1 then sums to 49% + 1% = 50% against the 49% of 基础共性
		StyledText widget = weights.viewer().getTextWidget();
		int three = weights.document().get().indexOf("组织建设 3%") + "组织建设 ".length();
		widget.setSelection(three, three + 1);
		Workbench.type(widget, "4");
		assertEquals("组织建设 4%", weights.document().get().substring(three - 5, three + 2));
		waitUntil("the part-sum finding of 表1", () -> !annotations(weights, "weights.part-sum").isEmpty());

		List<FindingAnnotation> found = annotations(weights, "weights.part-sum");
		assertEquals(1, found.size(), found.toString());
		FindingAnnotation sum = found.get(0);
		assertEquals(weights.document().get().indexOf("weights 表1") + "weights ".length(), offsetOf(weights, sum));
		assertEquals(FindingAnnotation.WARNING, sum.getType(), "a draft's content findings are warnings");
		assertTrue(sum.getText().contains("50%") && sum.getText().contains("49%") && sum.getText().endsWith("[weights.part-sum]"),
				sum.getText());
		assertTrue(weights.isDirty());
		assertTrue(markers(draft.resolve("weights.maturity"), "weights.part-sum").isEmpty(), "markers are the saved files' findings");

		weights.doSave(null);
		List<IMarker> marker = Workbench.waitFor("the part-sum marker", () -> {
			List<IMarker> m = markers(draft.resolve("weights.maturity"), "weights.part-sum");
			return m.isEmpty() ? null : m;
		});
		assertEquals(1, marker.size());
		assertEquals(sum.getText(), marker.get(0).getAttribute(IMarker.MESSAGE, ""));
		assertEquals(lineOf(weights.document(), offsetOf(weights, sum)), marker.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(IMarker.SEVERITY_WARNING, marker.get(0).getAttribute(IMarker.SEVERITY, -1));
		assertTrue(Workbench.read(draft.resolve("weights.maturity")).contains("组织建设 4%"));
		assertFalse(head.isDirty());
	}

	@Test
	void renamingAWeightedSubdomainRefreshesTheFindingsOfTheRequirementTable() throws Exception {
		MaturityEditor weights = Workbench.open(draft.resolve("weights.maturity"));
		MaturityEditor table5 = Workbench.open(draft.resolve("table5-common.maturity"));
		int row = table5.document().get().indexOf("subdomain 组织建设") + "subdomain ".length();
		assertTrue(atRow(table5, row).isEmpty(), "the row 组织建设 has its weight in 表1 as shipped");

		// 表1's 组织建设 becomes 组织建设甲: table5's row of that name has no weight any more
		StyledText widget = weights.viewer().getTextWidget();
		int end = weights.document().get().indexOf("组织建设 3%") + "组织建设".length();
		widget.setCaretOffset(end);
		Workbench.type(widget, "甲");
		assertTrue(weights.document().get().contains("组织建设甲 3%"));
		waitUntil("a coverage finding on table5's row 组织建设", () -> !atRow(table5, row).isEmpty());
		FindingAnnotation finding = atRow(table5, row).get(0);
		assertTrue(finding.getText().contains("组织建设"), finding.getText());
		assertFalse(table5.isDirty(), "the requirement table itself was not edited");

		// one undo step restores the weight's name, and with it the row's weight
		((ITextOperationTarget) weights.viewer()).doOperation(ITextOperationTarget.UNDO);
		assertTrue(weights.document().get().contains("组织建设 3%"));
		waitUntil("the coverage finding gone", () -> atRow(table5, row).isEmpty());
		waitForCheck(table5);
	}

	private static List<FindingAnnotation> atRow(MaturityEditor editor, int offset) {
		return editor.findingAnnotations().stream()
				.filter(a -> a.code().startsWith("coverage.") && offsetOf(editor, a) == offset).toList();
	}

	private static int lineOf(IDocument document, int offset) throws Exception {
		return document.getLineOfOffset(offset) + 1;
	}
}
