package com.maturityworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.revision.comments.Comment;
import com.maturityworkbench.revision.comments.CommentProblem;
import com.maturityworkbench.revision.comments.CommentRound;
import com.maturityworkbench.revision.comments.Disposition;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.ui.LanguageServices;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.views.comments.CommentsView;

/**
 * The comments view (征求意见) on a copy of the shipped draft with its comment round: the comments and their counts per
 * disposition as the CSV has them (counted here from the file's lines), filtered by disposition; the comment whose
 * reference resolves to nothing marked with the finding {@code mwb comments} reports; double-click opens the clause or
 * row a comment is about (its line found here in the file's text); the caret on a clause or row selects the comments
 * on it; an edit of the comments file on disk is shown.
 */
class CommentsViewTest extends DraftTest {
	private static final String CSV = "征求意见.csv";

	@BeforeEach
	void copyComments() throws Exception {
		Path shipped = Path.of(System.getProperty("mwb.repo.root", "../..")).resolve(Workbench.DRAFT).resolve("comments").resolve(CSV);
		Files.createDirectories(draft.resolve("comments"));
		Files.copy(shipped, draft.resolve("comments").resolve(CSV));
	}

	private CommentsView openView() throws Exception {
		MaturityEditor head = Workbench.open(draft.resolve("standard.maturity"));
		var old = Workbench.page().findView(CommentsView.ID);
		if (old != null) {
			Workbench.page().hideView(old); // a fresh view, in the language of the test
		}
		CommentsView view = (CommentsView) Workbench.page().showView(CommentsView.ID);
		Workbench.waitUntil("the comments of the draft copy", () -> view.snapshot() != null && view.snapshot().folder().equals(draft) && view.round() != null);
		Workbench.waitForCheck(head);
		return view;
	}

