package com.maturityworkbench.revision.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import com.maturityworkbench.assessment.TextDecoding;
import com.maturityworkbench.poi.PoiContext;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.comments.Comment;
import com.maturityworkbench.revision.comments.CommentColumns;
import com.maturityworkbench.revision.comments.CommentLinks;
import com.maturityworkbench.revision.comments.CommentProblem;
import com.maturityworkbench.revision.comments.CommentRound;
import com.maturityworkbench.revision.comments.CommentRound.ResolvedComment;
import com.maturityworkbench.revision.comments.CommentTarget;
import com.maturityworkbench.revision.comments.CommentsTableFiles;
import com.maturityworkbench.revision.comments.CommentsUnreadableException;
import com.maturityworkbench.revision.comments.Disposition;
import com.maturityworkbench.revision.compare.RevisionComparison;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.revision.report.DiffTextReport;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * The comment round shipped beside the draft (comments/征求意见.csv, illustrative): read from CSV (UTF-8 with byte order
 * mark, GB18030) and XLSX alike, each reference resolved in the draft (the one that points to nothing is a finding
 * naming file and row), counted per disposition, written as the 征求意见汇总处理表, and linked to the changes of the
 * illustrative 送审稿 that answer them.
 */
class CommentRoundTest {
	private static WorkspaceRevision draft;
	private static WorkspaceRevision illustrative;
	private static Path shipped;

	@TempDir
	Path temp;

