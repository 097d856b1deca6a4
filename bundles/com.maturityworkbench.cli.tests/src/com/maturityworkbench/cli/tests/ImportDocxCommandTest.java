package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.poi.PoiContext;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * {@code mwb generate} writes the draft as DOCX; {@code mwb import-docx} reads it back into a revision that {@code mwb
 * diff} finds equal to the draft, and a drafter's edit made in Word shows up in {@code mwb diff} exactly as the same edit
 * made in the revision files does.
 */
class ImportDocxCommandTest {
	@TempDir
	static Path generated;
	@TempDir
	Path temp;

	private static Path docx;

	@BeforeAll
	static void generateTheDraft() {
		Language.set(Language.ZH);
		Cli.Run run = Cli.run("generate", ShippedDraft.folder().toString(), "--out", generated.resolve("out").toString());
		assertEquals(0, run.exit(), run.err());
		docx = generated.resolve("out/docs/nonferrous_dt_maturity.docx");
		assertTrue(run.out().contains("已写入 " + docx), run.out());
		assertTrue(Files.isRegularFile(generated.resolve("out/docs/nonferrous_dt_maturity-weights.xlsx")));
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void theGeneratedDocumentReadsBackIntoTheSameRevision() {
		Path back = temp.resolve("back");
		Cli.Run run = Cli.run("import-docx", docx.toString(), "--out", back.toString(), "--revision", ShippedDraft.folder().toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().endsWith("已从 " + docx + " 导入 4 张权重表、4 张要求表（2090 条要求）到 " + back + "\n"), run.out());
		for (String f : new String[] { "standard.maturity", "interpretations.maturity", "examples.maturity", "weights.maturity", "table5.maturity",
				"table8.maturity" }) {
			assertTrue(Files.isRegularFile(back.resolve(f)), f);
		}
		assertFalse(Files.exists(back.resolve("table5-common.maturity")), "the imported tables replace the revision's table files");
		Cli.Run diff = Cli.run("diff", ShippedDraft.folder().toString(), back.toString());
		assertEquals(0, diff.exit(), diff.out() + diff.err());
		assertEquals("修订版比较：nonferrous_dt_maturity → nonferrous_dt_maturity\n两个修订版没有差别。\n", diff.out());
	}

	@Test
	void aDraftersEditInWordShowsUpInDiff() throws IOException {
		Path edited = temp.resolve("edited.docx");
		PoiContext.call(() -> {
			try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in); OutputStream out = Files.newOutputStream(edited)) {
				XWPFTable table1 = doc.getTables().stream().filter(t -> t.getRow(1).getCell(1).getText().equals("组织建设")).findFirst().orElseThrow();
				retype(table1.getRow(2).getCell(2), "转型战略", table1.getRow(2).getCell(1), "4%");
				retype(table1.getRow(3).getCell(2), "流程管理", table1.getRow(3).getCell(1), "1%");
				doc.write(out);
			}
			return null;
		});
		Path back = temp.resolve("edited");
		Cli.Run run = Cli.run("import-docx", edited.toString(), "--out", back.toString(), "--revision", ShippedDraft.folder().toString());
		assertEquals(0, run.exit(), run.err());
		Cli.Run diff = Cli.run("diff", ShippedDraft.folder().toString(), back.toString());
		assertEquals(1, diff.exit(), diff.err());
		// the same report as the same edit made in the revision files (DiffCommandTest), then the draft's accepted comments
		assertTrue(diff.out().startsWith(DiffCommandTest.REBALANCED + "\n已采纳但在新修订版中找不到对应修改的意见\n"), diff.out());
		assertEquals(9 + 12, diff.out().split("\n").length, diff.out());
	}

	/** Replaces the text of a weight cell as a drafter would, after checking it is the row meant. */
	private static void retype(XWPFTableCell weight, String subdomain, XWPFTableCell name, String text) {
		assertEquals(subdomain, name.getText());
		weight.getParagraphs().get(0).getRuns().get(0).setText(text, 0);
	}

	@Test
	void aBadDocumentNamesTheTableAndRowAndWritesNothing() throws IOException {
		Path bad = temp.resolve("bad.docx");
		PoiContext.call(() -> {
			try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in); OutputStream out = Files.newOutputStream(bad)) {
				XWPFTable table1 = doc.getTables().stream().filter(t -> t.getRow(1).getCell(1).getText().equals("组织建设")).findFirst().orElseThrow();
				retype(table1.getRow(2).getCell(2), "转型战略", table1.getRow(2).getCell(1), "三个百分点");
				doc.write(out);
			}
			return null;
		});
		Path out = temp.resolve("never");
		Cli.Run run = Cli.run("import-docx", bad.toString(), "--out", out.toString());
		assertEquals(2, run.exit());
		assertEquals("mwb: " + bad + ": 表1 第 3 行（转型战略）：指标权重“三个百分点”不是百分数（应写作 3% 或 3）\n", run.err());
		assertFalse(Files.exists(out));
		Cli.Run english = Cli.run("--lang", "en", "import-docx", bad.toString(), "--out", out.toString());
		assertEquals("mwb: " + bad + ": 表1 row 3 (转型战略): the weight \"三个百分点\" is not a percentage (write 3% or 3)\n", english.err());
	}
}
