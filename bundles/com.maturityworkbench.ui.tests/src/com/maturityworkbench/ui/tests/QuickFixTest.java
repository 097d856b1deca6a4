package com.maturityworkbench.ui.tests;

import static com.maturityworkbench.ui.tests.Workbench.annotations;
import static com.maturityworkbench.ui.tests.Workbench.markers;
import static com.maturityworkbench.ui.tests.Workbench.offsetOf;
import static com.maturityworkbench.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.ui.editor.FindingAnnotation;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.editor.quickfix.FindingQuickAssistProcessor;
import com.maturityworkbench.ui.editor.quickfix.QuickFixProposal;

/** A quick fix of the ide bundle, applied in the editor: the text, the annotation and (after saving) the marker change. */
class QuickFixTest extends DraftTest {
	/** 表5, 流程管理 四级 a) of the draft says 流程的的标准化: one 的 too many. */
	private static final String DOUBLED = "流程的的标准化";
	private static final String FIXED = "流程的标准化";


	@Test
	void deletingTheDoubledCharacterFixesTextAnnotationAndMarker() throws Exception {
		Path file = draft.resolve("table5-common.maturity");
		MaturityEditor head = Workbench.open(file);
		String before = head.document().get();
		int first = before.indexOf(DOUBLED);
		int doubled = first + "流程".length();
		FindingAnnotation finding = doubledAt(head, doubled);
		assertTrue(finding.isQuickFixable());
		int markersBefore = Workbench.waitFor("the doubled-character markers",
				() -> markers(file, "text.doubled-character").isEmpty() ? null : markers(file, "text.doubled-character").size());
		assertTrue(markers(file, "text.doubled-character").stream().anyMatch(m -> m.getAttribute("charStart", -1) == offsetOf(head, finding)));

		FindingQuickAssistProcessor processor = (FindingQuickAssistProcessor) ((org.eclipse.jface.text.source.ISourceViewerExtension3) head.viewer()).getQuickAssistAssistant().getQuickAssistProcessor();
		List<QuickFixProposal> fixes = processor.proposals(offsetOf(head, finding));
		assertEquals(List.of("删去多打的“的”"), fixes.stream().map(QuickFixProposal::getDisplayString).toList());
		assertEquals(1, processor.computeQuickAssistProposals(new TextInvocationContext(head.viewer(), offsetOf(head, finding), 0)).length);

		fixes.get(0).apply(head.document());
		String after = head.document().get();
		assertEquals(before.substring(0, first) + FIXED + before.substring(first + DOUBLED.length()), after, "exactly one 的 is deleted");
		waitUntil("the finding gone", () -> doubledNear(head, doubled).isEmpty());

		head.doSave(null);
		waitUntil("one doubled-character marker fewer", () -> markers(file, "text.doubled-character").size() == markersBefore - 1);
		assertEquals(after, Workbench.read(file));

		((ITextOperationTarget) head.viewer()).doOperation(ITextOperationTarget.UNDO);
		assertEquals(before, head.document().get(), "the fix is one undo step");
	}

	private static FindingAnnotation doubledAt(MaturityEditor editor, int offset) {
		List<FindingAnnotation> found = doubledNear(editor, offset);
		assertEquals(1, found.size(), annotations(editor, "text.doubled-character").toString());
		return found.get(0);
	}

	private static List<FindingAnnotation> doubledNear(MaturityEditor editor, int offset) {
		return annotations(editor, "text.doubled-character").stream().filter(a -> {
			var p = editor.annotationModel().getPosition(a);
			return p.getOffset() <= offset && offset <= p.getOffset() + p.getLength();
		}).toList();
	}
}
