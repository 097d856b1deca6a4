package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.generator.DocxDoc;
import com.maturityworkbench.generator.DocxImport;
import com.maturityworkbench.generator.DocxLayout;
import com.maturityworkbench.generator.DslTables;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.generator.ImportedTables;
import com.maturityworkbench.generator.WeightWorkbook;
import com.maturityworkbench.poi.PoiContext;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * The Word document of the shipped draft (GB/T 1.1 layout: captions, repeated headers, merged domain cells, every
 * clause), its import back into revision files (the round trip gives the same tables), tables typed in Word in the
 * draft's own layouts, bad documents, and the committee's weight workbook.
 */
class WordDocumentTest {
	private static Generation.Loaded shipped;
	private static GenerationModel model;
	private static byte[] docx;

	@BeforeAll
	static void generate() throws IOException {
		Language.set(Language.ZH);
		shipped = Generation.load(ShippedDraft.folder());
		model = shipped.model();
		docx = DocxDoc.render(model);
	}

	private static XWPFDocument open(byte[] bytes) throws IOException {
		return PoiContext.call(() -> new XWPFDocument(new ByteArrayInputStream(bytes)));
	}

	/** Each table with the caption before it. */
	private static List<Map.Entry<String, XWPFTable>> captioned(XWPFDocument doc) {
		List<Map.Entry<String, XWPFTable>> tables = new ArrayList<>();
		String caption = null;
		for (IBodyElement e : doc.getBodyElements()) {
			if (e instanceof XWPFParagraph p && !p.getText().isBlank()) {
				caption = DocxLayout.STYLE_CAPTION.equals(p.getStyleID()) ? DocxLayout.caption(p.getText())[0] : null;
			} else if (e instanceof XWPFTable t) {
				tables.add(Map.entry(caption == null ? "" : caption, t));
				caption = null;
			}
		}
		return tables;
	}

