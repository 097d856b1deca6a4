package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * {@code mwb comments REVISION [--out DIR]} on the comment round shipped beside the draft, and the comments {@code mwb
 * diff} shows under the changes of the illustrative 送审稿 that answer them.
 */
class CommentsCommandTest {
	private static final String PROBLEM = "comments/征求意见.csv 第 15 行：章条编号“表5 组织建设 五级 e)”：表5“组织建设”五级没有条款“e)”（该单元格有 4 条要求）";

	@TempDir
	Path temp;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void theShippedRoundIsCheckedCountedAndItsTableWritten() throws Exception {
		Path out = temp.resolve("表");
		Cli.Run run = Cli.run("comments", ShippedDraft.folder().toString(), "--out", out.toString());
		assertEquals(1, run.exit(), run.err());
		Path table = out.resolve("征求意见汇总处理表.xlsx");
		Path document = out.resolve("征求意见汇总处理表.docx");
		assertEquals(ShippedDraft.folder().resolve(PROBLEM) + "\n" // the file as reported: under the revision's folder
				+ "16 条意见：采纳 11，部分采纳 1，不采纳 2，待定 2；问题 1 个\n"
				+ "已写入 " + table + "（" + Files.size(table) + " 字节）\n"
				+ "已写入 " + document + "（" + Files.size(document) + " 字节）\n", run.out());
		assertEquals("", run.err());
		Cli.Run en = Cli.run("--lang", "en", "comments", ShippedDraft.folder().toString());
		assertEquals(1, en.exit());
		assertTrue(en.out().endsWith("\n16 comments: accepted 11, partly accepted 1, rejected 2, pending 2; 1 problems\n"), en.out());
	}

	@Test
	void aRevisionWithoutCommentsIsUnusableInput() {
		Cli.Run run = Cli.run("comments", ShippedDraft.illustrativeFolder().toString());
		assertEquals(2, run.exit());
		assertEquals("mwb: " + ShippedDraft.illustrativeFolder().resolve("comments") + " 中没有意见文件（*.csv 或 *.xlsx）\n", run.err());
	}

	@Test
	void theDiffShowsTheCommentsEachChangeAnswers() {
		Cli.Run run = Cli.run("diff", ShippedDraft.folder().toString(), ShippedDraft.illustrativeFolder().toString());
		assertEquals(1, run.exit(), run.err());
		assertEquals("mwb: " + ShippedDraft.folder().resolve(PROBLEM) + "\n", run.err());
		assertTrue(run.out().contains("  等级判定（9.2） progressive：off → on\n    答复意见：第 1 条（某有色金属集团公司（示意），采纳）\n"), run.out());
		assertTrue(run.out().contains("    组织 / 组织建设：3% → 4%（+1%）\n      答复意见：第 2 条（某有色金属设计研究院（示意），采纳）\n"), run.out());
		assertTrue(!run.out().contains("已采纳但在新修订版中找不到对应修改的意见"), "every accepted comment is answered");
		Cli.Run json = Cli.run("diff", ShippedDraft.folder().toString(), ShippedDraft.illustrativeFolder().toString(), "--format", "json");
		Map<String, Object> root = json.json();
		assertEquals(List.of(), root.get("unansweredComments"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rules = (List<Map<String, Object>>) root.get("rules");
		assertEquals(List.of("1"), rules.stream().filter(r -> "determination.progressive".equals(r.get("key"))).findFirst().orElseThrow().get("comments"));
		Cli.Run html = Cli.run("diff", ShippedDraft.folder().toString(), ShippedDraft.illustrativeFolder().toString(), "--format", "html");
		assertTrue(html.out().contains("<div class=\"answers\">答复意见：第 15 条（某锌冶炼厂（示意），采纳）</div>"), "the moved clause answers comment 15");
		// the illustrative revision with itself: nothing, exit 0 (it has no comments of its own)
		Cli.Run same = Cli.run("diff", ShippedDraft.illustrativeFolder().toString(), ShippedDraft.illustrativeFolder().toString());
		assertEquals(0, same.exit(), same.err());
		assertEquals("修订版比较：nonferrous_dt_maturity → nonferrous_dt_maturity\n两个修订版没有差别。\n", same.out());
	}
}
