package com.maturityworkbench.assessment.layout;

/**
 * An assessment as an XLSX workbook: sheet {@value #INFO_SHEET} with one row per {@link MetadataKey} (the key, or
 * one of its Chinese aliases, in column A, the value in column B; the templates add an explanation in column C and
 * the rating scale in columns E-F, and readers ignore every other row and column), then one sheet per requirement
 * table (表5, 表7 …) whose first non-empty row is the header of {@link RequirementColumn}, followed by one row per
 * clause. Ratings may be text or number cells.
 *
 * <p>From layout 4 on, a requirement sheet starts with a row of the columns' Chinese names, then the machine header
 * (hidden in the templates, read by the readers), and the information sheet may hold several {@code tailored} rows, one
 * subdomain each (the templates give {@value #TAILORED_ROWS}, each chosen from the list of tailorable subdomains in
 * column {@value #TAILORABLE_COLUMN}); their values are joined with the one of the first row.
 */
public final class XlsxLayout {
	public static final String INFO_SHEET = "评估信息";
	public static final int KEY_COLUMN = 0;
	public static final int VALUE_COLUMN = 1;
	public static final int NOTE_COLUMN = 2;
	public static final int SCALE_NAME_COLUMN = 4;
	public static final int SCALE_VALUE_COLUMN = 5;
	/** Layout 4 templates: the column listing the sector's tailorable subdomains, the choices of the tailored rows. */
	public static final int TAILORABLE_COLUMN = 7;
	/** Layout 4 templates: how many tailored rows (one subdomain each, chosen from a list) the information sheet offers. */
	public static final int TAILORED_ROWS = 8;
	/** Excel's longest sheet name. */
	private static final int MAX_SHEET_NAME = 31;

	private XlsxLayout() {
	}

	/** The sheet of a requirement table: its id, without the characters Excel forbids ([]:*?/\), at most 31 characters. */
	public static String sheetName(String table) {
		String s = table.replaceAll("[\\[\\]:*?/\\\\]", "_");
		return s.length() > MAX_SHEET_NAME ? s.substring(0, MAX_SHEET_NAME) : s;
	}

	/** A sheet named like a requirement table (表5, 表 7): without the header row it is reported, not skipped. */
	public static boolean namedLikeRequirementTable(String sheetName) {
		return sheetName.strip().matches("表\\s*\\d+");
	}
}
