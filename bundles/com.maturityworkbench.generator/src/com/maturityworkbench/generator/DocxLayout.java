package com.maturityworkbench.generator;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract between the Word document of a revision ({@link DocxDoc}) and its import ({@link DocxImport}): the
 * column headers of the weight and requirement tables, the table captions, the paragraph styles that mark what a
 * paragraph of a requirement cell is, the document properties that name the revision and each table's part and sector,
 * and how clause labels, notes and examples read in text typed by hand.
 */
public final class DocxLayout {
	/** Header of the weight tables (表1-表4) as the standard prints them. */
	public static final List<String> WEIGHT_HEADER = List.of("能力域", "能力子域", "指标权重");
	/** Header of the requirement tables (表5-表8) before the level columns. */
	public static final List<String> REQUIREMENT_HEADER = List.of("能力域", "能力子域");
	/** The first column of a weight table typed in Word may be a running number. */
	static final String NUMBER_COLUMN = "序号";

	/** Paragraph styles of a requirement cell (ids; the names are the same). */
	public static final String STYLE_LEAD_IN = "MwbLeadIn";
	public static final String STYLE_CLAUSE = "MwbClause";
	public static final String STYLE_CONTINUATION = "MwbContinuation";
	public static final String STYLE_CLAUSE_NOTE = "MwbClauseNote";
	public static final String STYLE_CLAUSE_EXAMPLE = "MwbClauseExample";
	public static final String STYLE_CELL_NOTE = "MwbCellNote";
	public static final String STYLE_CELL_EXAMPLE = "MwbCellExample";
	public static final String STYLE_EMPTY = "MwbEmptyCell";
	/** A level the row lists without any clause (printed blank; a blank cell without it is a level not listed). */
	public static final String STYLE_LISTED = "MwbListedLevel";
	/** Table captions (表N …). */
	public static final String STYLE_CAPTION = "MwbCaption";

	/** Custom document properties: the standard's identifier, and per table "part\tsector" (sector may be empty). */
	public static final String PROPERTY_STANDARD = "mwb.standard";
	public static final String PROPERTY_TABLE_PREFIX = "mwb.table.";

	/** Printed before the reason of a cell the revision marks empty. */
	public static final String EMPTY_MARK = "（空单元格）";

	private static final Pattern CAPTION = Pattern.compile("^\\s*(表\\s*[A-Z]?\\.?\\d+)\\s*(.*)$");
	private static final Pattern LABEL = Pattern.compile("^([a-zA-Z][)）.、]|[0-9]+[）.、])\\s*");
	private static final Pattern TOPIC = Pattern.compile("^([A-Za-z_\\u3400-\\u9fff][A-Za-z_\\-0-9\\u3400-\\u9fff]{0,15})。");
	private static final Pattern PERCENT = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)\\s*[%％]?$");

	private DocxLayout() {
	}

	/** A table caption: its id (表1, 表A.1, spaces removed) and title, or null when {@code text} is none. */
	public static String[] caption(String text) {
		Matcher m = CAPTION.matcher(text);
		if (!m.matches()) {
			return null;
		}
		return new String[] { m.group(1).replaceAll("\\s", ""), m.group(2).strip() };
	}

	/** The clause label that starts {@code text} as printed ("a)", "b）", "1."), or null. */
	public static String label(String text) {
		Matcher m = LABEL.matcher(text);
		return m.find() ? m.group(1) : null;
	}

	/** {@code text} after its label and the space that follows it. */
	public static String afterLabel(String text) {
		Matcher m = LABEL.matcher(text);
		return m.find() ? text.substring(m.end()) : text;
	}

	/** The topic of a clause typed by hand (a short word ended by 。 before the text), or null. */
	public static String topic(String text) {
		Matcher m = TOPIC.matcher(text);
		return m.find() ? m.group(1) : null;
	}

	/** A note as printed: 注：… 注1：… */
	public static boolean isNote(String text) {
		return text.startsWith("注：") || text.startsWith("注:") || text.matches("^注\\s*\\d+[：:].*");
	}

	/** An example as printed: 示例：… or …示例: … near the start of the paragraph. */
	public static boolean isExample(String text) {
		int colon = firstColon(text);
		return colon > 0 && colon <= 16 && text.substring(0, colon).strip().endsWith("示例");
	}

	private static int firstColon(String text) {
		int a = text.indexOf('：');
		int b = text.indexOf(':');
		return a < 0 ? b : b < 0 ? a : Math.min(a, b);
	}

	/** A weight as typed: "3%", "3", "2.5％"; returns the percentage as the language writes it ("3%"), or null. */
	public static String weight(String text) {
		Matcher m = PERCENT.matcher(text.strip());
		return m.matches() ? m.group(1) + "%" : null;
	}

	/** Header cells compared without spaces. */
	static String header(String text) {
		return text.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
	}
}
