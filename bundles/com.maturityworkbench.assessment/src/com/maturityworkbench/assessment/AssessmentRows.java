package com.maturityworkbench.assessment;

import static com.maturityworkbench.assessment.ReaderMessages.M;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.assessment.layout.TailoredList;

/**
 * What one single-enterprise assessment file says, before it is checked against a revision: its metadata (the
 * {@link MetadataKey}s, each with where it was written), its tailored subdomains and one entry per clause row, plus the
 * issues of the file format itself. The three readers (CSV, XLSX, JSON) fill it; {@link AssessmentMapper} turns it
 * into the scoring runtime's assessment. Mutable while a reader fills it.
 */
public final class AssessmentRows {
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
			return number != null ? shown(number) : text;
		}
	}

	/** Longer plain forms than this are shown in scientific notation ({@code 1E+400}, not 401 digits). */
	private static final int PLAIN_DIGITS = 24;

	/**
	 * A number as a message shows it: plain ({@code 0.80}, {@code -1}) unless that would be longer than
	 * {@value #PLAIN_DIGITS} characters; the length is worked out without writing the plain form out
	 * ({@code 1e999999999} would take a gigabyte).
	 */
	public static String shown(BigDecimal number) {
		long plainLength = number.scale() <= 0 ? number.precision() - (long) number.scale() : Math.max(number.precision(), number.scale() + 1L) + 1;
		return plainLength <= PLAIN_DIGITS ? number.toPlainString() : number.toString();
	}

	/** One clause row: the clause id, its rating and where the row is. */
	public record Row(String clauseId, Rating rating, SourceLocation where) {
	}

	private final String file;
	private final String format;
	private final Map<MetadataKey, Field> metadata = new EnumMap<>(MetadataKey.class);
	private final List<Tailored> tailored = new ArrayList<>();
	private final List<Row> rows = new ArrayList<>();
	private final Set<String> rejectedClauses = new LinkedHashSet<>();
	private final Map<String, String> evidence = new java.util.LinkedHashMap<>();
	private final Map<String, List<Rating>> panel = new java.util.LinkedHashMap<>();
	private final List<InputIssue> issues = new ArrayList<>();
	private LayoutVersion layout = LayoutVersion.UNMARKED;

	/**
	 * @param file the file as named on the command line (or resolved from a composite)
	 * @param format "CSV, UTF-8", "XLSX", "JSON" … for the report
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
	public void put(MetadataKey key, String value, SourceLocation where) {
		Field before = metadata.get(key);
		if (before != null) {
			issue(where, M.text("metadata.twice", key.key(), before.where().describe()));
			return;
		}
		metadata.put(key, new Field(value, where));
	}

	/** Records a metadata value and, for {@link MetadataKey#TAILORED}, each subdomain of the list it holds. */
	public void putWithTailoring(MetadataKey key, String value, SourceLocation where) {
		put(key, value, where);
		if (key == MetadataKey.TAILORED) {
			TailoredList.split(value).forEach(id -> addTailored(id, where));
		}
	}

	public Field get(MetadataKey key) {
		return metadata.get(key);
	}

	public Map<MetadataKey, Field> metadata() {
		return Collections.unmodifiableMap(metadata);
	}

	/** The layout of the file: the one its marker names, layout 1 without a marker. */
	public LayoutVersion layout() {
		return layout;
	}

	/**
	 * Reads the layout marker once the metadata is complete, before the rows (which a newer layout may arrange
	 * differently).
	 *
	 * @throws AssessmentInputException with that issue alone when the marker is not a layout number, or names a
	 *             layout newer than this reader's
	 */
	public LayoutVersion resolveLayout() throws AssessmentInputException {
		Field marker = metadata.get(MetadataKey.LAYOUT);
		if (marker == null) {
			layout = LayoutVersion.UNMARKED;
			return layout;
		}
		Optional<Integer> number = layoutNumber(marker.value());
		if (number.isEmpty() || number.get() < 1) {
			throw new AssessmentInputException(new InputIssue(marker.where(), M.text("layout.invalid", marker.value().strip(), LayoutVersion.CURRENT.number())));
		}
		Optional<LayoutVersion> known = LayoutVersion.of(number.get());
		if (known.isEmpty()) {
			throw new AssessmentInputException(new InputIssue(marker.where(), M.text("layout.newer", number.get(), LayoutVersion.CURRENT.number())));
		}
		layout = known.get();
		return layout;
	}

	/** "2", " 2 ", "2.0" (a spreadsheet's number cell) → 2; anything else empty. */
	private static Optional<Integer> layoutNumber(String value) {
		try {
			BigDecimal n = new BigDecimal(value.strip());
			return n.stripTrailingZeros().scale() <= 0 ? Optional.of(n.intValueExact()) : Optional.empty();
		} catch (NumberFormatException | ArithmeticException e) {
			return Optional.empty();
		}
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

	/** Layout 4: the evidence and remarks written for a clause (证据/备注); blank texts are not kept. */
	public void addEvidence(String clauseId, String text) {
		if (clauseId != null && !clauseId.isBlank() && text != null && !text.isBlank()) {
			evidence.put(clauseId.strip(), text.strip());
		}
	}

	/** Layout 4: the ratings of the panel's members for a clause, in member order (empty cells included); the first row's kept. */
	public void addPanel(String clauseId, List<Rating> ratings) {
		if (clauseId != null && !clauseId.isBlank() && ratings.stream().anyMatch(r -> !r.isEmpty())) {
			panel.putIfAbsent(clauseId.strip(), List.copyOf(ratings));
		}
	}

	/** Clause id → the panel's ratings as written, for the clauses that have any. */
	public Map<String, List<Rating>> panel() {
		return Collections.unmodifiableMap(panel);
	}

	/** Clause id → evidence and remarks, in file order. */
	public Map<String, String> evidence() {
		return Collections.unmodifiableMap(evidence);
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
}
