package com.maturityworkbench.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.assessment.layout.RequirementColumn;
import com.maturityworkbench.assessment.layout.XlsxLayout;
import com.maturityworkbench.generator.GenerationModel.RatingView;
import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.generator.GenerationModel.TemplateRow;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;

/**
 * {@code templates/<sector code>.xlsx}: the assessment template of one sector in the layout of {@link XlsxLayout},
 * written with fastexcel. Sheet {@value XlsxLayout#INFO_SHEET} holds the metadata rows of {@link TemplateInfo} (key,
 * value, explanation) and the rating scale; then one sheet per requirement table (表5, 表7 …) with the columns of
 * {@link RequirementColumn} (the Chinese names first, the machine header hidden below them) and a list validation on the
 * rating column: the scale's names and values, error style "stop" with a Chinese message, so Excel refuses anything
 * else. The context column (lead-ins, notes) is set apart in grey: it is read, never rated; the evidence column (证据/备注)
 * is the assessors'. Each sheet prints on A4 landscape, fit to the page's width, its header repeated on every page, every
 * row as high as its clause needs ({@link RowHeights}). The tailored subdomains are chosen from a list in the
 * information sheet. The standard code, revision and status are also
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
					.setKeywords(m.stamp().standardCode() + "; " + m.stamp().revisionId() + "; " + m.stamp().revisionLabel() + "; " + m.stamp().status())
					.setTextProperty("standard", m.stamp().standardCode()).setTextProperty("revision", m.stamp().revisionId())
					.setTextProperty("revisionLabel", m.stamp().revisionLabel())
					.setTextProperty("status", m.stamp().status()).setTextProperty("sector", sector.name());
			Worksheet info = wb.newWorksheet(XlsxLayout.INFO_SHEET);
			Range scaleNames = scale(info, m);
			infoRows(info, m, sector);
			List<RequirementColumn> columns = RequirementColumn.of(TemplateInfo.LAYOUT);
			String list = listFormula(m);
			for (String table : sector.requirementTables()) {
				List<TemplateRow> rows = sector.rows().stream().filter(r -> r.table().equals(table)).toList();
				requirementSheet(wb.newWorksheet(XlsxLayout.sheetName(table)), m, columns, rows, list, scaleNames);
			}
			wb.finish();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return FixedZip.of(bytes.toByteArray());
	}

	/** The rating scale in columns E-F of the information sheet; the range of its names (the list of the rating cells). */
	private static Range scale(Worksheet info, GenerationModel m) {
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
		return info.range(1, XlsxLayout.SCALE_NAME_COLUMN, m.scale().size() + (notApplicable == null ? 0 : 1), XlsxLayout.SCALE_NAME_COLUMN);
	}

	/**
	 * The metadata rows (key, value, explanation); the tailored entry as {@value XlsxLayout#TAILORED_ROWS} rows, each
	 * chosen from the list of the sector's tailorable subdomains in column {@value XlsxLayout#TAILORABLE_COLUMN}.
	 */
	private static void infoRows(Worksheet info, GenerationModel m, SectorView sector) {
		List<SubdomainRef> tailorable = TailorableSubdomains.of(m.scoring(), SectorModel.of(m.scoring(), sector.name()));
		int r = 0;
		for (TemplateInfo.Entry e : TemplateInfo.entries(m, sector)) {
			int rows = e.key() == MetadataKey.TAILORED && !tailorable.isEmpty() ? XlsxLayout.TAILORED_ROWS : 1;
			for (int i = 0; i < rows; i++) {
				info.value(r + i, XlsxLayout.KEY_COLUMN, e.key().key());
				info.value(r + i, XlsxLayout.VALUE_COLUMN, e.value());
				info.value(r + i, XlsxLayout.NOTE_COLUMN, rows == 1 ? e.note() : i == 0 ? TAILORED_NOTE : "");
			}
			if (rows > 1) {
				Range choices = info.range(1, XlsxLayout.TAILORABLE_COLUMN, tailorable.size(), XlsxLayout.TAILORABLE_COLUMN);
				info.range(r, XlsxLayout.VALUE_COLUMN, r + rows - 1, XlsxLayout.VALUE_COLUMN).validateWithList(choices).allowBlank(true).showErrorMessage(true)
						.errorStyle(DataValidationErrorStyle.STOP).errorTitle("裁剪项无效").error("请从下拉列表中选择可裁剪的能力子域（H 列）。");
				info.range(r, XlsxLayout.VALUE_COLUMN, r + rows - 1, XlsxLayout.VALUE_COLUMN).style().fillColor("FFF2CC").set();
			}
			r += rows;
		}
		info.range(0, XlsxLayout.KEY_COLUMN, r - 1, XlsxLayout.KEY_COLUMN).style().bold().set();
		info.value(0, XlsxLayout.TAILORABLE_COLUMN, "可裁剪的能力子域");
		info.style(0, XlsxLayout.TAILORABLE_COLUMN).bold().set();
		for (int i = 0; i < tailorable.size(); i++) {
			info.value(i + 1, XlsxLayout.TAILORABLE_COLUMN, tailorable.get(i).id());
		}
		info.width(XlsxLayout.KEY_COLUMN, 14);
		info.width(XlsxLayout.VALUE_COLUMN, 40);
		info.width(XlsxLayout.NOTE_COLUMN, 50);
		info.width(XlsxLayout.SCALE_NAME_COLUMN, 14);
		info.width(XlsxLayout.SCALE_VALUE_COLUMN, 8);
		info.width(XlsxLayout.TAILORABLE_COLUMN, 28);
	}

	/** The explanation beside the first tailored row. */
	static final String TAILORED_NOTE = "裁剪掉的能力子域，每行一个，从下拉列表（H 列）选择；不裁剪则留空";

	/**
	 * One requirement sheet: the Chinese header, the machine header (hidden; the readers use it), one row per clause,
	 * as high as its clause; printed A4 landscape, fit to the page's width, the header repeated on every page.
	 */
	private static void requirementSheet(Worksheet ws, GenerationModel m, List<RequirementColumn> columns, List<TemplateRow> rows, String list,
			Range scaleNames) {
		int ratingColumn = columns.indexOf(RequirementColumn.RATING);
		int textColumn = columns.indexOf(RequirementColumn.TEXT);
		int contextColumn = columns.indexOf(RequirementColumn.CONTEXT);
		int evidenceColumn = columns.indexOf(RequirementColumn.EVIDENCE);
		List<Double> widths = columns.stream().map(XlsxTemplate::width).toList();
		for (int c = 0; c < columns.size(); c++) {
			ws.value(0, c, columns.get(c).chinese());
			ws.value(1, c, columns.get(c).header());
			ws.width(c, widths.get(c));
		}
		ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("DDEBF7").set();
		ws.hideRow(1);
		int first = HEADER_ROWS;
		for (int i = 0; i < rows.size(); i++) {
			List<String> cells = TemplateInfo.cells(rows.get(i));
			for (int c = 0; c < cells.size(); c++) {
				if (c != ratingColumn) {
					ws.value(first + i, c, cells.get(c));
				}
			}
			ws.rowHeight(first + i, RowHeights.height(cells, widths));
		}
		if (!rows.isEmpty()) {
			int last = first + rows.size() - 1;
			ws.range(first, 0, last, columns.size() - 1).style().verticalAlignment("top").set();
			ws.range(first, textColumn, last, textColumn).style().wrapText(true).verticalAlignment("top").set();
			if (contextColumn >= 0) {
				// read, not rated: grey on grey, smaller, beside the rating
				ws.range(first, contextColumn, last, contextColumn).style().wrapText(true).verticalAlignment("top").fontColor("595959").fontSize(9)
						.fillColor("F2F2F2").set();
			}
			if (evidenceColumn >= 0) {
				ws.range(first, evidenceColumn, last, evidenceColumn).style().wrapText(true).verticalAlignment("top").set();
			}
			Range ratings = ws.range(first, ratingColumn, last, ratingColumn);
			ratings.style().fillColor("FFF2CC").verticalAlignment("top").set();
			if (list != null) {
				ratings.validateWithListByFormula(list).allowBlank(true).showErrorMessage(true).errorStyle(DataValidationErrorStyle.STOP)
						.errorTitle(errorTitle()).error(errorMessage(m));
			} else {
				ratings.validateWithList(scaleNames).allowBlank(true).showErrorMessage(true).errorStyle(DataValidationErrorStyle.STOP)
						.errorTitle(errorTitle()).error(errorMessage(m));
			}
		}
		ws.freezePane(1, HEADER_ROWS);
		ws.paperSize(PaperSize.A4_PAPER);
		ws.pageOrientation("landscape");
		ws.setFitToPage(true);
		ws.fitToWidth((short) 1);
		ws.fitToHeight((short) 0);
		ws.repeatRows(0, HEADER_ROWS - 1);
	}

	/** The Chinese header and the machine header above the clause rows. */
	static final int HEADER_ROWS = 2;

	/** Column widths in characters: the clause text wide, the short codes narrow. */
	static double width(RequirementColumn column) {
		return switch (column) {
		case CLAUSE_ID -> 30;
		case TABLE, LEVEL, LABEL -> 7;
		case DOMAIN -> 12;
		case SUBDOMAIN -> 16;
		case TEXT -> 90;
		case RATING -> 14;
		case CONTEXT -> 50;
		case EVIDENCE -> 30;
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
