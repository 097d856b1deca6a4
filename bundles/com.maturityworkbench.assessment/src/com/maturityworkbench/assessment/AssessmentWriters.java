package com.maturityworkbench.assessment;

import static com.maturityworkbench.assessment.ReaderMessages.M;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * Saves assessments in the format their file name says ({@code .json}, {@code .csv}, {@code .xlsx}; a composite
 * enterprise as JSON only), as {@link AssessmentFiles#read} reads them. The file is written whole or not at all: the
 * bytes go to a temporary file beside it, which then replaces it.
 */
public final class AssessmentWriters {
	private AssessmentWriters() {
	}

	/** @throws IllegalArgumentException for a file name of no supported format */
	public static void save(Path file, WrittenAssessment content) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		byte[] bytes;
		if (name.endsWith(".json")) {
			bytes = JsonAssessmentWriter.write(content);
		} else if (name.endsWith(".csv")) {
			bytes = CsvAssessmentWriter.write(content);
		} else if (name.endsWith(".xlsx")) {
			bytes = XlsxAssessmentWriter.write(content);
		} else {
			throw new IllegalArgumentException(M.text("file.unknown-format"));
		}
		replace(file, bytes);
	}

	/** @throws IllegalArgumentException unless the file name ends with {@code .json} */
	public static void saveComposite(Path file, RevisionModel model, CompositeAssessment composite) throws IOException {
		saveComposite(file, model, composite, java.util.Map.of());
	}

	/** A composite enterprise with the evidence of its units (unit name → clause id → text). */
	public static void saveComposite(Path file, RevisionModel model, CompositeAssessment composite, java.util.Map<String, java.util.Map<String, String>> evidence)
			throws IOException {
		saveComposite(file, model, composite, evidence, EnterpriseDetails.NONE);
	}

	/** A composite enterprise with the evidence of its units and the report's details of the enterprise (layout 5). */
	public static void saveComposite(Path file, RevisionModel model, CompositeAssessment composite, java.util.Map<String, java.util.Map<String, String>> evidence,
			EnterpriseDetails details) throws IOException {
		if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
			throw new IllegalArgumentException(M.text("file.composite-json-only"));
		}
		replace(file, JsonAssessmentWriter.writeComposite(model, composite, evidence, details));
	}

	/**
	 * Writes {@code bytes} to {@code file} through a temporary file beside it moved into place: a failure leaves the
	 * file as it was (or absent), never half-written.
	 */
	public static void replace(Path file, byte[] bytes) throws IOException {
		Path target = file.toAbsolutePath();
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
		try {
			Files.write(temporary, bytes);
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
