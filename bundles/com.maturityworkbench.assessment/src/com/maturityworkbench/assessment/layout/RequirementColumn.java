package com.maturityworkbench.assessment.layout;

import java.util.List;
import java.util.Locale;

/**
 * The columns of the clause rows, in order: the CSV header and the header row of every requirement sheet of a
 * workbook. Readers find the columns by their header (so a spreadsheet may reorder or add columns) and read only
 * {@link #CLAUSE_ID} and {@link #RATING}; the others are for the assessor. The same in every layout so far.
 */
public enum RequirementColumn {
	CLAUSE_ID("clause_id"), TABLE("table"), DOMAIN("domain"), SUBDOMAIN("subdomain"), LEVEL("level"), LABEL("label"), TEXT("text"),
	RATING("rating");

	private final String header;

	RequirementColumn(String header) {
		this.header = header;
	}

	/** The ASCII header of the column. */
	public String header() {
		return header;
	}

	/** The columns of {@code layout}, in order. */
	public static List<RequirementColumn> of(LayoutVersion layout) {
		return List.of(values());
	}

	/** {@code clause_id,table,…,rating}: the header row of {@code layout} as CSV writes it. */
	public static String headerLine(LayoutVersion layout) {
		return String.join(",", of(layout).stream().map(RequirementColumn::header).toList());
	}

	/** The index of this column in a header row as read (cells trimmed, any case), or -1. */
	public int indexIn(List<String> headerCells) {
		List<String> normalized = headerCells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
		return normalized.indexOf(header);
	}

	/** Whether the header row holds the columns that are read back. */
	public static boolean isHeader(List<String> headerCells) {
		return CLAUSE_ID.indexIn(headerCells) >= 0 && RATING.indexIn(headerCells) >= 0;
	}
}
