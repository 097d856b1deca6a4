package com.maturityworkbench.ui.tests;

import static com.maturityworkbench.ui.tests.Workbench.annotations;
import static com.maturityworkbench.ui.tests.Workbench.markers;
import static com.maturityworkbench.ui.tests.Workbench.offsetOf;
import static com.maturityworkbench.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.ui.editor.FindingAnnotation;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.editor.quickfix.FindingQuickAssistProcessor;
import com.maturityworkbench.ui.editor.quickfix.QuickFixProposal;

/**
 * The cell and row fixes of the ide bundle applied in the editor on the draft: the exact text, the annotation and,
 * once saved, the Problems marker change; one undo restores the text.
 */
class RowAndCellFixesTest extends DraftTest {
	/** 表5 组织建设 三级 as shipped: a) b) c) d). */
	private static final String CELL = "      三级\n        a) 组织结构。";

	/** Where 表5 组织建设 三级 starts and ends (where 四级 starts) in the shipped text. */
	private static int[] cell(String shipped) {
		int cell = shipped.indexOf(CELL);
		return new int[] { cell, shipped.indexOf("      四级", cell) };
	}

	@Test
	void renumberingACellWithAGap() throws Exception {
		Path file = draft.resolve("table5-common.maturity");
		String shipped = Workbench.read(file);
		int cell = cell(shipped)[0];
		int end = cell(shipped)[1];
		String relabelled = shipped.substring(cell, end).replace("b) 企业文化", "c) 企业文化").replace("c) 管理制度", "d) 管理制度")
				.replace("d) 对外拓展", "e) 对外拓展");
		String defect = shipped.substring(0, cell) + relabelled + shipped.substring(end);
		int skip = defect.indexOf("c) 企业文化", cell);
		applyAndUndo(file, defect, "labels.skipped", skip, "将本单元格的条款依次编号为 a)、b)、c)、d)", shipped, null);
	}

	@Test
	void addingAMissingLevelToARow() throws Exception {
		Path file = draft.resolve("table5-common.maturity");
		String shipped = Workbench.read(file);
		int cell = cell(shipped)[0];
		String defect = shipped.substring(0, cell) + shipped.substring(cell(shipped)[1]);
		int row = defect.indexOf("subdomain 组织建设") + "subdomain ".length();
		String fixed = defect.substring(0, cell) + "      三级\n" + defect.substring(cell);
		applyAndUndo(file, defect, "coverage.missing-level", row, "补上缺少的等级：三级", fixed, "coverage.empty-cell");
	}

	@Test
	void renamingADriftedRowToItsWeightRowsName() throws Exception {
		// 表7's 技术创新 is 表3's 技术创新与改造 (the draft's own drift)
		Path file = draft.resolve("table7-smelting.maturity");
		String shipped = Workbench.read(file);
		int row = shipped.indexOf("subdomain 技术创新\n") + "subdomain ".length();
		String fixed = shipped.substring(0, row) + "技术创新与改造" + shipped.substring(row + "技术创新".length());
		applyAndUndo(file, shipped, "coverage.name-drift", row, "改名为权重表中的“技术创新与改造”", fixed, null);
	}

	/**
	 * With {@code defect} saved in {@code file}: the finding {@code code} at {@code offset} is annotated and marked;
	 * its fix {@code label} turns the text into {@code fixed}; the annotation goes, and after saving the marker (a
	 * marker of {@code followUp} appears instead when not null); one undo brings {@code defect} back.
	 */
	private static void applyAndUndo(Path file, String defect, String code, int offset, String label, String fixed, String followUp)
			throws Exception {
		Files.writeString(file, defect, StandardCharsets.UTF_8);
		MaturityEditor editor = Workbench.open(file);
		assertEquals(defect, editor.document().get());
		waitUntil("the " + code + " finding at " + offset, () -> !at(editor, code, offset).isEmpty());
		waitUntil("its marker", () -> markers(file, code).stream().anyMatch(m -> m.getAttribute("charStart", -1) == offset));
		int markersBefore = markers(file, code).size();
		FindingQuickAssistProcessor processor = (FindingQuickAssistProcessor) ((ISourceViewerExtension3) editor.viewer())
				.getQuickAssistAssistant().getQuickAssistProcessor();
		List<QuickFixProposal> fixes = processor.proposals(offset).stream().filter(p -> p.getDisplayString().equals(label)).toList();
		assertEquals(1, fixes.size(), () -> processor.proposals(offset).stream().map(QuickFixProposal::getDisplayString).toList().toString());

		fixes.get(0).apply(editor.document());
		assertEquals(fixed, editor.document().get());
		waitUntil("the finding gone", () -> at(editor, code, offset).isEmpty() && editor.showsCurrentText());
		if (followUp != null) {
			assertTrue(!annotations(editor, followUp).isEmpty(), "the fix leaves a visible to-do: " + followUp);
		}
		editor.doSave(null);
		waitUntil("one " + code + " marker fewer", () -> markers(file, code).size() == markersBefore - 1);
		if (followUp != null) {
			waitUntil("a " + followUp + " marker", () -> !markers(file, followUp).isEmpty());
		}
		assertEquals(fixed, Workbench.read(file));

		((ITextOperationTarget) editor.viewer()).doOperation(ITextOperationTarget.UNDO);
		assertEquals(defect, editor.document().get(), "the fix is one undo step");
		waitUntil("the finding back", () -> !at(editor, code, offset).isEmpty());
	}

	private static List<FindingAnnotation> at(MaturityEditor editor, String code, int offset) {
		return annotations(editor, code).stream().filter(a -> offsetOf(editor, a) == offset).toList();
	}
}
