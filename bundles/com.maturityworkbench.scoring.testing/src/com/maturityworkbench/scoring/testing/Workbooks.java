package com.maturityworkbench.scoring.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Workbooks as a test spells them out: sheets in the order first named, each a list of rows, each row a list of
 * cells — a {@link String} (a text cell), a {@link BigDecimal} (a number cell), a {@link Boolean} (a boolean cell) or
 * null (no cell). What the rows say (the layout of an assessment workbook) is the caller's; this only writes them.
 */
public final class Workbooks {
	private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

	public static Workbooks create() {
		return new Workbooks();
	}

	/** Whether a sheet of that name has rows. */
	public boolean has(String sheet) {
		return sheets.containsKey(sheet);
	}

	/** Appends a row to {@code sheet} (created on first use). */
	public Workbooks row(String sheet, List<?> cells) {
		sheets.computeIfAbsent(sheet, s -> new ArrayList<>()).add(new ArrayList<>(cells));
		return this;
	}

	/** The XLSX bytes. */
	public byte[] write() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook wb = new Workbook(bytes, "MaturityWorkbench tests", "1.0");
			sheets.forEach((name, rows) -> {
				Worksheet ws = wb.newWorksheet(name);
				for (int r = 0; r < rows.size(); r++) {
					List<Object> cells = rows.get(r);
					for (int c = 0; c < cells.size(); c++) {
						Object cell = cells.get(c);
						if (cell instanceof BigDecimal n) {
							ws.value(r, c, n);
						} else if (cell instanceof Boolean b) {
							ws.value(r, c, b);
						} else if (cell != null) {
							ws.value(r, c, cell.toString());
						}
					}
				}
			});
			wb.finish();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}
}
