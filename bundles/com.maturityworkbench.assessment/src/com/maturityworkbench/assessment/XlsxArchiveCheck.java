package com.maturityworkbench.assessment;

import static com.maturityworkbench.assessment.ReaderMessages.M;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks an XLSX workbook's ZIP archive before any XML of it is parsed: every entry can be inflated (a truncated or
 * damaged archive is said to be one), the entries inflate to at most {@value #MAX_INFLATED_MB} MB together (a
 * "ZIP bomb" is refused before it fills the memory), and no XML part declares a document type ({@code <!DOCTYPE}):
 * spreadsheet programs never write one, and entity declarations are how an "XML bomb" expands.
 */
final class XlsxArchiveCheck {
	/** The full draft's XLSX template inflates to a few MB. */
	static final int MAX_INFLATED_MB = 128;
	private static final long MAX_INFLATED = MAX_INFLATED_MB * 1024L * 1024;
	/** A document type declaration stands before the root element: at the start of the part. */
	private static final int PROLOGUE = 4096;

	private XlsxArchiveCheck() {
	}

	/**
	 * @param path the workbook (read through its central directory, as spreadsheet programs do; the sizes it declares are
	 *            not trusted: every entry is inflated and counted)
	 */
	static void check(Path path, String file) throws AssessmentInputException {
		SourceLocation where = SourceLocation.file(file);
		long inflated = 0;
		byte[] buffer = new byte[65536];
		try (ZipFile zip = new ZipFile(path.toFile())) {
			if (zip.size() == 0) {
				throw new AssessmentInputException(new InputIssue(where, M.text("xlsx.damaged")));
			}
			for (ZipEntry entry : Collections.list(zip.entries())) {
				String name = entry.getName().toLowerCase(Locale.ROOT);
				boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
				byte[] prologue = new byte[PROLOGUE];
				int prologueLength = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
						if (xml && prologueLength < PROLOGUE) {
							int take = Math.min(n, PROLOGUE - prologueLength);
							System.arraycopy(buffer, 0, prologue, prologueLength, take);
							prologueLength += take;
						}
						inflated += n;
						if (inflated > MAX_INFLATED) {
							throw new AssessmentInputException(new InputIssue(where, M.text("xlsx.inflates-too-large", MAX_INFLATED_MB, entry.getName())));
						}
					}
				}
				if (xml && new String(prologue, 0, prologueLength, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
					throw new AssessmentInputException(new InputIssue(where, M.text("xlsx.doctype", entry.getName())));
				}
			}
		} catch (IOException | IllegalArgumentException | IllegalStateException e) {
			throw new AssessmentInputException(new InputIssue(where, M.text("xlsx.damaged")));
		}
	}

	/** What went wrong while parsing the workbook, in one short line (never the parser's stack or internals). */
	static String reason(Exception e) {
		String message = e.getMessage();
		if (message == null || message.isBlank()) {
			return M.text("xlsx.unreadable.no-detail");
		}
		String line = message.strip().lines().findFirst().orElse("");
		return line.length() <= 100 ? line : line.substring(0, 99) + "…";
	}
}
