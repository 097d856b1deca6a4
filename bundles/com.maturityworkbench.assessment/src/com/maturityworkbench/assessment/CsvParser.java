package com.maturityworkbench.assessment;

import static com.maturityworkbench.assessment.ReaderMessages.M;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: fields separated by commas, a field in double quotes may hold commas, line breaks and doubled
 * quotes; records end with CRLF, LF or CR. Each record knows the physical line it starts on and its record number
 * (the row a spreadsheet shows; they differ once a quoted field has spanned lines). A quote inside an unquoted
 * field is taken literally; text after a closing quote and a quote never closed are issues.
 */
public final class CsvParser {
	/** One record: its fields, the 1-based line it starts on and its 1-based record (spreadsheet row) number. */
	public record Record(List<String> fields, int line, int row) {
		public Record {
			fields = List.copyOf(fields);
		}

		/** True when every field is empty (a blank line, or a row of separators a spreadsheet wrote). */
		public boolean isBlank() {
			return fields.stream().allMatch(String::isBlank);
		}

		public String field(int index) {
			return index < fields.size() ? fields.get(index) : "";
		}
	}

	private final String text;
	private final String file;
	private final List<InputIssue> issues;
	private int pos;
	private int line = 1;

	private CsvParser(String text, String file, List<InputIssue> issues) {
		this.text = text;
		this.file = file;
		this.issues = issues;
	}

	/** Every record of {@code text}; malformed quoting is added to {@code issues} and parsing goes on. */
	public static List<Record> parse(String text, String file, List<InputIssue> issues) {
		return new CsvParser(text, file, issues).records();
	}

	private List<Record> records() {
		List<Record> records = new ArrayList<>();
		int row = 0;
		while (pos < text.length()) {
			row++;
			int startLine = line;
			List<String> fields = new ArrayList<>();
			while (true) {
				fields.add(field(startLine, row));
				if (pos >= text.length()) {
					break;
				}
				char c = text.charAt(pos);
				if (c == ',') {
					pos++;
					continue;
				}
				endOfLine(); // c is CR or LF
				break;
			}
			records.add(new Record(fields, startLine, row));
		}
		return records;
	}

	private String field(int recordLine, int row) {
		StringBuilder sb = new StringBuilder();
		if (pos < text.length() && text.charAt(pos) == '"') {
			int openLine = line;
			pos++;
			while (true) {
				if (pos >= text.length()) {
					issues.add(new InputIssue(SourceLocation.csv(file, recordLine, row),
							M.text("csv.unclosed-quote", openLine)));
					return sb.toString();
				}
				char c = text.charAt(pos);
				if (c == '"') {
					if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
						sb.append('"');
						pos += 2;
						continue;
					}
					pos++;
					break;
				}
				if (c == '\r' || c == '\n') {
					endOfLine();
					sb.append('\n');
					continue;
				}
				sb.append(c);
				pos++;
			}
			if (pos < text.length() && !isSeparator(text.charAt(pos))) {
				issues.add(new InputIssue(SourceLocation.csv(file, line, row),
						M.text("csv.text-after-quote")));
				while (pos < text.length() && !isSeparator(text.charAt(pos))) {
					sb.append(text.charAt(pos++));
				}
			}
			return sb.toString();
		}
		while (pos < text.length() && !isSeparator(text.charAt(pos))) {
			sb.append(text.charAt(pos++));
		}
		return sb.toString();
	}

	private static boolean isSeparator(char c) {
		return c == ',' || c == '\r' || c == '\n';
	}

	/** Consumes one line break (CRLF, LF or CR). */
	private void endOfLine() {
		if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
			pos += 2;
		} else {
			pos++;
		}
		line++;
	}
}
