package com.maturityworkbench.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one single-enterprise assessment file says, before it is checked against a revision: its metadata
 * (standard, revision, status, sector, tailored, scale — each with where it was written), its tailored subdomains
 * and one entry per clause row, plus the issues of the file format itself. The three readers (CSV, XLSX, JSON)
 * fill it; {@link AssessmentMapper} turns it into the scoring runtime's assessment. Mutable while a reader fills it.
 */
public final class AssessmentRows {
	/** Metadata keys every format carries. */
	public static final String STANDARD = "standard";
	public static final String REVISION = "revision";
	public static final String STATUS = "status";
	public static final String SECTOR = "sector";
	public static final String TAILORED = "tailored";
	public static final String SCALE = "scale";
	public static final List<String> KEYS = List.of(STANDARD, REVISION, STATUS, SECTOR, TAILORED, SCALE);

	/** A metadata value as written and where. */
	public record Field(String value, SourceLocation where) {
	}

	/** One tailored subdomain as written (a qualified id such as 表3.中试验证, or a bare name) and where. */
	public record Tailored(String id, SourceLocation where) {
	}

	/**
	 * A rating as the file holds it: {@code text} (trimmed, empty when the cell is empty) and, when the format
	 * stores a number (a JSON number, a numeric spreadsheet cell), that number exactly.
	 */
	public record Rating(String text, BigDecimal number) {
		public static final Rating EMPTY = new Rating("", null);

		public boolean isEmpty() {
			return number == null && text.isEmpty();
		}

		@Override
		public String toString() {
			return number != null ? number.toPlainString() : text;
		}
	}

	/** One clause row: the clause id, its rating and where the row is. */
	public record Row(String clauseId, Rating rating, SourceLocation where) {
	}

	private final String file;
	private final String format;
	private final Map<String, Field> metadata = new LinkedHashMap<>();
	private final List<Tailored> tailored = new ArrayList<>();
	private final List<Row> rows = new ArrayList<>();
	private final Set<String> rejectedClauses = new LinkedHashSet<>();
	private final List<InputIssue> issues = new ArrayList<>();

	/**
	 * @param file the file as named on the command line (or resolved from a composite)
	 * @param format "CSV (UTF-8)", "XLSX", "JSON" … for the report
	 */
	public AssessmentRows(String file, String format) {
		this.file = file;
		this.format = format;
	}

	public String file() {
		return file;
	}

	public String format() {
		return format;
	}

	public SourceLocation fileLocation() {
		return SourceLocation.file(file);
	}

	/** Records a metadata value; a key given twice is an issue. */
	public void put(String key, String value, SourceLocation where) {
		Field before = metadata.get(key);
		if (before != null) {
			issue(where, "\"" + key + "\" is given twice (first at " + describe(before.where()) + ")");
			return;
		}
		metadata.put(key, new Field(value, where));
	}

	public Field get(String key) {
		return metadata.get(key);
	}

	public Map<String, Field> metadata() {
		return Collections.unmodifiableMap(metadata);
	}

	public void addTailored(String id, SourceLocation where) {
		tailored.add(new Tailored(id, where));
	}

	public List<Tailored> tailored() {
		return Collections.unmodifiableList(tailored);
	}

	public void addRow(String clauseId, Rating rating, SourceLocation where) {
		rows.add(new Row(clauseId, rating, where));
	}

	public List<Row> rows() {
		return Collections.unmodifiableList(rows);
	}

	/**
	 * A row whose clause id could be read but which is unusable for a reason already reported (extra columns, …):
	 * its clause is not reported missing as well.
	 */
	public void reject(String clauseId) {
		if (clauseId != null && !clauseId.isBlank()) {
			rejectedClauses.add(clauseId.strip());
		}
	}

	public Set<String> rejectedClauses() {
		return Collections.unmodifiableSet(rejectedClauses);
	}

	public void issue(SourceLocation where, String message) {
		issues.add(new InputIssue(where, message));
	}

	public List<InputIssue> issues() {
		return Collections.unmodifiableList(issues);
	}

	/** Where an earlier piece of input was, relative to this file: "line 7", "sheet 表5, row 9", "line 3, column 5". */
	public static String describe(SourceLocation where) {
		if (where.sheet() != null) {
			return "sheet " + where.sheet() + (where.row() > 0 ? ", row " + where.row() : "");
		}
		if (where.line() <= 0) {
			return where.file();
		}
		return "line " + where.line() + (where.column() > 0 ? ", column " + where.column() : "");
	}

	/** Splits a tailored list as typed into a cell or a comment line: separated by ; ； , ， or 、. */
	public static List<String> splitTailored(String value) {
		List<String> ids = new ArrayList<>();
		for (String part : value.split("[;；,，、]")) {
			String id = part.strip();
			if (!id.isEmpty()) {
				ids.add(id);
			}
		}
		return ids;
	}
}
