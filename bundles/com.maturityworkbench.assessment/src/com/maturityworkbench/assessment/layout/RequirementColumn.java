package com.maturityworkbench.assessment.layout;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the clause rows, in order: the CSV header and the header row of every requirement sheet of a
 * workbook. Readers find the columns by their header (so a spreadsheet may reorder or add columns) and read only
 * {@link #CLAUSE_ID} and {@link #RATING}; the others are for the assessor. Layouts 1 and 2 have the columns up to
 * {@link #RATING}; layout 3 adds {@link #CONTEXT} after it, layout 4 {@link #EVIDENCE} after that, so every column of the
 * earlier layouts keeps its place. From layout 4 on, a row of the columns' {@link #chinese() Chinese names} comes first
 * and the machine header second.
 */
public enum RequirementColumn {
	CLAUSE_ID("clause_id", "条款编号"), TABLE("table", "表"), DOMAIN("domain", "能力域"), SUBDOMAIN("subdomain", "能力子域"), LEVEL("level", "等级"),
	LABEL("label", "编号"), TEXT("text", "条款内容"), RATING("rating", "评分"),
	/**
	 * Layout 3: what the assessor reads beside the clause and never rates — the lead-in of its cell (导语：…), the notes
	 * and examples of its cell and its own, one per line. Not read back.
	 */
	CONTEXT("context", "导语与注", LayoutVersion.V3),
	/**
	 * Layout 4: the evidence the assessors collected for the clause and their remarks (8.7.2: documents, interviews,
	 * system demonstrations …), free text, read back and carried into the reports.
	 */
	EVIDENCE("evidence", "证据/备注", LayoutVersion.V4);

	private final String header;
	private final String chinese;
	private final LayoutVersion since;

	RequirementColumn(String header, String chinese) {
		this(header, chinese, LayoutVersion.V1);
	}

	RequirementColumn(String header, String chinese, LayoutVersion since) {
		this.header = header;
		this.chinese = chinese;
		this.since = since;
	}

	/**
	 * The Chinese name of the column, from layout 4 on written in a header row of its own before the machine header (the
	 * assessor reads it; the readers find the columns by the machine header and skip this row).
	 */
	public String chinese() {
		return chinese;
	}

	/** {@code 条款编号,表,…}: the Chinese header row of {@code layout} as CSV writes it. */
	public static String chineseHeaderLine(LayoutVersion layout) {
		return String.join(",", of(layout).stream().map(c -> CsvLayout.field(c.chinese)).toList());
	}

	/** Whether a file of {@code layout} writes the Chinese header row before the machine header. */
	public static boolean hasChineseHeader(LayoutVersion layout) {
		return layout.atLeast(LayoutVersion.V4);
	}

	/** Whether a row is the Chinese header (it names 条款编号 and 评分): the readers skip it. */
	public static boolean isChineseHeader(List<String> cells) {
		List<String> stripped = cells.stream().map(String::strip).toList();
		return stripped.contains(CLAUSE_ID.chinese) && stripped.contains(RATING.chinese);
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
