package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The wrapped fastexcel bundles and their optional dependencies resolve in OSGi: write a workbook, read it back. */
class XlsxRuntimeTest {
	@Test
	void workbookRoundTripsChineseTextAndNumbers() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Workbook wb = new Workbook(bytes, "mwb", "0.1");
		Worksheet ws = wb.newWorksheet("表5");
		ws.value(0, 0, "组织建设");
		ws.value(0, 1, 0.8);
		wb.finish();
		try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			Row row = read.findSheet("表5").orElseThrow().read().get(0);
			assertEquals("组织建设", row.getCellText(0));
			assertEquals("0.8", row.getCell(1).getRawValue());
		}
	}
}
