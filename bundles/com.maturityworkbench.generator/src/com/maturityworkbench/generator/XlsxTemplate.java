package com.maturityworkbench.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import com.maturityworkbench.generator.GenerationModel.RatingView;
import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.generator.GenerationModel.TemplateRow;

/**
 * {@code templates/<sector code>.xlsx}: the assessment template of one sector, written with fastexcel. Sheet
 * {@value #INFO_SHEET} holds the key/value rows of {@link TemplateInfo} (key in column A, value in B, explanation in C)
 * and the rating scale (columns E-F); then one sheet per requirement table (表5, 表7 …) with the CSV's columns and a
 * list validation on the rating column: the scale's names and values, error style "stop" with a Chinese message, so
 * Excel refuses anything else. The standard code, revision and status are also document properties.
 */
public final class XlsxTemplate {
	public static final String INFO_SHEET = "评估信息";
	static final String[] COLUMNS = { "clause_id", "table", "domain", "subdomain", "level", "label", "text", "rating" };
	private static final double[] WIDTHS = { 30, 7, 12, 16, 7, 7, 90, 14 };
	/** Excel limits the text of an explicit list validation to 255 characters. */
	private static final int MAX_LIST_FORMULA = 255;

	private XlsxTemplate() {
	}

	public static byte[] render(GenerationModel m, SectorView sector) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook wb = new Workbook(bytes, "Maturity Workbench", "1.0");
			wb.properties().setTitle(m.title() + " — 评估模板（" + sector.name() + "）").setSubject(m.stamp().line())
					.setKeywords(m.stamp().standardCode() + "; " + m.stamp().revisionId() + "; " + m.stamp().status())
					.setTextProperty("standard", m.stamp().standardCode()).setTextProperty("revision", m.stamp().revisionId())
					.setTextProperty("status", m.stamp().status()).setTextProperty("sector", sector.name());
			Worksheet info = wb.newWorksheet(INFO_SHEET);
			List<String[]> entries = TemplateInfo.entries(m, sector);
			for (int r = 0; r < entries.size(); r++) {
				info.value(r, 0, entries.get(r)[0]);
				info.value(r, 1, entries.get(r)[1]);
				info.value(r, 2, entries.get(r)[2]);
			}
			info.range(0, 0, entries.size() - 1, 0).style().bold().set();
			info.value(0, 4, "评分等级");
			info.value(0, 5, "分值");
			info.range(0, 4, 0, 5).style().bold().set();
			for (int i = 0; i < m.scale().size(); i++) {
				RatingView r = m.scale().get(i);
				info.value(i + 1, 4, r.name());
				info.value(i + 1, 5, new BigDecimal(r.value().toExactString())); // scale values are decimals in the language
			}
			info.width(0, 12);
			info.width(1, 40);
			info.width(2, 50);
			info.width(4, 14);
			info.width(5, 8);
			Range scaleNames = info.range(1, 4, m.scale().size(), 4);
			String list = listFormula(m);
			for (String table : sector.requirementTables()) {
				List<TemplateRow> rows = sector.rows().stream().filter(r -> r.table().equals(table)).toList();
				Worksheet ws = wb.newWorksheet(sheetName(table));
				for (int c = 0; c < COLUMNS.length; c++) {
					ws.value(0, c, COLUMNS[c]);
					ws.width(c, WIDTHS[c]);
				}
				ws.range(0, 0, 0, COLUMNS.length - 1).style().bold().fillColor("DDEBF7").set();
				for (int i = 0; i < rows.size(); i++) {
					TemplateRow r = rows.get(i);
					int row = i + 1;
					ws.value(row, 0, r.clauseId());
					ws.value(row, 1, r.table());
					ws.value(row, 2, r.domain());
					ws.value(row, 3, r.subdomain());
					ws.value(row, 4, r.level());
					ws.value(row, 5, r.label() == null ? "" : r.label());
					ws.value(row, 6, r.printedText());
				}
				if (!rows.isEmpty()) {
					ws.range(1, 6, rows.size(), 6).style().wrapText(true).verticalAlignment("top").set();
					Range ratings = ws.range(1, 7, rows.size(), 7);
					ratings.style().fillColor("FFF2CC").set();
					if (list != null) {
						ratings.validateWithListByFormula(list).allowBlank(true).showErrorMessage(true).errorStyle(DataValidationErrorStyle.STOP)
								.errorTitle(errorTitle()).error(errorMessage(m));
					} else {
						ratings.validateWithList(scaleNames).allowBlank(true).showErrorMessage(true).errorStyle(DataValidationErrorStyle.STOP)
								.errorTitle(errorTitle()).error(errorMessage(m));
					}
				}
				ws.freezePane(1, 1);
			}
			wb.finish();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** Excel sheet names: at most 31 characters, none of []:*?/\. */
	static String sheetName(String table) {
		String s = table.replaceAll("[\\[\\]:*?/\\\\]", "_");
		return s.length() > 31 ? s.substring(0, 31) : s;
	}

	/** {@code "全部满足,大部分满足,部分满足,不满足,1,0.8,0.5,0"}, or null when it would be too long for Excel. */
	static String listFormula(GenerationModel m) {
		List<String> items = new ArrayList<>();
		m.scale().forEach(r -> items.add(r.name()));
		m.scale().forEach(r -> items.add(r.value().toExactString()));
		String text = String.join(",", items);
		return text.length() > MAX_LIST_FORMULA ? null : "\"" + text + "\"";
	}

	static String errorTitle() {
		return "评分无效";
	}

	/** The scale names are identifiers (no quotes, commas or markup), so the message needs no escaping. */
	static String errorMessage(GenerationModel m) {
		return "请从下拉列表中选择评分：" + String.join("、", m.scale().stream().map(RatingView::name).toList()) + "，或填写对应分值 "
				+ String.join("、", m.scale().stream().map(r -> r.value().toExactString()).toList()) + "。";
	}
}
