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

import com.maturityworkbench.assessment.layout.RequirementColumn;
import com.maturityworkbench.assessment.layout.XlsxLayout;
import com.maturityworkbench.generator.GenerationModel.RatingView;
import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.generator.GenerationModel.TemplateRow;

/**
 * {@code templates/<sector code>.xlsx}: the assessment template of one sector in the layout of {@link XlsxLayout},
 * written with fastexcel. Sheet {@value XlsxLayout#INFO_SHEET} holds the metadata rows of {@link TemplateInfo} (key,
 * value, explanation) and the rating scale; then one sheet per requirement table (表5, 表7 …) with the columns of
 * {@link RequirementColumn} and a list validation on the rating column: the scale's names and values, error style
 * "stop" with a Chinese message, so Excel refuses anything else. The context column (lead-ins, notes) is set apart in
 * grey: it is read, never rated. The standard code, revision and status are also
 * document properties. Byte-identical for the same revision ({@link FixedZip}).
 */
public final class XlsxTemplate {
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
			Worksheet info = wb.newWorksheet(XlsxLayout.INFO_SHEET);
			List<TemplateInfo.Entry> entries = TemplateInfo.entries(m, sector);
			for (int r = 0; r < entries.size(); r++) {
				info.value(r, XlsxLayout.KEY_COLUMN, entries.get(r).key().key());
				info.value(r, XlsxLayout.VALUE_COLUMN, entries.get(r).value());
				info.value(r, XlsxLayout.NOTE_COLUMN, entries.get(r).note());
			}
			info.range(0, XlsxLayout.KEY_COLUMN, entries.size() - 1, XlsxLayout.KEY_COLUMN).style().bold().set();
			info.value(0, XlsxLayout.SCALE_NAME_COLUMN, "评分等级");
			info.value(0, XlsxLayout.SCALE_VALUE_COLUMN, "分值");
			info.range(0, XlsxLayout.SCALE_NAME_COLUMN, 0, XlsxLayout.SCALE_VALUE_COLUMN).style().bold().set();
			for (int i = 0; i < m.scale().size(); i++) {
				RatingView r = m.scale().get(i);
				info.value(i + 1, XlsxLayout.SCALE_NAME_COLUMN, r.name());
				// scale values are decimals in the language
				info.value(i + 1, XlsxLayout.SCALE_VALUE_COLUMN, new BigDecimal(r.value().toExactString()));
			}
			String notApplicable = TemplateInfo.notApplicableName(m);
			if (notApplicable != null) {
				info.value(m.scale().size() + 1, XlsxLayout.SCALE_NAME_COLUMN, notApplicable);
				info.value(m.scale().size() + 1, XlsxLayout.SCALE_VALUE_COLUMN, TemplateInfo.NOT_COUNTED);
			}
			info.width(XlsxLayout.KEY_COLUMN, 12);
			info.width(XlsxLayout.VALUE_COLUMN, 40);
			info.width(XlsxLayout.NOTE_COLUMN, 50);
			info.width(XlsxLayout.SCALE_NAME_COLUMN, 14);
			info.width(XlsxLayout.SCALE_VALUE_COLUMN, 8);
			Range scaleNames = info.range(1, XlsxLayout.SCALE_NAME_COLUMN, m.scale().size() + (notApplicable == null ? 0 : 1), XlsxLayout.SCALE_NAME_COLUMN);
			List<RequirementColumn> columns = RequirementColumn.of(TemplateInfo.LAYOUT);
			int ratingColumn = columns.indexOf(RequirementColumn.RATING);
			int textColumn = columns.indexOf(RequirementColumn.TEXT);
			int contextColumn = columns.indexOf(RequirementColumn.CONTEXT);
			String list = listFormula(m);
			for (String table : sector.requirementTables()) {
				List<TemplateRow> rows = sector.rows().stream().filter(r -> r.table().equals(table)).toList();
				Worksheet ws = wb.newWorksheet(XlsxLayout.sheetName(table));
				for (int c = 0; c < columns.size(); c++) {
					ws.value(0, c, columns.get(c).header());
					ws.width(c, width(columns.get(c)));
				}
				ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("DDEBF7").set();
				for (int i = 0; i < rows.size(); i++) {
					List<String> cells = TemplateInfo.cells(rows.get(i));
					for (int c = 0; c < cells.size(); c++) {
						if (c != ratingColumn) {
							ws.value(i + 1, c, cells.get(c));
						}
					}
				}
				if (!rows.isEmpty()) {
					ws.range(1, textColumn, rows.size(), textColumn).style().wrapText(true).verticalAlignment("top").set();
					if (contextColumn >= 0) {
						// read, not rated: grey on grey, smaller, beside the rating
						ws.range(1, contextColumn, rows.size(), contextColumn).style().wrapText(true).verticalAlignment("top").fontColor("595959")
								.fontSize(9).fillColor("F2F2F2").set();
					}
					Range ratings = ws.range(1, ratingColumn, rows.size(), ratingColumn);
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
		return FixedZip.of(bytes.toByteArray());
	}

	/** Column widths in characters: the clause text wide, the short codes narrow. */
	private static double width(RequirementColumn column) {
		return switch (column) {
		case CLAUSE_ID -> 30;
		case TABLE, LEVEL, LABEL -> 7;
		case DOMAIN -> 12;
		case SUBDOMAIN -> 16;
		case TEXT -> 90;
		case RATING -> 14;
		case CONTEXT -> 50;
		};
	}

	/** {@code "全部满足,大部分满足,部分满足,不满足,1,0.8,0.5,0"}, or null when it would be too long for Excel. */
	static String listFormula(GenerationModel m) {
		List<String> items = new ArrayList<>();
		m.scale().forEach(r -> items.add(r.name()));
		m.scale().forEach(r -> items.add(r.value().toExactString()));
		if (TemplateInfo.notApplicableName(m) != null) {
			items.add(TemplateInfo.notApplicableName(m));
		}
		String text = String.join(",", items);
		return text.length() > MAX_LIST_FORMULA ? null : "\"" + text + "\"";
	}

	static String errorTitle() {
		return "评分无效";
	}

	/** The scale names are identifiers (no quotes, commas or markup), so the message needs no escaping. */
	static String errorMessage(GenerationModel m) {
		return "请从下拉列表中选择评分：" + String.join("、", m.scale().stream().map(RatingView::name).toList()) + "，或填写对应分值 "
				+ String.join("、", m.scale().stream().map(r -> r.value().toExactString()).toList())
				+ (TemplateInfo.notApplicableName(m) == null ? "" : "；不适用的条款填“" + TemplateInfo.notApplicableName(m) + "”") + "。";
	}
}