	/** The CSV's rows, counted from its lines: the header, then one comment a line of seven cells (no cell of the shipped round holds a comma or a quote). */
	private List<String[]> csvRows() throws Exception {
		List<String> lines = Files.readAllLines(draft.resolve("comments").resolve(CSV), StandardCharsets.UTF_8);
		assertEquals("\uFEFF序号,提出单位,章条编号/表格行,意见内容,修改建议,处理意见,理由", lines.get(0));
		List<String[]> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (!line.isBlank()) {
				String[] cells = line.split(",", -1);
				assertEquals(7, cells.length, line);
				rows.add(cells);
			}
		}
		return rows;
	}

	/** What {@code mwb comments} reads: the round of the revision as the workspace service loads it from disk. */
	private CommentRound serviceRound() throws Exception {
		var revision = LanguageServices.get(RevisionWorkspaceService.class).openRevision(draft.toString());
		return CommentRound.readBeside(revision.revision(), draft);
	}

	private static Comment comment(CommentsView view, String number) {
		return view.round().comments().stream().map(CommentRound.ResolvedComment::comment).filter(c -> c.number().equals(number)).findFirst()
				.orElseThrow();
	}

	private static TableItem item(CommentsView view, String number) {
		for (TableItem item : view.table().getTable().getItems()) {
			if (item.getData() instanceof Comment c && c.number().equals(number)) {
				return item;
			}
		}
		throw new AssertionError("no row for comment " + number);
	}

	private static List<String> numbers(java.util.Collection<Comment> comments) {
		return comments.stream().map(Comment::number).sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList();
	}

	private static int lineOf(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
	}

	@Test
	void theCommentsAndTheirCountsPerDispositionAreTheCsvs() throws Exception {
		CommentsView view = openView();
		List<String[]> rows = csvRows();
		Map<String, Integer> byDisposition = new LinkedHashMap<>();
		for (String keyword : List.of("采纳", "部分采纳", "不采纳", "待定")) {
			byDisposition.put(keyword, (int) rows.stream().filter(r -> r[5].equals(keyword)).count());
		}
		assertEquals(rows.size(), byDisposition.values().stream().mapToInt(Integer::intValue).sum(), "every row has one of the four");
		assertEquals(rows.size(), view.shown().size());
		assertEquals(rows.size(), view.table().getTable().getItemCount());
		for (Disposition d : Disposition.values()) {
			assertEquals(d.keyword() + "（" + byDisposition.get(d.keyword()) + "）", view.dispositionFilter(d).getText());
		}
		int problems = serviceRound().problems().size();
		assertEquals(String.format("修订 ys-t-digital-maturity-draft：%d 条意见：采纳 %d，部分采纳 %d，不采纳 %d，待定 %d；问题 %d 个；显示 %d 条。双击意见（或按回车）即打开其所指的条文",
				rows.size(), byDisposition.get("采纳"), byDisposition.get("部分采纳"), byDisposition.get("不采纳"), byDisposition.get("待定"), problems,
				rows.size()), view.summary());
		// the table's cells are the CSV's, the disposition in Chinese
		TableItem first = view.table().getTable().getItem(0);
		String[] row = rows.get(0);
		for (int c = 0; c < 7; c++) {
			assertEquals(row[c], first.getText(c), "column " + c);
		}
		assertEquals(List.of("序号", "提出单位", "章条/表行", "意见内容", "修改建议", "处理意见", "理由", "问题"),
				java.util.Arrays.stream(view.table().getTable().getColumns()).map(col -> col.getText()).toList());

		// without 采纳: the others only
		view.dispositionFilter(Disposition.ACCEPTED).setSelection(false);
		view.dispositionFilter(Disposition.ACCEPTED).notifyListeners(SWT.Selection, new Event());
		assertEquals(rows.size() - byDisposition.get("采纳"), view.table().getTable().getItemCount());
		assertTrue(view.shown().stream().noneMatch(c -> c.disposition() == Disposition.ACCEPTED));
		assertEquals(rows.stream().filter(r -> !r[5].equals("采纳")).map(r -> r[0]).toList(), view.shown().stream().map(Comment::number).toList());
	}

	@Test
	void theCommentWhoseReferenceResolvesToNothingIsMarkedWithTheFindingOfMwbComments() throws Exception {
		CommentsView view = openView();
		CommentRound expected = serviceRound();
		assertEquals(1, expected.problems().size());
		CommentProblem problem = expected.problems().get(0);
		// row 15 of the file (the header is row 1): comment 14, 表5 组织建设 五级 e) where the cell has a) to d)
		String[] row14 = csvRows().get(15 - 2);
		assertEquals("14", row14[0]);
		assertEquals("表5 组织建设 五级 e)", row14[2]);
		assertEquals(15, problem.row());
		assertEquals("章条编号“表5 组织建设 五级 e)”：表5“组织建设”五级没有条款“e)”（该单元格有 4 条要求）", problem.message());

		TableItem marked = item(view, "14");
		assertEquals(problem.message(), marked.getText(7));
		assertNotNull(marked.getImage(0), "marked with the warning icon");
		for (TableItem other : view.table().getTable().getItems()) {
			if (other != marked) {
				assertEquals("", other.getText(7));
				assertNull(other.getImage(0));
			}
		}
		// it opens nothing
		int editors = Workbench.page().getEditorReferences().length;
		assertFalse(view.open(comment(view, "14")));
		assertEquals(editors, Workbench.page().getEditorReferences().length);
	}

	@Test
	void doubleClickOpensTheClauseOrRowTheCommentIsAbout() throws Exception {
		CommentsView view = openView();
		// 表5.信息安全.四级.3: c) 网络安全 of 信息安全 at 四级
		String table5 = Workbench.read(draft.resolve("table5-common.maturity"));
		int clause = table5.indexOf("c) 网络安全。", table5.indexOf("四级", table5.indexOf("subdomain 信息安全")));
		assertTrue(table5.substring(clause).startsWith("c) 网络安全。\"建立结构化的网络安全管理体系"));
		Table table = view.table().getTable();
		TableItem item = item(view, "6");
		assertEquals("表5.信息安全.四级.3", item.getText(2));
		table.setSelection(item);
		Event doubleClick = new Event();
		doubleClick.item = item;
		table.notifyListeners(SWT.DefaultSelection, doubleClick);
		MaturityEditor editor = Workbench.waitFor("table5-common.maturity opened", () -> WeightTablesViewTest.findEditor(draft.resolve("table5-common.maturity")));
		assertEquals(editor, Workbench.page().getActiveEditor(), "the editor is activated");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(lineOf(table5, clause), selection.getStartLine());
		assertEquals(clause, selection.getOffset());
		assertTrue(selection.getText().startsWith("c) 网络安全。\"建立结构化的网络安全管理体系"), selection.getText());

		// 表1 组织建设: the weight row of 表1, in weights.maturity
		String weights = Workbench.read(draft.resolve("weights.maturity"));
		int row = weights.indexOf("组织建设", weights.indexOf("weights 表1"));
		assertTrue(view.open(comment(view, "2")));
		MaturityEditor weightsEditor = Workbench.waitFor("weights.maturity opened", () -> WeightTablesViewTest.findEditor(draft.resolve("weights.maturity")));
		ITextSelection rowSelection = (ITextSelection) weightsEditor.getSelectionProvider().getSelection();
		assertEquals(lineOf(weights, row), rowSelection.getStartLine());
		assertEquals("组织建设", rowSelection.getText());
	}

	@Test
	void theCaretOnAClauseOrRowSelectsTheCommentsOnIt() throws Exception {
		CommentsView view = openView();
		assertTrue(view.linkWithEditor().isChecked(), "linked by default");
		MaturityEditor table5 = Workbench.open(draft.resolve("table5-common.maturity"));
		Workbench.page().activate(table5);
		Workbench.waitForCheck(table5);
		String text5 = Workbench.read(draft.resolve("table5-common.maturity"));
		table5.selectAndReveal(text5.indexOf("建立结构化的网络安全管理体系"), 0);
		Workbench.waitUntil("the comment on 表5.信息安全.四级.3 selected", () -> numbers(view.atCaret()).equals(List.of("6")));
		assertEquals(List.of("6"), numbers(view.table().getStructuredSelection().toList()));
		assertEquals("光标处有 1 条意见：第 6 条", view.caretLine());
		assertTrue((item(view, "6").getFont(0).getFontData()[0].getStyle() & SWT.BOLD) != 0, "in bold");

		// in 表6 资源环境数字化: the comment on the row and the one on the whole table
		MaturityEditor table6 = Workbench.open(draft.resolve("table6-mining.maturity"));
		Workbench.page().activate(table6);
		Workbench.waitForCheck(table6);
		String text6 = Workbench.read(draft.resolve("table6-mining.maturity"));
		table6.selectAndReveal(text6.indexOf("一级", text6.indexOf("subdomain 资源环境数字化")), 0);
		Workbench.waitUntil("the comments on 表6 资源环境数字化 and 表6", () -> numbers(view.atCaret()).equals(List.of("10", "16")));
		assertEquals(List.of("10", "16"), numbers(view.table().getStructuredSelection().toList()));

		// a clause no comment is about; then the link off
		table5 = WeightTablesViewTest.findEditor(draft.resolve("table5-common.maturity"));
		Workbench.page().activate(table5);
		MaturityEditor t5 = table5;
		t5.selectAndReveal(text5.indexOf("a) 设备与工控安全。"), 0);
		Workbench.waitUntil("no comment at the caret", () -> view.atCaret().isEmpty() && view.caretLine().equals("光标处没有意见"));
		view.linkWithEditor().setChecked(false);
		view.linkWithEditor().run();
		t5.selectAndReveal(text5.indexOf("建立结构化的网络安全管理体系"), 0);
		Workbench.driver().pump(700); // longer than the post-selection delay
		assertTrue(view.atCaret().isEmpty());
		assertEquals("", view.caretLine());
	}

	@Test
	void anEditOfTheCommentsFileOnDiskIsShown() throws Exception {
		CommentsView view = openView();
		int before = view.shown().size();
		Files.writeString(draft.resolve("comments").resolve(CSV), "17,某研究所（示意）,表5 不存在的子域,建议增加该能力子域。,,待定,待起草组研究。\r\n",
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		Workbench.waitUntil("the added comment shown", () -> view.shown().size() == before + 1);
		TableItem added = item(view, "17");
		assertEquals("章条编号“表5 不存在的子域”指向的表5中没有能力子域“不存在的子域”", added.getText(7));
		assertEquals("待定（3）", view.dispositionFilter(Disposition.PENDING).getText());
		assertEquals(serviceRound().problems().stream().map(CommentProblem::message).toList(),
				view.round().problems().stream().map(CommentProblem::message).toList());
	}

	@Test
	void englishWhenAskedFor() throws Exception {
		Language.set(Language.EN);
		CommentsView view = openView();
		assertEquals("accepted (11)", view.dispositionFilter(Disposition.ACCEPTED).getText());
		assertEquals("Comment", view.table().getTable().getColumn(3).getText());
		assertTrue(view.summary().startsWith("Revision ys-t-digital-maturity-draft: 16 comments: accepted 11"), view.summary());
		assertEquals("the reference \"表5 组织建设 五级 e)\": 表5 \"组织建设\" 五级 has no clause \"e)\" (the cell has 4 requirements)", item(view, "14").getText(7));
		Workbench.page().hideView(view);
	}
}
