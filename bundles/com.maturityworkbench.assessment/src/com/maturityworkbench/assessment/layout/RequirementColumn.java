package com.maturityworkbench.assessment.layout;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the clause rows, in order: the CSV header and the header row of every requirement sheet of a
 * workbook. Readers find the columns by their header (so a spreadsheet may reorder or add columns) and read only
 * {@link #CLAUSE_ID} and {@link #RATING}; the others are for the assessor. Layouts 1 and 2 have the columns up to
 * {@link #RATING}; layout 3 adds {@link #CONTEXT} after it, so every column of the earlier layouts keeps its place.
 */
public enum RequirementColumn {
	CLAUSE_ID("clause_id"), TABLE("table"), DOMAIN("domain"), SUBDOMAIN("subdomain"), LEVEL("level"), LABEL("label"), TEXT("text"),
	RATING("rating"),
	/**
	 * Layout 3: what the assessor reads beside the clause and never rates — the lead-in of its cell (导语：…), the notes
	 * and examples of its cell and its own, one per line. Not read back.
	 */
	CONTEXT("context", LayoutVersion.V3);

	private final String header;
	private final LayoutVersion since;

	RequirementColumn(String header) {
		this(header, LayoutVersion.V1);
	}

	RequirementColumn(String header, LayoutVersion since) {
		this.header = header;
		this.since = since;
	}

	/** The first layout that has this column. */
	public LayoutVersion since() {
		return since;
	}

	/** The ASCII header of the column. */
	public String header() {
		return header;
	}

	/** The columns of {@code layout}, in order. */
	public static List<RequirementColumn> of(LayoutVersion layout) {
		return java.util.Arrays.stream(values()).filter(c -> layout.atLeast(c.since)).toList();
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

	/**
	 * A column that is read back ({@link #CLAUSE_ID}, {@link #RATING}) and stands more than once in the header row, with
	 * the 1-based positions where it stands; empty when each stands once (which one is meant could not be told).
	 */
	public static Optional<Repeated> repeatedReadColumn(List<String> headerCells) {
		for (RequirementColumn column : List.of(CLAUSE_ID, RATING)) {
			List<Integer> at = new java.util.ArrayList<>();
			for (int i = 0; i < headerCells.size(); i++) {
				if (headerCells.get(i).strip().toLowerCase(Locale.ROOT).equals(column.header)) {
					at.add(i + 1);
				}
			}
			if (at.size() > 1) {
				return Optional.of(new Repeated(column, at));
			}
		}
		return Optional.empty();
	}

	/** A column of the header row and the 1-based positions it stands at. */
	public record Repeated(RequirementColumn column, List<Integer> positions) {
	}
}
