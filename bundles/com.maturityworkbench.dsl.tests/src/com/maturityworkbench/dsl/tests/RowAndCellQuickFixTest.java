package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.tests.ClauseLabelQuickFixTest.labelled;
import static com.maturityworkbench.dsl.tests.QuickFixHarness.assertFix;
import static com.maturityworkbench.dsl.tests.QuickFixHarness.load;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.tests.QuickFixHarness.Snapshot;
import com.maturityworkbench.dsl.validation.IssueCodes;

/**
 * The editor's cell and row fixes, from the ide bundle's provider: a whole cell renumbered in its table's style, the
 * missing levels of a row added as empty cells (themselves reported, a visible to-do), a drifted row renamed to its
 * weight row's name. Each on a minimal revision, with the exact text the fix writes.
 */
public class RowAndCellQuickFixTest {
	private static final String RENUMBER = "将本单元格的条款依次编号为 ";

	@Test
	public void aCellNumberedWithAGapIsRenumberedInOrder() {
		// a) c) d): the jump is reported once; renaming c) alone would leave d) after b); the whole cell becomes a) b) c)
		Snapshot s = load(labelled("a)", "c)", "d)"));
		Finding skip = s.only(IssueCodes.LABEL_SKIPPED);
		assertEquals(List.of(RENUMBER + "a)、b)、c)", "将编号“c)”改为“b)”"), s.labels(skip));
		Map<String, String> fixed = s.with(skip.file(), s.fixes(skip).get(0).apply());
		assertEquals(labelled("a)", "b)", "c)").singleFile(), fixed.get(RevisionText.SINGLE_FILE));
		load(fixed).none();
	}

	@Test
	public void renumberingKeepsTheTablesStyleAndLabelsAnUnlabelledClause() {
		// the table numbers 1. 2. (every other cell of 表5 too); 1. "…" 4. 5.: the unlabelled clause gets 2.
		RevisionText defect = labelled("1.", null, "4.", "5.");
		defect.requirements("表5").relabel(l -> "a)".equals(l) ? "1." : "b)".equals(l) ? "2." : l);
		Snapshot s = load(defect);
		Finding missing = s.single(IssueCodes.LABEL_MISSING);
		assertEquals(List.of("补上编号“2.”", RENUMBER + "1.、2.、3.、4."), s.labels(missing));
		RevisionText expected = labelled("1.", "2.", "3.", "4.");
		expected.requirements("表5").relabel(l -> "a)".equals(l) ? "1." : "b)".equals(l) ? "2." : l);
		Map<String, String> fixed = s.with(missing.file(), s.fixes(missing).get(1).apply());
		assertEquals(expected.singleFile(), fixed.get(RevisionText.SINGLE_FILE));
		load(fixed).none();
	}

	@Test
	public void aSingleWrongLabelIsNotOfferedTheWholeCell() {
		// a) c): renumbering would change one label, which the label's own fix does
		Snapshot s = load(labelled("a)", "c)"));
		assertEquals(List.of("将编号“c)”改为“b)”"), s.labels(s.only(IssueCodes.LABEL_SKIPPED)));
	}

	@Test
	public void aMissingLevelIsAddedInLevelOrderAsAnEmptyCell() {
		RevisionText defect = RevisionText.valid();
		defect.requirements("表5").row("转型战略").cells.removeIf(c -> c.level.equals("三级"));
		Snapshot s = load(defect);
		Finding missing = s.only(IssueCodes.MISSING_LEVEL);
		Map<String, String> fixed = s.fix(missing, "补上缺少的等级：三级");
		String text = defect.singleFile();
		int at = text.indexOf("      四级", text.indexOf("subdomain 转型战略"));
		assertEquals(text.substring(0, at) + "      三级\n" + text.substring(at), fixed.get(RevisionText.SINGLE_FILE));
		// what the fix leaves is a visible to-do: the cell without clauses, reported, with its own fix
		Snapshot after = load(fixed);
		Finding todo = after.only(IssueCodes.EMPTY_CELL);
		assertEquals(List.of("标为留空：empty \"待补充\""), after.labels(todo));
	}

	@Test
	public void missingLevelsAtBothEndsGoBeforeTheFirstCellAndAfterTheLast() {
		RevisionText defect = RevisionText.valid();
		defect.requirements("表6").row("仓储物流").cells.removeIf(c -> c.level.equals("一级") || c.level.equals("五级"));
		Snapshot s = load(defect);
		Map<String, String> fixed = s.fix(s.only(IssueCodes.MISSING_LEVEL), "补上缺少的等级：一级、五级");
		RevisionText expected = RevisionText.valid();
		expected.requirements("表6").row("仓储物流").cell("一级").clauses.clear();
		expected.requirements("表6").row("仓储物流").cell("五级").clauses.clear();
		assertEquals(expected.singleFile(), fixed.get(RevisionText.SINGLE_FILE));
		assertEquals(2, load(fixed).withCode(IssueCodes.EMPTY_CELL).size());
	}

	@Test
	public void aDriftedRowIsRenamedToTheWeightTablesName() {
		RevisionText defect = RevisionText.valid();
		defect.weights("表2").sub("仓储物流").name = "仓储物流配送";
		RevisionText expected = RevisionText.valid();
		expected.weights("表2").sub("仓储物流").name = "仓储物流配送";
		expected.requirements("表6").row("仓储物流").name = "仓储物流配送";
		assertFix(defect, IssueCodes.NAME_DRIFT, "改名为权重表中的“仓储物流配送”", expected);
	}

	@Test
	public void aWeightNameThatIsNoIdentifierIsWrittenQuoted() {
		RevisionText defect = RevisionText.valid();
		defect.weights("表2").sub("仓储物流").name = "仓储物流（含配送）";
		String text = defect.singleFile();
		assertFix(text, IssueCodes.NAME_DRIFT, "改名为权重表中的“仓储物流（含配送）”",
				text.replace("subdomain 仓储物流", "subdomain \"仓储物流（含配送）\""));
	}
}
