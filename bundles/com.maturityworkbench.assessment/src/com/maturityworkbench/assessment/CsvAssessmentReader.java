package com.maturityworkbench.assessment;

import static com.maturityworkbench.assessment.ReaderMessages.M;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.maturityworkbench.assessment.layout.CsvLayout;
import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.assessment.layout.PanelColumns;
import com.maturityworkbench.assessment.layout.RequirementColumn;

/**
 * An assessment as CSV ({@link CsvLayout}), the template of {@code mwb generate} or what a spreadsheet saves from it,
 * of any layout up to {@link LayoutVersion#CURRENT}. Metadata lines come before the header (a spreadsheet may append
 * empty fields to them); other {@code #} lines are comments; the Chinese header row of layout 4 is skipped. Only
 * {@code clause_id}, {@code rating} and (layout 4) {@code evidence} are read from the rows, the other columns are for
 * the assessor. Blank rows are skipped. A row with more non-empty fields than
 * the header has columns is refused (an unquoted comma shifts the rating out of its column). Rows are reported by
 * the line they start on.
 */
public final class CsvAssessmentReader {
	private CsvAssessmentReader() {
	}

	public static AssessmentRows read(Path path, String file) throws AssessmentInputException {
		TextDecoding.Decoded decoded = TextDecoding.decode(AssessmentFiles.readBytes(path, file), file);
		return read(decoded.text(), file, "CSV, " + decoded.encoding());
	}

	/**
	 * Reads decoded CSV text.
	 *
	 * @throws AssessmentInputException when its layout marker is unusable or names a newer layout, or when it has no
	 *             header row (then no row can be read)
	 */
	public static AssessmentRows read(String text, String file, String format) throws AssessmentInputException {
		AssessmentRows rows = new AssessmentRows(file, format);
		List<InputIssue> syntax = new ArrayList<>();
		List<CsvParser.Record> records = CsvParser.parse(text, file, syntax);
		syntax.forEach(i -> rows.issue(i.where(), i.message()));
		int idColumn = -1;
		int ratingColumn = -1;
		int evidenceColumn = -1;
		List<Integer> panelColumns = List.of();
		int width = 0;
		for (CsvParser.Record r : records) {
			SourceLocation where = SourceLocation.csv(file, r.line(), r.row());
			if (r.isBlank()) {
				continue;
			}
			String first = r.field(0).strip();
			if (first.startsWith(CsvLayout.COMMENT)) {
				if (idColumn < 0) {
					metadata(rows, r, where);
				}
				continue;
			}
			if (idColumn < 0) {
				LayoutVersion layout = rows.resolveLayout();
				if (RequirementColumn.isChineseHeader(r.fields())) {
					continue; // layout 4: the Chinese names of the columns, for the assessor
				}
				if (!RequirementColumn.isHeader(r.fields())) {
					String found = abbreviate(String.join(",", r.fields()));
					boolean semicolons = r.fields().size() == 1 && first.contains(";");
					rows.issue(where, M.text(semicolons ? "csv.header-semicolons" : "csv.header-expected", RequirementColumn.headerLine(layout), found));
					throw new AssessmentInputException(rows.issues()); // no row can be read: nothing more to say
				}
				Optional<RequirementColumn.Repeated> repeated = RequirementColumn.repeatedReadColumn(r.fields());
				if (repeated.isPresent()) {
					rows.issue(where, M.text("header.column-twice", repeated.get().column().header(), ReaderMessages.list(repeated.get().positions().stream().map(String::valueOf).toList())));
					throw new AssessmentInputException(rows.issues()); // which column holds the ratings cannot be told
				}
				idColumn = RequirementColumn.CLAUSE_ID.indexIn(r.fields());
				ratingColumn = RequirementColumn.RATING.indexIn(r.fields());
				evidenceColumn = RequirementColumn.EVIDENCE.indexIn(r.fields());
				panelColumns = PanelColumns.indicesIn(r.fields());
				width = lastNonEmpty(r.fields()) + 1;
				continue;
			}
			String clauseId = r.field(idColumn).strip();
			int used = lastNonEmpty(r.fields()) + 1;
			if (used > width) {
				rows.issue(where, M.text("csv.extra-columns", used, width, abbreviate(String.join(",", r.fields().subList(width, used)))));
				rows.reject(clauseId);
				continue;
			}
			if (r.fields().size() <= Math.max(idColumn, ratingColumn)) {
				rows.issue(where, M.text("csv.no-rating-column", r.fields().size(), width));
				rows.reject(clauseId);
				continue;
			}
			rows.addRow(clauseId, new AssessmentRows.Rating(r.field(ratingColumn).strip(), null), where);
			if (evidenceColumn >= 0 && evidenceColumn < r.fields().size()) {
				rows.addEvidence(clauseId, r.field(evidenceColumn));
			}
			List<AssessmentRows.Rating> panel = new ArrayList<>();
			for (int c : panelColumns) {
				panel.add(new AssessmentRows.Rating(c < r.fields().size() ? r.field(c).strip() : "", null));
			}
			rows.addPanel(clauseId, panel);
		}
		if (idColumn < 0) {
			LayoutVersion layout = rows.resolveLayout();
			rows.issue(rows.fileLocation(), M.text("csv.no-header", RequirementColumn.headerLine(layout)));
			throw new AssessmentInputException(rows.issues());
		}
		return rows;
	}

	/** {@code # key: value} — the value is the rest of the record (a spreadsheet splits it at unquoted commas). */
	private static void metadata(AssessmentRows rows, CsvParser.Record r, SourceLocation where) {
		String line = String.join(",", r.fields().subList(0, lastNonEmpty(r.fields()) + 1));
		Optional<CsvLayout.Metadata> m = CsvLayout.metadata(line);
		m.ifPresent(kv -> rows.putWithTailoring(kv.key(), kv.value(), where));
	}

	private static int lastNonEmpty(List<String> fields) {
		for (int i = fields.size() - 1; i >= 0; i--) {
			if (!fields.get(i).isBlank()) {
				return i;
			}
		}
		return -1;
	}

	static String abbreviate(String s) {
		String one = s.replace('\n', ' ').replace('\r', ' ');
		return one.length() <= 60 ? one : one.substring(0, 57) + "…";
	}
}
