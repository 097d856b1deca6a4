package com.maturityworkbench.assessment;

import static com.maturityworkbench.assessment.ReaderMessages.M;

import java.util.Objects;

/**
 * Where a piece of assessment input sits, as a drafter finds it again: {@code file:line} in a CSV file (with the
 * spreadsheet row when a quoted field spans lines), {@code file:line:column} in a JSON file, the sheet and row in a
 * workbook ({@code book.xlsx: 工作表“表6”第 7 行}), or just the file. Lines, rows and columns are 1-based; 0 means
 * "not given".
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

	/** Whether this is the whole file rather than a place in it. */
	public boolean isFile() {
		return line <= 0 && row <= 0 && sheet == null;
	}

	/** The place within the file, in words: 第 7 行, 第 3 行第 5 列, 工作表“表5”第 9 行; the file name for the whole file. */
	public String describe() {
		if (sheet != null) {
			return row > 0 ? M.text("where.sheet-row", sheet, row) : M.text("where.sheet", sheet);
		}
		if (line <= 0) {
			return file;
		}
		return column > 0 ? M.text("where.line-column", line, column) : M.text("where.line", line);
	}

	/** {@code file:line}, {@code file:line:column}, {@code file: 工作表“表6”第 7 行} or {@code file}: the prefix of an issue. */
	@Override
	public String toString() {
		if (sheet != null) {
			return file + ": " + describe();
		}
		if (line <= 0) {
			return file;
		}
		if (column > 0) {
			return file + ":" + line + ":" + column;
		}
		return row > 0 && row != line ? M.text("where.csv-row", file, line, row) : file + ":" + line;
	}
}
