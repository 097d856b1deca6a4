package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.tests.QuickFixHarness.assertFix;
import static com.maturityworkbench.dsl.tests.QuickFixHarness.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.tests.QuickFixHarness.Snapshot;
import com.maturityworkbench.dsl.validation.IssueCodes;

/** Quick fixes for empty cells and for drafting notes left in names. */
public class CoverageAndNamingQuickFixTest {

	@Test
	public void emptyCellIsMarkedToBeCompleted() {
		RevisionText defect = RevisionText.valid();
		defect.requirements("表5").row("转型战略").cell("三级").clauses.clear();
		RevisionText expected = RevisionText.valid();
		expected.requirements("表5").row("转型战略").cell("三级").clauses.clear();
		expected.requirements("表5").row("转型战略").cell("三级").emptyReason = "待补充";
		assertFix(defect, IssueCodes.EMPTY_CELL, "标为留空：empty \"待补充\"", expected);
	}

	@Test
	public void emptyCellInAFinalRevisionIsMarkedToo() {
		RevisionText defect = RevisionText.valid().status("final");
		defect.requirements("表6").row("仓储物流").cell("五级").clauses.clear();
		RevisionText expected = RevisionText.valid().status("final");
		expected.requirements("表6").row("仓储物流").cell("五级").clauses.clear();
		expected.requirements("表6").row("仓储物流").cell("五级").emptyReason = "待补充";
		assertFix(defect, IssueCodes.EMPTY_CELL, "标为留空：empty \"待补充\"", expected);
	}

	@Test
	public void draftingNoteLeavesTheRowNameQuoted() {
		RevisionText defect = RevisionText.valid();
		defect.requirements("表5").row("转型战略").name = "转型战略 (待完善)";
		String text = defect.singleFile();
		assertFix(text, IssueCodes.DRAFTING_NOTE, "删去起草批注“(待完善)”",
				text.replace("subdomain \"转型战略 (待完善)\"", "subdomain \"转型战略\""));
	}

	@Test
	public void draftingNoteGoesFromARowNameWithEscapedQuotes() {
		RevisionText defect = RevisionText.valid();
		defect.weights("表1").sub("转型战略").name = "转型\"战略\"";
		defect.requirements("表5").row("转型战略").name = "转型\"战略\"（完善到此）";
		String text = defect.singleFile();
		String written = "subdomain \"转型\\\"战略\\\"（完善到此）\"";
		assertTrue(text.contains(written), text);
		assertFix(text, IssueCodes.DRAFTING_NOTE, "删去起草批注“（完善到此）”",
				text.replace(written, "subdomain \"转型\\\"战略\\\"\""));
	}

	@Test
	public void draftingNoteGoesFromAWeightedSubdomainName() {
		RevisionText defect = RevisionText.valid();
		defect.weights("表1").sub("组织建设").name = "组织建设（待定）";
		String text = defect.singleFile();
		assertFix(text, IssueCodes.DRAFTING_NOTE, "删去起草批注“（待定）”", text.replace("\"组织建设（待定）\" 12%", "\"组织建设\" 12%"));
	}

	@Test
	public void draftingNoteGoesFromDomainNames() {
		RevisionText defect = RevisionText.valid();
		defect.requirements("表5").domain("组织").name = "组织 (TBD)";
		String text = defect.singleFile();
		assertFix(text, IssueCodes.DRAFTING_NOTE, "删去起草批注“(TBD)”", text.replace("domain \"组织 (TBD)\"", "domain \"组织\""));

		RevisionText weights = RevisionText.valid();
		weights.weights("表1").domain("组织").name = "组织(待修改)";
		String w = weights.singleFile();
		assertFix(w, IssueCodes.DRAFTING_NOTE, "删去起草批注“(待修改)”", w.replace("domain \"组织(待修改)\"", "domain \"组织\""));
	}

	@Test
	public void draftingNoteInASubdomainThatTailoringNamesGetsNoFix() {
		// removing the note would leave 表2."智能装备 (待完善)" in the tailoring rule unresolved
		RevisionText defect = RevisionText.valid();
		defect.weights("表2").sub("智能装备").name = "智能装备 (待完善)";
		defect.tailoring = "tailoring allow 表2.\"智能装备 (待完善)\", 表2.采矿作业 redistribute within domain";
		Snapshot s = load(defect);
		Finding note = s.only(IssueCodes.DRAFTING_NOTE);
		assertEquals(List.of(), s.labels(note));
	}
}
