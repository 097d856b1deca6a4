package com.maturityworkbench.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The files of the bad-assessment corpus that are made by the test instead of committed: too large (50 MB), too
 * deep (JSON nested 100,000 levels), a workbook cut in half, an "XML bomb" and a "ZIP bomb" workbook. Each is made
 * from a committed valid file of the corpus.
 */
final class MadeFiles {
	static final String LARGE = "large-50mb.csv";
	static final String DEEP = "nested-100000.json";
	static final String TRUNCATED = "truncated.xlsx";
	static final String XML_BOMB = "xml-bomb.xlsx";
	static final String ZIP_BOMB = "zip-bomb.xlsx";

	private MadeFiles() {
	}

	static void make(Path corpus) throws IOException {
		byte[] csv = Files.readAllBytes(corpus.resolve("valid-utf8.csv"));
		try (OutputStream out = Files.newOutputStream(corpus.resolve(LARGE))) {
			out.write(csv);
			byte[] comment = ("# " + "填充".repeat(500) + "\n").getBytes(StandardCharsets.UTF_8);
			for (long written = csv.length; written < 50L * 1024 * 1024; written += comment.length) {
				out.write(comment);
			}
		}
		int depth = 100_000;
		Files.writeString(corpus.resolve(DEEP), "[".repeat(depth) + "]".repeat(depth), StandardCharsets.UTF_8);
		byte[] xlsx = Files.readAllBytes(corpus.resolve("valid.xlsx"));
		Files.write(corpus.resolve(TRUNCATED), Arrays.copyOf(xlsx, xlsx.length / 2));
		byte[] bomb = billionLaughs();
		Files.write(corpus.resolve(XML_BOMB), replaced(xlsx, "xl/worksheets/sheet2.xml", out -> out.write(bomb)));
		Files.write(corpus.resolve(ZIP_BOMB), replaced(xlsx, "xl/worksheets/sheet3.xml", out -> spaces(out, 200)));
	}

	/** The classic entity expansion: ten levels of ten references each, 10¹⁰ times "lol" if a parser expands it. */
	private static byte[] billionLaughs() {
		StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [\n<!ENTITY lol0 \"lol\">\n");
		for (int i = 1; i <= 10; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
		}
		dtd.append("]>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">")
				.append("<c r=\"A1\" t=\"inlineStr\"><is><t>&lol10;</t></is></c></row></sheetData></worksheet>");
		return dtd.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A worksheet part that inflates to {@code megabytes} MB (spaces compress a thousandfold). */
	private static void spaces(OutputStream out, int megabytes) throws IOException {
		byte[] chunk = new byte[1024 * 1024];
		Arrays.fill(chunk, (byte) ' ');
		for (int i = 0; i < megabytes; i++) {
			out.write(chunk);
		}
	}

	interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** The workbook with one part replaced. */
	private static byte[] replaced(byte[] xlsx, String part, Content content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx)); ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(e.getName()));
				if (e.getName().equals(part)) {
					content.writeTo(out);
				} else {
					out.write(in.readAllBytes());
				}
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
