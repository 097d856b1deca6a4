package com.maturityworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.ui.compare.CompareView;
import com.maturityworkbench.ui.compare.DiffNode;
import com.maturityworkbench.ui.compare.ImpactReportHandler;
import com.maturityworkbench.ui.compare.ImpactReportJob;
import com.maturityworkbench.ui.compare.TextDiffStyles;

/**
 * 修订版比较 and 影响模拟报告: the shipped draft (OLD) against an edited copy of it (NEW), the diff computed by the
 * revision tools and shown as a tree with the selected clause's text difference; the simulation report of the draft
 * against itself.
 */
class CompareTest extends DraftTest {

	/** A second copy of the draft with {@code from} replaced by {@code to} in one of its files. */
	private static Path editedCopy(String file, String from, String to) throws Exception {
		Path copy = Workbench.draftCopy();
		Path f = copy.resolve(file);
		String text = Files.readString(f, StandardCharsets.UTF_8);
		assertEquals(text.indexOf(from), text.lastIndexOf(from), "unique: " + from);
		assertTrue(text.contains(from), from);
		Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
		return copy;
	}

	private CompareView compare(Path other) throws Exception {
		Workbench.open(draft.resolve("standard.maturity"));
		CompareView view = (CompareView) Workbench.page().showView(CompareView.ID);
		Job job = view.compare(draft, Map.of(), other);
		Workbench.waitUntil("the comparison", () -> job.getResult() != null && view.diff() != null);
		return view;
	}

	@SuppressWarnings("unchecked")
	private static List<DiffNode> roots(CompareView view) {
		return (List<DiffNode>) view.tree().getInput();
	}

	private static List<DiffNode> all(List<DiffNode> nodes, DiffNode.Kind kind) {
		List<DiffNode> found = new ArrayList<>();
		for (DiffNode n : nodes) {
			if (n.kind() == kind) {
				found.add(n);
			}
			found.addAll(all(n.children(), kind));
		}
		return found;
	}

	@Test
	void twoWeightsChangedAreExactlyTheTwoRowsOfTheTree() throws Exception {
		Path other = editedCopy("weights.maturity", "    转型战略 3%\n    流程管理 2%\n", "    转型战略 4%\n    流程管理 1%\n");
		CompareView view = compare(other);
		List<DiffNode> roots = roots(view);
		assertEquals(List.of("权重"), roots.stream().map(DiffNode::label).toList(), "only the weights changed");
		DiffNode table = roots.get(0).children().get(0);
		assertEquals(1, roots.get(0).children().size());
		assertEquals("表1：合计 49% → 49%（目标 49%）", table.label(), "表1's rows still sum to its part's target");
		assertEquals(List.of("组织 / 转型战略：3% → 4%（+1%）", "组织 / 流程管理：2% → 1%（-1%）"),
				all(roots, DiffNode.Kind.WEIGHT_ROW).stream().map(DiffNode::label).toList());
		assertEquals(List.of(), all(roots, DiffNode.Kind.DOMAIN_TOTAL), "组织 still sums to the same: 3 + 2 = 4 + 1");
		assertEquals(2, view.diff().changeCount());
		assertTrue(view.getContentDescription().contains("共 2 处变化"), view.getContentDescription());
		assertEquals(2, view.tree().getTree().getItem(0).getItem(0).getItemCount(), "the tree widget shows the two rows");
	}

	@Test
	void theRevisionWithItselfIsEmpty() throws Exception {
		CompareView view = compare(Workbench.draftCopy());
		assertEquals(List.of(), roots(view));
		assertTrue(view.diff().isEmpty());
		assertTrue(view.getContentDescription().contains("两个修订版没有差别。"), view.getContentDescription());
	}

