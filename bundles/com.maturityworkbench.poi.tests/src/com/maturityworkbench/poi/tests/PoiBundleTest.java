package com.maturityworkbench.poi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import com.maturityworkbench.poi.PoiContext;

/** The inlined POI bundle works under OSGi: a Word table and an Excel sheet written, read back and checked. */
class PoiBundleTest {

	@Test
	void wordTableKeepsRepeatedHeaderMergedCellsAndEastAsianFont() throws IOException {
		byte[] docx = PoiContext.call(() -> {
			try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				XWPFTable table = document.createTable(3, 2);
				table.getRow(0).setRepeatHeader(true);
				table.getRow(0).getCell(0).setText("能力域");
				table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
				table.getRow(1).getCell(0).setText("数字化基础");
				table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
				CTFonts fonts = table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).getCTR().addNewRPr().addNewRFonts();
				fonts.setEastAsia("黑体");
				document.write(out);
				return out.toByteArray();
			}
		});
		PoiContext.call(() -> {
			try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx))) {
				XWPFTable table = read.getTables().get(0);
				assertEquals(3, table.getNumberOfRows());
				XWPFTableRow header = table.getRow(0);
				assertTrue(header.isRepeatHeader());
				assertEquals("能力域", header.getCell(0).getText());
				assertEquals("黑体", header.getCell(0).getParagraphs().get(0).getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia());
				assertEquals(STMerge.RESTART, table.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal());
				assertTrue(table.getRow(2).getCell(0).getCTTc().getTcPr().isSetVMerge());
			}
			return null;
		});
	}

	@Test
	void excelSumFormulaEvaluatesAndConditionalFormattingIsKept() throws IOException {
		byte[] xlsx = PoiContext.call(() -> {
			try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				XSSFSheet sheet = workbook.createSheet("表1");
				double[] weights = { 0.25, 0.35, 0.4 };
				for (int i = 0; i < weights.length; i++) {
					sheet.createRow(i).createCell(0).setCellValue(weights[i]);
				}
				sheet.createRow(3).createCell(0).setCellFormula("SUM(A1:A3)");
				var formatting = sheet.getSheetConditionalFormatting();
				var rule = formatting.createConditionalFormattingRule(ComparisonOperator.NOT_BETWEEN, "0.9999", "1.0001");
				rule.createPatternFormatting().setFillBackgroundColor(org.apache.poi.ss.usermodel.IndexedColors.ROSE.getIndex());
				formatting.addConditionalFormatting(new org.apache.poi.ss.util.CellRangeAddress[] { org.apache.poi.ss.util.CellRangeAddress.valueOf("A4") }, rule);
				workbook.write(out);
				return out.toByteArray();
			}
		});
		PoiContext.call(() -> {
			try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				XSSFSheet sheet = read.getSheet("表1");
				var sum = sheet.getRow(3).getCell(0);
				assertEquals(CellType.FORMULA, sum.getCellType());
				assertEquals("SUM(A1:A3)", sum.getCellFormula());
				assertEquals(0.25 + 0.35 + 0.4, new XSSFFormulaEvaluator(read).evaluate(sum).getNumberValue(), 1e-12);
				assertEquals(1, sheet.getSheetConditionalFormatting().getNumConditionalFormattings());
			}
			return null;
		});
	}
}
