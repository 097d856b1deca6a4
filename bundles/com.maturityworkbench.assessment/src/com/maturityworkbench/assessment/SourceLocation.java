package com.maturityworkbench.assessment;

import java.util.Objects;

/**
 * Where a piece of assessment input sits, as a drafter finds it again: {@code file:line} in a CSV file (with the
 * spreadsheet row when a quoted field spans lines), {@code file:line:column} in a JSON file, {@code file: sheet S,
 * row R} in a workbook, or just the file. Lines, rows and columns are 1-based; 0 means "not given".
 */
public record SourceLocation(String file, String sheet, int line, int row, int column) {
	public SourceLocation {
		Objects.requireNonNull(file, "file");
	}

	public static SourceLocation file(String file) {
		return new SourceLocation(file, null, 0, 0, 0);
	}

	/** A CSV record starting on {@code line}; {@code row} is its record number as a spreadsheet shows it. */
	public static SourceLocation csv(String file, int line, int row) {
		return new SourceLocation(file, null, line, row, 0);
	}

	public static SourceLocation json(String file, int line, int column) {
		return new SourceLocation(file, null, line, 0, column);
	}

	public static SourceLocation sheet(String file, String sheet, int row) {
		return new SourceLocation(file, Objects.requireNonNull(sheet, "sheet"), 0, row, 0);
	}

	@Override
	public String toString() {
		if (sheet != null) {
			return file + ": sheet " + sheet + (row > 0 ? ", row " + row : "");
		}
		if (line <= 0) {
			return file;
		}
		if (column > 0) {
			return file + ":" + line + ":" + column;
		}
		return file + ":" + line + (row > 0 && row != line ? " (spreadsheet row " + row + ")" : "");
	}
}