	@Test
	void anEditedClauseShowsItsDeletedAndInsertedCharactersStyled() throws Exception {
		Path other = editedCopy("table5-common.maturity", "形成良好的跨部门协作机制", "形成紧密的跨部门协作机制");
		CompareView view = compare(other);
		List<DiffNode> clauses = all(roots(view), DiffNode.Kind.CLAUSE);
		assertEquals(1, clauses.size(), clauses.toString());
		DiffNode clause = clauses.get(0);
		assertTrue(clause.label().startsWith("改写 "), clause.label());
		view.tree().setSelection(new StructuredSelection(clause), true);
		StyledText text = view.textDiff();
		String shown = text.getText();
		int deleted = shown.indexOf("良好紧密的跨部门协作机制");
		assertTrue(deleted > 0, shown);
		assertStyled(text, deleted, "良好", true);
		assertStyled(text, deleted + 2, "紧密", false);
		StyleRange plain = text.getStyleRangeAtOffset(deleted + 4);
		assertTrue(plain == null || !plain.strikeout && !plain.underline, "的 is common to both");
		assertEquals(2, text.getStyleRanges().length, "one deletion and one insertion");
	}

	private static void assertStyled(StyledText text, int offset, String expected, boolean deleted) {
		for (int i = 0; i < expected.length(); i++) {
			StyleRange style = text.getStyleRangeAtOffset(offset + i);
			assertNotNull(style, expected);
			assertEquals(deleted, style.strikeout, expected);
			assertEquals(!deleted, style.underline, expected);
			assertEquals(deleted ? TextDiffStyles.DELETED : TextDiffStyles.INSERTED, style.foreground.getRGB(), expected);
		}
	}

	@Test
	void inEnglishTheTreeSpeaksEnglish() throws Exception {
		Language.set(Language.EN);
		Path other = editedCopy("weights.maturity", "    转型战略 3%\n    流程管理 2%\n", "    转型战略 4%\n    流程管理 1%\n");
		CompareView view = compare(other);
		assertEquals(List.of("Weights"), roots(view).stream().map(DiffNode::label).toList());
		assertTrue(view.getContentDescription().startsWith("Revision comparison: "), view.getContentDescription());
	}

	@Test
	void theSimulationReportOfTheDraftAgainstItselfHasADiagonalMatrix() throws Exception {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(ImpactReportHandler.COMMAND);
		assertTrue(command.isDefined() && command.isHandled());
		assertEquals("影响模拟报告", command.getName());
		assertNull(ImpactReportHandler.invalidCount("200"));
		assertNotNull(ImpactReportHandler.invalidCount("0"));
		assertNotNull(ImpactReportHandler.invalidCount("十"));
		ImpactReportJob job = new ImpactReportJob(draft, Map.of(), Workbench.draftCopy(), 200);
		job.schedule();
		Workbench.waitUntil("the simulation", () -> job.getResult() != null);
		assertNull(job.failure(), job.failure());
		String html = Files.readString(job.report(), StandardCharsets.UTF_8);
		assertTrue(html.contains("等级转移矩阵"), "the matrices are there");
		Matcher tables = Pattern.compile("<table>(.*?)</table>", Pattern.DOTALL).matcher(html);
		Pattern cell = Pattern.compile("<td class=\"n( diag)?\">(\\d+)</td>");
		int matrices = 0;
		int largestDiagonal = 0;
		while (tables.find()) {
			if (!tables.group(1).contains("diag")) {
				continue;
			}
			matrices++;
			int diagonal = 0;
			Matcher c = cell.matcher(tables.group(1));
			while (c.find()) {
				int n = Integer.parseInt(c.group(2));
				if (c.group(1) == null) {
					assertEquals(0, n, "an off-diagonal cell of a matrix of identical revisions");
				} else {
					diagonal += n;
				}
			}
			largestDiagonal = Math.max(largestDiagonal, diagonal);
		}
		assertTrue(matrices >= 2, "the matrix of all enterprises and one per sector: " + matrices);
		assertEquals(200, largestDiagonal, "every enterprise on the diagonal of the matrix of all enterprises");
	}
}
