package com.maturityworkbench.assessment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An assessment as CSV (the template of {@code mwb generate}, or what a spreadsheet saves from it):
 *
 * <pre>
 * # standard: YS/T XXXXX—XXXX
 * # revision: nonferrous_dt_maturity
 * # status: draft
 * # sector: 冶炼
 * # tailored: 表3.中试验证; 表3.产品设计
 * # scale: 全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0
 * clause_id,table,domain,subdomain,level,label,text,rating
 * 表5.组织建设.一级.1,表5,组织,组织建设,一级,a),"应……",全部满足
 * </pre>
 *
 * Metadata lines come before the header ({@code key: value}, also with a full-width colon; a spreadsheet may append
 * empty fields to them); other {@code #} lines are comments. Only {@code clause_id} and {@code rating} are read from
 * the rows, the other columns are for the assessor. Blank rows are skipped. A row with more non-empty fields than
 * the header has columns is refused (an unquoted comma shifts the rating out of its column). Rows are reported by
 * the line they start on.
 */
public final class CsvAssessmentReader {
	public static final List<String> COLUMNS = List.of("clause_id", "table", "domain", "subdomain", "level", "label", "text", "rating");
	static final String CLAUSE_ID = "clause_id";
	static final String RATING = "rating";

	private CsvAssessmentReader() {
	}

	public static AssessmentRows read(Path path, String file) throws AssessmentInputException {
		TextDecoding.Decoded decoded = TextDecoding.decode(AssessmentFiles.readBytes(path, file), file);
		return read(decoded.text(), file, "CSV, " + decoded.encoding());
	}

	/** Reads decoded CSV text. */
	public static AssessmentRows read(String text, String file, String format) {
		AssessmentRows rows = new AssessmentRows(file, format);
		List<InputIssue> syntax = new ArrayList<>();
		List<CsvParser.Record> records = CsvParser.parse(text, file, syntax);
		syntax.forEach(i -> rows.issue(i.where(), i.message()));
		int idColumn = -1;
		int ratingColumn = -1;
		int width = 0;
		for (CsvParser.Record r : records) {
			SourceLocation where = SourceLocation.csv(file, r.line(), r.row());
			if (r.isBlank()) {
				continue;
			}
			String first = r.field(0).strip();
			if (first.startsWith("#")) {
				if (idColumn < 0) {
					metadata(rows, r, where);
				}
				continue;
			}
			if (idColumn < 0) {
				List<String> header = r.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
				idColumn = header.indexOf(CLAUSE_ID);
				ratingColumn = header.indexOf(RATING);
				if (idColumn < 0 || ratingColumn < 0) {
					rows.issue(where, "expected the header row " + String.join(",", COLUMNS) + " (at least clause_id and rating), found \""
							+ abbreviate(String.join(",", r.fields())) + "\"" + (r.fields().size() == 1 && first.contains(";")
									? "; the fields are separated by semicolons, save the file as CSV with commas" : ""));
					return rows;
				}
				width = lastNonEmpty(r.fields()) + 1;
				continue;
			}
			String clauseId = r.field(idColumn).strip();
			int used = lastNonEmpty(r.fields()) + 1;
			if (used > width) {
				rows.issue(where, "the row has " + used + " columns, the header " + width + " (extra: \"" + abbreviate(String.join(",",
						r.fields().subList(width, used))) + "\"); a comma inside a field needs the field in double quotes");
				rows.reject(clauseId);
				continue;
			}
			if (r.fields().size() <= Math.max(idColumn, ratingColumn)) {
				rows.issue(where, "the row has " + r.fields().size() + " columns, the header " + width + "; the rating column is missing");
				rows.reject(clauseId);
				continue;
			}
			rows.addRow(clauseId, new AssessmentRows.Rating(r.field(ratingColumn).strip(), null), where);
		}
		if (idColumn < 0) {
			rows.issue(rows.fileLocation(), "no header row " + String.join(",", COLUMNS) + " (at least clause_id and rating)");
		}
		return rows;
	}

	/** {@code # key: value} — the value is the rest of the record (a spreadsheet splits it at unquoted commas). */
	private static void metadata(AssessmentRows rows, CsvParser.Record r, SourceLocation where) {
		List<String> parts = new ArrayList<>(r.fields().subList(0, lastNonEmpty(r.fields()) + 1));
		String line = String.join(",", parts).strip().substring(1).strip();
		int colon = indexOfColon(line);
		if (colon < 0) {
			return; // a comment
		}
		String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
		String value = line.substring(colon + 1).strip();
		if (!AssessmentRows.KEYS.contains(key)) {
			return;
		}
		rows.put(key, value, where);
		if (key.equals(AssessmentRows.TAILORED)) {
			for (String id : AssessmentRows.splitTailored(value)) {
				rows.addTailored(id, where);
			}
		}
	}

	static int indexOfColon(String s) {
		int a = s.indexOf(':');
		int b = s.indexOf('：');
		return a < 0 ? b : b < 0 ? a : Math.min(a, b);
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
