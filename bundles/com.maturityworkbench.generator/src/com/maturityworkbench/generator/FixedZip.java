package com.maturityworkbench.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A zip package (an XLSX workbook) made byte-identical for the same content: the same entries in the same order,
 * each with one fixed time, and the creation time fastexcel writes into {@code docProps/core.xml} replaced by the
 * same fixed instant. Generated files depend on the revision only, never on when they were made. The package is read
 * through its central directory (fastexcel streams its entries with sizes in data descriptors).
 */
final class FixedZip {
	/** The time of every entry (the jars use the same: {@link ScoringJar}). */
	static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
	private static final String CORE = "docProps/core.xml";
	private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");
	private static final String FIXED_INSTANT = "2000-01-01T00:00:00Z";

	private FixedZip() {
	}

	@SuppressWarnings("deprecation") // the channel constructor: the builder is not in every commons-compress the target platform may hold
	static byte[] of(byte[] zip) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
		try (ZipFile in = new ZipFile(new SeekableInMemoryByteChannel(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
				byte[] content;
				try (InputStream s = in.getInputStream(e)) {
					content = s.readAllBytes();
				}
				if (e.getName().equals(CORE)) {
					content = CREATED.matcher(new String(content, StandardCharsets.UTF_8)).replaceAll("$1" + FIXED_INSTANT + "$2")
							.getBytes(StandardCharsets.UTF_8);
				}
				ZipEntry fixed = new ZipEntry(e.getName());
				fixed.setTimeLocal(ENTRY_TIME);
				out.putNextEntry(fixed);
				out.write(content);
				out.closeEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}
}
