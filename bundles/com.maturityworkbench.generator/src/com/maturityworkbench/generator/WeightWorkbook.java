package com.maturityworkbench.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.maturityworkbench.generator.GenerationModel.WeightDomainView;
import com.maturityworkbench.generator.GenerationModel.WeightTableView;
import com.maturityworkbench.generator.GenerationModel.WeightedView;
import com.maturityworkbench.poi.PoiContext;

/**
 * {@code docs/<revision>-weights.xlsx}: the weight tables 表1-表4 for the committee's discussion, one sheet per table.
 * The weights are numbers (percent format) the committee may change; every domain's subtotal and the table's total are
 * formulas, and conditional formatting marks the total green when it equals the part's target and red when it does not.
 */
public final class WeightWorkbook {
	/** Column letters of the layout: A 能力域, B 能力子域, C 指标权重. */
	static final List<String> HEADER = List.of("能力域", "能力子域", "指标权重");
	static final String TOTAL = "合计";
	static final String SUBTOTAL = "小计";
	static final String TARGET = "目标";

	private WeightWorkbook() {
	}

	public static byte[] render(GenerationModel m) {
		return PoiContext.call(() -> {
			try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				Styles styles = new Styles(wb);
				for (WeightTableView t : m.weightTables()) {
					sheet(wb, styles, t);
				}
				wb.write(out);
				return FixedZip.of(out.toByteArray());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private record Styles(CellStyle header, CellStyle text, CellStyle percent, CellStyle bold, CellStyle boldPercent) {
		Styles(XSSFWorkbook wb) {
			this(style(wb, true, false), style(wb, false, false), style(wb, false, true), style(wb, true, false), style(wb, true, true));
		}

		private static CellStyle style(XSSFWorkbook wb, boolean bold, boolean percent) {
			CellStyle s = wb.createCellStyle();
			Font f = wb.createFont();
			f.setFontName("宋体");
			f.setBold(bold);
			s.setFont(f);
			s.setBorderBottom(BorderStyle.THIN);
			s.setBorderTop(BorderStyle.THIN);
			s.setBorderLeft(BorderStyle.THIN);
			s.setBorderRight(BorderStyle.THIN);
			s.setVerticalAlignment(VerticalAlignment.CENTER);
			s.setAlignment(HorizontalAlignment.CENTER);
			if (percent) {
				s.setDataFormat(wb.createDataFormat().getFormat("0.##%"));
			}
			return s;
		}
	}

	private static void sheet(XSSFWorkbook wb, Styles st, WeightTableView t) {
		XSSFSheet sheet = wb.createSheet(t.id());
		XSSFRow title = sheet.createRow(0);
		title.createCell(0).setCellValue(t.id() + " " + (t.title() == null ? "" : t.title()));
		XSSFRow head = sheet.createRow(1);
		for (int c = 0; c < HEADER.size(); c++) {
			head.createCell(c).setCellValue(HEADER.get(c));
			head.getCell(c).setCellStyle(st.header());
		}
		int r = 2;
		List<String> subtotals = new ArrayList<>();
		for (WeightDomainView d : t.domains()) {
			int first = r;
			for (WeightedView s : d.subdomains()) {
				XSSFRow row = sheet.createRow(r++);
				row.createCell(0).setCellValue(d.name());
				row.createCell(1).setCellValue(s.name());
				row.createCell(2).setCellValue(fraction(s.percent()));
				row.getCell(0).setCellStyle(st.text());
				row.getCell(1).setCellStyle(st.text());
				row.getCell(2).setCellStyle(st.percent());
			}
			if (r - 1 > first) {
				sheet.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
			}
			XSSFRow sub = sheet.createRow(r++);
			sub.createCell(0).setCellStyle(st.text());
			sub.createCell(1).setCellValue(d.name() + SUBTOTAL);
			sub.getCell(1).setCellStyle(st.bold());
			sub.createCell(2).setCellFormula("SUM(C" + (first + 1) + ":C" + (r - 1) + ")");
			sub.getCell(2).setCellStyle(st.boldPercent());
			subtotals.add("C" + r);
		}
		XSSFRow total = sheet.createRow(r++);
		total.createCell(0).setCellValue(TOTAL);
		total.createCell(1).setCellStyle(st.bold());
		total.getCell(0).setCellStyle(st.bold());
		total.createCell(2).setCellFormula(String.join("+", subtotals));
		total.getCell(2).setCellStyle(st.boldPercent());
		String totalRef = "$C$" + r;
		XSSFRow target = sheet.createRow(r++);
		target.createCell(0).setCellValue(TARGET);
		target.getCell(0).setCellStyle(st.bold());
		target.createCell(1).setCellValue(t.part() == null ? "" : t.part());
		target.getCell(1).setCellStyle(st.text());
		target.createCell(2).setCellValue(t.targetPercent() == null ? 1 : fraction(t.targetPercent()));
		target.getCell(2).setCellStyle(st.boldPercent());
		String targetRef = "$C$" + r;
		SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
		String tolerance = "0.0000001";
		ConditionalFormattingRule ok = cf.createConditionalFormattingRule("ABS(" + totalRef + "-" + targetRef + ")<" + tolerance);
		ok.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_GREEN.getIndex());
		ok.getPatternFormatting().setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
		ConditionalFormattingRule bad = cf.createConditionalFormattingRule("ABS(" + totalRef + "-" + targetRef + ")>=" + tolerance);
		bad.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
		bad.getPatternFormatting().setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
		cf.addConditionalFormatting(new CellRangeAddress[] { CellRangeAddress.valueOf(totalRef.replace("$", "")) }, ok, bad);
		ConditionalFormattingRule negative = cf.createConditionalFormattingRule(ComparisonOperator.LT, "0");
		negative.createFontFormatting().setFontColorIndex(IndexedColors.RED.getIndex());
		cf.addConditionalFormatting(new CellRangeAddress[] { new CellRangeAddress(2, r - 3, 2, 2) }, negative);
		sheet.setColumnWidth(0, 14 * 256);
		sheet.setColumnWidth(1, 24 * 256);
		sheet.setColumnWidth(2, 12 * 256);
		sheet.createFreezePane(0, 2);
	}

	/** 3 (percent) as the cell's number 0.03. */
	private static double fraction(BigDecimal percent) {
		return percent.movePointLeft(2).doubleValue();
	}
}