	@BeforeAll
	static void load() throws Exception {
		RevisionWorkspaceService service = ShippedDraft.injector().getInstance(RevisionWorkspaceService.class);
		draft = service.openRevision(ShippedDraft.folder().toString());
		illustrative = service.openRevision(ShippedDraft.illustrativeFolder().toString());
		shipped = ShippedDraft.folder().resolve(CommentColumns.FOLDER).resolve("征求意见.csv");
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private static CommentRound read(Path file) throws CommentsUnreadableException {
		return CommentRound.read(draft.revision(), List.of(file), List.of("comments/" + file.getFileName()));
	}

	private static ResolvedComment comment(CommentRound round, String number) {
		return round.comments().stream().filter(c -> c.comment().number().equals(number)).findFirst().orElseThrow();
	}

	@Test
	void theShippedRoundIsCountedAndItsOneBrokenReferenceIsAFinding() throws Exception {
		assertEquals(List.of(shipped), CommentRound.filesBeside(ShippedDraft.folder()));
		CommentRound round = read(shipped);
		assertEquals(16, round.comments().size());
		assertEquals(Map.of(Disposition.ACCEPTED, 11, Disposition.PARTLY_ACCEPTED, 1, Disposition.REJECTED, 2, Disposition.PENDING, 2),
				round.countsByDisposition());
		// comment 14 is on row 15 (the header is row 1): 表5 组织建设 五级 has a) to d)
		assertEquals(List.of(new CommentProblem("comments/征求意见.csv", 15, "章条编号“表5 组织建设 五级 e)”：表5“组织建设”五级没有条款“e)”（该单元格有 4 条要求）")),
				round.problems());
		assertEquals("comments/征求意见.csv 第 15 行：章条编号“表5 组织建设 五级 e)”：表5“组织建设”五级没有条款“e)”（该单元格有 4 条要求）", round.problems().get(0).toLine());
		assertEquals("16 条意见：采纳 11，部分采纳 1，不采纳 2，待定 2；问题 1 个", round.summary());
		Language.set(Language.EN);
		assertEquals("16 comments: accepted 11, partly accepted 1, rejected 2, pending 2; 1 problems", round.summary());
		assertEquals("comments/征求意见.csv row 15: the reference \"表5 组织建设 五级 e)\": 表5 \"组织建设\" 五级 has no clause \"e)\" (the cell has 4 requirements)",
				read(shipped).problems().get(0).toLine());
	}

	@Test
	void everyFormOfReferenceResolves() throws Exception {
		CommentRound round = read(shipped);
		assertEquals(new CommentTarget(CommentTarget.Kind.CHAPTER, "9.2", null, null, null, null, null), comment(round, "1").target());
		assertEquals(new CommentTarget(CommentTarget.Kind.ROW, null, "common", "表1", "组织建设", null, null), comment(round, "2").target());
		assertEquals(new CommentTarget(CommentTarget.Kind.TABLE, null, "mining", "表2", null, null, null), comment(round, "3").target());
		// the row of 表7 by its drifted name stands for 技术创新与改造 of 表3
		assertEquals(new CommentTarget(CommentTarget.Kind.ROW, null, "smelting", "表7", "技术创新与改造", null, null), comment(round, "4").target());
		// a clause as printed (by its label) and by its assessment id
		assertEquals(new CommentTarget(CommentTarget.Kind.CLAUSE, null, "processing", "表8", "技术创新与改造", "二级", "表8.技术创新与改造.二级.4"),
				comment(round, "5").target());
		assertEquals(new CommentTarget(CommentTarget.Kind.CLAUSE, null, "common", "表5", "信息安全", "四级", "表5.信息安全.四级.3"), comment(round, "6").target());
		assertEquals(new CommentTarget(CommentTarget.Kind.CHAPTER, "表10", null, null, null, null, null), comment(round, "11").target());
		assertEquals(new CommentTarget(CommentTarget.Kind.CHAPTER, "附录A", null, null, null, null, null), comment(round, "13").target());
		assertEquals(null, comment(round, "14").target());
	}

	@Test
	void gb18030CsvAndXlsxReadToTheSameComments() throws Exception {
		List<Comment> utf8 = read(shipped).comments().stream().map(ResolvedComment::comment).toList();
		String text = TextDecoding.decode(Files.readAllBytes(shipped), "x").text();
		Path gb = temp.resolve("gb18030.csv");
		Files.write(gb, text.getBytes(TextDecoding.GB18030));
		assertEquals(withFile(utf8, "comments/gb18030.csv"), read(gb).comments().stream().map(ResolvedComment::comment).toList());

		Path xlsx = temp.resolve("意见.xlsx");
		try (OutputStream out = Files.newOutputStream(xlsx)) {
			Workbook wb = new Workbook(out, "test", "1.0");
			Worksheet ws = wb.newWorksheet("意见");
			for (int c = 0; c < CommentColumns.INPUT.size(); c++) {
				ws.value(0, c, CommentColumns.INPUT.get(c));
			}
			for (int r = 0; r < utf8.size(); r++) {
				Comment c = utf8.get(r);
				ws.value(r + 1, 0, Integer.parseInt(c.number())); // a number cell, as a spreadsheet holds 序号
				List<String> cells = List.of(c.unit(), c.reference(), c.content(), c.proposal(), c.disposition().keyword(), c.reason());
				for (int k = 0; k < cells.size(); k++) {
					ws.value(r + 1, k + 1, cells.get(k));
				}
			}
			wb.finish();
		}
		CommentRound fromXlsx = read(xlsx);
		assertEquals(withFile(utf8, "comments/意见.xlsx"), fromXlsx.comments().stream().map(ResolvedComment::comment).toList());
		assertEquals(List.of(new CommentProblem("comments/意见.xlsx", 15, read(shipped).problems().get(0).message())), fromXlsx.problems());
	}

	private static List<Comment> withFile(List<Comment> comments, String file) {
		return comments.stream().map(c -> new Comment(file, c.row(), c.number(), c.unit(), c.reference(), c.content(), c.proposal(), c.disposition(),
				c.reason())).toList();
	}

	@Test
	void badRowsAreFindingsAndAFileWithoutItsColumnsIsRefused() throws Exception {
		Path bad = temp.resolve("bad.csv");
		Files.writeString(bad, "序号,提出单位,章条编号/表格行,意见内容,处理意见,理由\n1,某单位,表12,意见,同意,\n2,某单位,,,采纳,\n3,某单位,9.9,意见,待定,\n",
				StandardCharsets.UTF_8);
		CommentRound round = read(bad);
		assertEquals(List.of(
				"comments/bad.csv 第 2 行：处理意见“同意”不是 采纳、部分采纳、不采纳、待定 之一",
				"comments/bad.csv 第 2 行：章条编号“表12”指向的表12不是本修订版的权重表或要求表",
				"comments/bad.csv 第 3 行：没有章条编号/表格行，这条意见无法对应到条文",
				"comments/bad.csv 第 3 行：没有意见内容",
				"comments/bad.csv 第 4 行：章条编号“9.9”在本修订版中找不到对应的章条或表（可写：表号、表号加能力子域、条款编号，或章条 5、6.1、8.6.1、8.6.4、8.7.3、9、9.1、9.2、表10、表5、表8、表9、附录A）"),
				round.problems().stream().map(CommentProblem::toLine).toList());
		Path noColumns = temp.resolve("none.csv");
		Files.writeString(noColumns, "编号,意见\n1,x\n", StandardCharsets.UTF_8);
		assertEquals("意见文件 comments/none.csv 的表头缺少列：序号、提出单位、章条编号/表格行、意见内容（意见文件的列：序号、提出单位、章条编号/表格行、意见内容、修改建议、处理意见、理由）",
				assertThrows(CommentsUnreadableException.class, () -> read(noColumns)).getMessage());
	}

	@Test
	void eachAcceptedCommentIsAnsweredByTheChangesOnWhatItPointsTo() throws Exception {
		CommentRound round = read(shipped);
		RevisionDiff diff = RevisionComparison.compare(draft.revision(), illustrative.revision());
		CommentLinks links = CommentLinks.of(diff, round, draft.revision(), illustrative.revision());
		Map<String, List<String>> answered = new LinkedHashMap<>();
		List<String> changes = ShippedRevisionsDiffTest.lines(diff);
		List<Object> objects = new ArrayList<>();
		objects.addAll(diff.rules());
		diff.weights().forEach(t -> t.rows().stream().filter(r -> r.isChanged()).forEach(objects::add));
		objects.addAll(diff.subdomainChanges());
		objects.addAll(diff.rows());
		objects.addAll(diff.clauses().changes());
		objects.addAll(diff.context());
		// an example's line per changed fact (or one line), as ShippedRevisionsDiffTest.lines writes them
		diff.examples().forEach(e -> objects.addAll(java.util.Collections.nCopies(Math.max(1, e.facts().size()), e)));
		assertEquals(changes.size(), objects.size());
		for (int i = 0; i < objects.size(); i++) {
			for (Comment c : links.answering(objects.get(i))) {
				answered.computeIfAbsent(c.number(), k -> new ArrayList<>()).add(changes.get(i));
			}
		}
		assertEquals(List.of("rule determination.progressive", "rule interpretation.progressive-reading"), answered.get("1"));
		assertEquals(List.of("weight 表1 组织建设 3% -> 4%"), answered.get("2"));
		assertEquals(List.of("subdomain row-renamed 表3/表7 技术创新 -> 技术创新与改造"), answered.get("4"));
		assertEquals(List.of("clause changed 表8.技术创新与改造.二级.4 -> 表8.技术创新与改造.二级.4"), answered.get("5"));
		assertEquals(List.of("clause removed 表5.信息安全.四级.3 -> -"), answered.get("6"));
		assertEquals(List.of("weight 表3 成本管理 2% -> -", "subdomain removed 表3/表7 成本管理"), answered.get("7"));
		assertEquals(List.of("weight 表3 服务运行 1% -> -", "subdomain removed 表3/表7 服务运行"), answered.get("8").subList(0, 2));
		assertEquals(List.of("clause changed 表8.生产作业.三级.2 -> 表8.生产作业.三级.2"), answered.get("9"));
		assertEquals(List.of("clause moved 表7.生产协同.四级.1 -> 表7.生产协同.三级.8"), answered.get("15"));
		assertEquals("rule title.表6", answered.get("16").get(0));
		// the rejected and pending ones are answered by nothing, and every accepted one by something
		assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "15", "16"), List.copyOf(new java.util.TreeSet<>(answered.keySet())
				.stream().sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList()));
		assertEquals(List.of(), links.unanswered());
		String text = DiffTextReport.of(diff, links);
		assertTrue(text.contains("  等级判定（9.2） progressive：off → on\n    答复意见：第 1 条（某有色金属集团公司（示意），采纳）\n"), text);
	}

	@Test
	void theSummaryTableIsWrittenInTheUsualColumns() throws Exception {
		CommentRound round = read(shipped);
		Map<String, byte[]> files = CommentsTableFiles.render(draft.revision(), round);
		assertEquals(List.of("征求意见汇总处理表.xlsx", "征求意见汇总处理表.docx"), List.copyOf(files.keySet()));
		List<Path> written = CommentsTableFiles.write(temp.resolve("out"), files);
		assertEquals(List.of(temp.resolve("out").resolve("征求意见汇总处理表.xlsx"), temp.resolve("out").resolve("征求意见汇总处理表.docx")), written);
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(written.get(0))))) {
			for (Row row : wb.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(row.getCell(c) == null ? "" : row.getCell(c).getText());
				}
				rows.add(cells);
			}
		}
		assertEquals("有色金属行业数字化转型成熟度评估（征求意见稿）征求意见汇总处理表", rows.get(0).get(0));
		assertEquals(List.of("序号", "章条编号", "意见内容", "提出单位", "处理意见", "理由"), rows.get(1));
		assertEquals(2 + 16, rows.size());
		assertEquals(List.of("8", "表7 服务运行", "表7的服务运行与服务交付几乎逐字相同。\n修改建议：合并为一个能力子域“服务交付与运行”。", "某冶炼集团（示意）", "部分采纳",
				"删去表7的服务运行，其权重并入服务交付；名称不改，与表2、表4一致。"), rows.get(2 + 7));
		assertEquals(List.of(), Files.list(temp.resolve("out")).filter(p -> p.getFileName().toString().endsWith(".part")).toList(), "no temporary file left");

		// the Word document: A4 landscape, the title, one table whose header row repeats on every page, the same rows
		byte[] docx = Files.readAllBytes(written.get(1));
		PoiContext.call(() -> {
			try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
				var size = doc.getDocument().getBody().getSectPr().getPgSz();
				assertEquals(List.of("16838", "11906"), List.of(size.getW().toString(), size.getH().toString()));
				assertEquals(rows.get(0).get(0), doc.getParagraphs().get(0).getText());
				XWPFTable table = doc.getTables().get(0);
				assertEquals(1 + 16, table.getNumberOfRows());
				assertTrue(table.getRow(0).isRepeatHeader());
				for (int r = 0; r < table.getNumberOfRows(); r++) {
					List<String> cells = new ArrayList<>();
					for (XWPFTableCell cell : table.getRow(r).getTableCells()) {
						cells.add(cell.getText());
					}
					// Word keeps a line break of a cell as a break, which its text shows as a newline
					assertEquals(rows.get(r + 1), cells, "row " + r);
				}
			}
			return null;
		});
	}
}