	private static XWPFTable table(XWPFDocument doc, String id) {
		return captioned(doc).stream().filter(e -> e.getKey().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id)).getValue();
	}

	@Test
	void tablesOneToTenAndAnnexAAreCaptionedWithRepeatedHeaders() throws IOException {
		try (XWPFDocument doc = open(docx)) {
			List<String> captions = captioned(doc).stream().map(Map.Entry::getKey).filter(c -> !c.isEmpty() && !c.startsWith("表B")).toList();
			assertEquals(List.of("表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9", "表10", "表A.1"), captions);
			for (var e : captioned(doc)) {
				List<XWPFTableRow> rows = e.getValue().getRows();
				assertTrue(rows.get(0).isRepeatHeader(), e.getKey() + " header repeats");
				assertTrue(rows.stream().skip(1).noneMatch(XWPFTableRow::isRepeatHeader), e.getKey() + " only its header repeats");
			}
			// the caption paragraph is centred above its table, in 黑体
			XWPFParagraph caption = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("表1　")).findFirst().orElseThrow();
			assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER, caption.getAlignment());
			assertEquals("黑体", caption.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia());
			assertEquals("表1　有色金属行业基础共性能力域", caption.getText());
			// A4 portrait
			assertEquals(11906, ((java.math.BigInteger) doc.getDocument().getBody().getSectPr().getPgSz().getW()).intValue());
			assertEquals(16838, ((java.math.BigInteger) doc.getDocument().getBody().getSectPr().getPgSz().getH()).intValue());
			// the standard's chapter numbers and the formulas (1)-(3)
			List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			for (String heading : List.of("5　成熟度等级", "6　能力域", "6.1　基础共性能力域", "7　成熟度要求", "9　成熟度等级判定方法", "9.1　计算方法", "9.2　成熟度等级判定方法")) {
				assertTrue(texts.contains(heading), heading);
			}
			for (String number : List.of("（1）", "（2）", "（3）", "（A.1）")) {
				assertTrue(texts.stream().anyMatch(t -> t.endsWith(number)), number);
			}
			assertTrue(texts.contains("附　录　A") && texts.contains("附　录　B") && texts.contains("（资料性）") && texts.contains("解释与约定"));
			// stamped on its cover with the standard's code, the revision and its status
			assertTrue(texts.contains("YS/T XXXXX—XXXX"), texts.subList(0, 8).toString());
			assertTrue(texts.contains("征求意见稿"), texts.subList(0, 8).toString());
			assertTrue(texts.stream().anyMatch(t -> t.startsWith("修订版本：nonferrous_dt_maturity")), texts.subList(0, 8).toString());
		}
	}

	@Test
	void weightTablesHaveOneRowPerSubdomainAndMergedDomainCells() throws IOException {
		try (XWPFDocument doc = open(docx)) {
			for (WeightTable w : shipped.revision().weightTables()) {
				XWPFTable t = table(doc, w.getName());
				int subdomains = w.getDomains().stream().mapToInt(d -> d.getSubdomains().size()).sum();
				assertEquals(1 + subdomains, t.getNumberOfRows(), w.getName());
				assertEquals(List.of("能力域", "能力子域", "指标权重"), t.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
				int r = 1;
				for (WeightDomain d : w.getDomains()) {
					for (int i = 0; i < d.getSubdomains().size(); i++, r++) {
						WeightedSubdomain s = d.getSubdomains().get(i);
						var cell = t.getRow(r).getCell(0).getCTTc();
						if (d.getSubdomains().size() > 1) {
							assertEquals(i == 0 ? STMerge.RESTART : STMerge.CONTINUE, cell.getTcPr().getVMerge().getVal(), w.getName() + " row " + r);
						} else {
							assertFalse(cell.isSetTcPr() && cell.getTcPr().isSetVMerge());
						}
						assertEquals(i == 0 ? d.getName() : "", t.getRow(r).getCell(0).getText());
						assertEquals(s.getName(), t.getRow(r).getCell(1).getText());
						assertEquals(s.getWeight(), t.getRow(r).getCell(2).getText());
					}
				}
			}
			// 表1 as printed in the draft: 组织 spans its four subdomains
			XWPFTable t1 = table(doc, "表1");
			assertEquals("组织建设", t1.getRow(1).getCell(1).getText());
			assertEquals("3%", t1.getRow(1).getCell(2).getText());
			assertEquals(STMerge.CONTINUE, t1.getRow(4).getCell(0).getCTTc().getTcPr().getVMerge().getVal());
			assertEquals("技术", t1.getRow(5).getCell(0).getText());
		}
	}

	@Test
	void requirementTablesCarryEveryClauseOfTheDraft() throws IOException {
		try (XWPFDocument doc = open(docx)) {
			int clauses = 0;
			for (RequirementTable rt : shipped.revision().requirementTables()) {
				XWPFTable t = table(doc, rt.getName());
				int rows = rt.getDomains().stream().mapToInt(d -> d.getRows().size()).sum();
				assertEquals(1 + rows, t.getNumberOfRows(), rt.getName());
				assertEquals(List.of("能力域", "能力子域", "一级", "二级", "三级", "四级", "五级"), t.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
				int expected = 0;
				for (RequirementDomain d : rt.getDomains()) {
					for (RequirementRow row : d.getRows()) {
						for (Cell c : row.getCells()) {
							expected += c.getClauses().size();
						}
					}
				}
				int found = 0;
				for (XWPFTableRow row : t.getRows()) {
					for (var cell : row.getTableCells()) {
						found += (int) cell.getParagraphs().stream().filter(p -> DocxLayout.STYLE_CLAUSE.equals(p.getStyleID())).count();
					}
				}
				assertEquals(expected, found, rt.getName());
				clauses += found;
			}
			// the rated clauses of the draft as tools/count_clauses.py counts them from the seed: 416 + 316 + 962 + 396
			assertEquals(2090, clauses);
			// 表5 组织建设 一级 a): label, topic (黑体, bold) and text as the draft prints them
			XWPFParagraph a = table(doc, "表5").getRow(1).getCell(2).getParagraphs().get(0);
			assertEquals("a) 组织结构。在数字化转型相关职能建设方面，应在重点部门或领域，明确主要负责部门。在数字化转型相关职能建设方面，应设立数字化转型领导小组。", a.getText());
			assertTrue(a.getRuns().get(1).isBold());
		}
	}

	@Test
	void roundTripGivesTheSameWeightAndRequirementTables(@TempDir Path dir) throws Exception {
		ImportedTables imported = DocxImport.read(new ByteArrayInputStream(docx), null);
		assertEquals("nonferrous_dt_maturity", imported.standard());
		assertEquals(2090, imported.requirements().stream().mapToInt(ImportedTables.Requirements::clauseCount).sum());
		Map<String, String> files = DslTables.render(imported, "draft.docx");
		assertEquals(List.of("weights.maturity", "table5.maturity", "table6.maturity", "table7.maturity", "table8.maturity"), List.copyOf(files.keySet()));
		// the revision again: its files without tables, and the imported ones
		for (Path p : ShippedDraft.files()) {
			String text = Files.readString(p, StandardCharsets.UTF_8);
			if (!text.matches("(?s).*\\n(weights|requirements) .*")) {
				Files.writeString(dir.resolve(p.getFileName().toString()), text, StandardCharsets.UTF_8);
			}
		}
		for (var e : files.entrySet()) {
			Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
		}
		Generation.Loaded again = Generation.load(dir);
		assertTrue(again.findings().stream().noneMatch(f -> f.severity() == com.maturityworkbench.dsl.analysis.Finding.Severity.ERROR), again.findings().toString());
		GenerationModel back = again.model();
		assertEquals(model.weightTables(), back.weightTables());
		assertEquals(model.requirementTables(), back.requirementTables());
		assertEquals(model.findings().size(), back.findings().size());
	}

	/** The draft's own layouts typed in Word: 序号/能力域/能力子域/权重, and 能力域/能力子域/一级…, without styles. */
	static byte[] typedInWord(String weightOfSecondRow) throws IOException {
		return PoiContext.call(() -> {
			try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				doc.createParagraph().createRun().setText("表1 有色金属行业基础共性能力域");
				XWPFTable w = doc.createTable(4, 4);
				String[][] weights = { { "序号", "能力域", "能力子域", "权重" }, { "1", "组织", "组织建设", "3%" }, { "2", "", "转型战略", weightOfSecondRow },
						{ "3", "技术", "信息安全", "3" } };
				fill(w, weights);
				doc.createParagraph().createRun().setText("表6 不同成熟度等级能力子域采选企业行业特色指标评分标准");
				XWPFTable r = doc.createTable(3, 4);
				fill(r, new String[][] { { "能力域", "能力子域", "一级", "二级" }, { "技术", "技术创新与改造", "", "" }, { "", "智能装备", "应配备基础设备。", "" } });
				var cell = r.getRow(1).getCell(2);
				cell.getParagraphs().get(0).createRun().setText("初步实现采选工艺的数字化。");
				cell.addParagraph().createRun().setText("a) 技术创新。应开展技术创新工作。");
				cell.addParagraph().createRun().setText("并建立创新激励机制。");
				cell.addParagraph().createRun().setText("注：创新包括工艺和装备。");
				cell.addParagraph().createRun().setText("b) 应开展技术改造，提高自动化水平。");
				cell.addParagraph().createRun().setText("改造示例：选矿自动化。");
				doc.write(out);
				return out.toByteArray();
			}
		});
	}

	private static void fill(XWPFTable t, String[][] texts) {
		for (int r = 0; r < texts.length; r++) {
			for (int c = 0; c < texts[r].length; c++) {
				if (!texts[r][c].isEmpty()) {
					t.getRow(r).getCell(c).getParagraphs().get(0).createRun().setText(texts[r][c]);
				}
			}
		}
	}

	private static final DocxImport.Revision DRAFT = new DocxImport.Revision("nonferrous_dt_maturity", "基础共性", "行业特性", List.of("采选", "冶炼", "加工"));

	@Test
	void tablesTypedInWordInTheDraftsLayoutsAreRead() throws Exception {
		ImportedTables t = DocxImport.read(new ByteArrayInputStream(typedInWord("3%")), DRAFT);
		assertEquals(List.of(new ImportedTables.Weights("表1", "有色金属行业基础共性能力域", "基础共性", null,
				List.of(new ImportedTables.WeightDomain("组织", List.of(new ImportedTables.Weighted("组织建设", "3%"), new ImportedTables.Weighted("转型战略", "3%"))),
						new ImportedTables.WeightDomain("技术", List.of(new ImportedTables.Weighted("信息安全", "3%")))))), t.weights());
		ImportedTables.Requirements r = t.requirements().get(0);
		assertEquals("表6", r.id());
		assertEquals("行业特性", r.part());
		assertEquals("采选", r.sector());
		assertEquals(List.of("一级", "二级"), r.levels());
		assertEquals(1, r.domains().size());
		ImportedTables.Cell first = r.domains().get(0).rows().get(0).cells().get(0);
		assertEquals(new ImportedTables.Cell("一级", false, null, "初步实现采选工艺的数字化。", List.of(),
				List.of(new ImportedTables.Clause("a)", "技术创新", "应开展技术创新工作。", List.of("并建立创新激励机制。"), List.of(new ImportedTables.Note(false, "注：创新包括工艺和装备。"))),
						new ImportedTables.Clause("b)", null, "应开展技术改造，提高自动化水平。", List.of(), List.of(new ImportedTables.Note(true, "改造示例：选矿自动化。"))))),
				first);
		assertEquals(1, r.domains().get(0).rows().get(0).cells().size(), "the empty 二级 cell is not listed");
		// a cell without labels: each paragraph a clause
		ImportedTables.Row second = r.domains().get(0).rows().get(1);
		assertEquals("智能装备", second.name());
		assertEquals(List.of(new ImportedTables.Clause(null, null, "应配备基础设备。", List.of(), List.of())), second.cells().get(0).clauses());
		// and the DSL the revision reads
		String table6 = DslTables.render(t, "typed.docx").get("table6.maturity");
		assertTrue(table6.startsWith("part of nonferrous_dt_maturity\n"), table6);
		assertTrue(table6.contains("requirements 表6 \"不同成熟度等级能力子域采选企业行业特色指标评分标准\" part 行业特性 sector 采选\n  domain 技术\n    subdomain 技术创新与改造\n      一级\n"
				+ "        lead \"初步实现采选工艺的数字化。\"\n        a) 技术创新。\"应开展技术创新工作。\"\n          + \"并建立创新激励机制。\"\n          note \"注：创新包括工艺和装备。\"\n"
				+ "        b) \"应开展技术改造，提高自动化水平。\"\n          example \"改造示例：选矿自动化。\"\n"), table6);
		assertNull(DslTables.render(t, "typed.docx").get("table5.maturity"));
	}

	@Test
	void aBadWeightNamesTheTableAndRow() throws IOException {
		byte[] bad = typedInWord("三个百分点");
		var e = assertThrows(DocxImport.ImportException.class, () -> DocxImport.read(new ByteArrayInputStream(bad), DRAFT));
		assertEquals("表1 第 3 行（转型战略）：指标权重“三个百分点”不是百分数（应写作 3% 或 3）", e.getMessage());
		Language.set(Language.EN);
		try {
			var en = assertThrows(DocxImport.ImportException.class, () -> DocxImport.read(new ByteArrayInputStream(bad), DRAFT));
			assertEquals("表1 row 3 (转型战略): the weight \"三个百分点\" is not a percentage (write 3% or 3)", en.getMessage());
		} finally {
			Language.set(Language.ZH);
		}
		var typed = assertThrows(DocxImport.ImportException.class, () -> DocxImport.read(new ByteArrayInputStream(typedInWord("3%")), null));
		assertEquals("文档没有说明它属于哪个标准（不是 mwb generate 生成的文档）：请用 --revision 给出它所属的修订版文件夹", typed.getMessage());
		var notWord = assertThrows(DocxImport.ImportException.class, () -> DocxImport.read(new ByteArrayInputStream("不是文档".getBytes(StandardCharsets.UTF_8)), DRAFT));
		assertTrue(notWord.getMessage().startsWith("不是可读的 Word 文档（.docx）："), notWord.getMessage());
	}

	@Test
	void weightWorkbookSumsByFormulaAndChecksTheTargets() throws IOException {
		byte[] xlsx = WeightWorkbook.render(model);
		PoiContext.call(() -> {
			try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				assertEquals(shipped.revision().weightTables().size(), wb.getNumberOfSheets());
				XSSFFormulaEvaluator evaluator = new XSSFFormulaEvaluator(wb);
				for (WeightTable w : shipped.revision().weightTables()) {
					XSSFSheet sheet = wb.getSheet(w.getName());
					BigDecimal sum = BigDecimal.ZERO;
					for (WeightDomain d : w.getDomains()) {
						for (WeightedSubdomain s : d.getSubdomains()) {
							sum = sum.add(new BigDecimal(s.getWeight().replace("%", "")));
						}
					}
					var total = sheet.getRow(sheet.getLastRowNum() - 1).getCell(2);
					assertEquals("合计", sheet.getRow(sheet.getLastRowNum() - 1).getCell(0).getStringCellValue());
					assertEquals(CellType.FORMULA, total.getCellType());
					assertEquals(sum.movePointLeft(2).doubleValue(), evaluator.evaluate(total).getNumberValue(), 1e-12, w.getName());
					double target = new BigDecimal(w.getPart().getTarget().replace("%", "")).movePointLeft(2).doubleValue();
					assertEquals(target, sheet.getRow(sheet.getLastRowNum()).getCell(2).getNumericCellValue(), 1e-12);
					assertEquals(2, sheet.getSheetConditionalFormatting().getNumConditionalFormattings());
					assertEquals(2, sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0).getNumberOfRules());
				}
			}
			return null;
		});
	}
}
