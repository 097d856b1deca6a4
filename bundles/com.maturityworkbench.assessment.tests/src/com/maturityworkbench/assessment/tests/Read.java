package com.maturityworkbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.result.ScoreResult;

/** Writes assessment files into a folder and reads them back as {@code mwb score} does, against the {@link ReaderModel}. */
final class Read {
	private Read() {
	}

	static Path write(Path dir, String name, byte[] bytes) {
		try {
			return Files.write(dir.resolve(name), bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code f} as file {@code a.csv} (UTF-8 with BOM), {@code a.xlsx} (ratings as text) or {@code a.json}, by {@code format}. */
	static Path write(Path dir, String format, Filled f) {
		return switch (format) {
		case "csv" -> write(dir, "a.csv", f.csvUtf8WithBom());
		case "xlsx" -> write(dir, "a.xlsx", f.xlsx(false));
		default -> write(dir, "a.json", f.json());
		};
	}

	static Path write(Path dir, String name, String text) {
		return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
	}

	static AssessmentFiles.Input input(Path file) throws AssessmentInputException {
		return AssessmentFiles.read(file, file.toString(), ReaderModel.revisions());
	}

	static AssessmentFiles.SingleInput single(Path file) throws AssessmentInputException {
		return (AssessmentFiles.SingleInput) input(file);
	}

	/** Every issue of a file that cannot be scored, as printed: {@code file:line: message}. */
	static List<String> issues(Path file) {
		AssessmentInputException e = assertThrows(AssessmentInputException.class, () -> input(file));
		return e.issues().stream().map(InputIssue::toString).toList();
	}

	/** {@code file:line:column} of the {@code n}-th (1-based) occurrence of {@code needle} in a JSON text, as the readers locate a member. */
	static String at(Path file, String text, String needle, int n) {
		int index = -1;
		for (int k = 0; k < n; k++) {
			index = text.indexOf(needle, index + 1);
		}
		if (index < 0) {
			throw new IllegalArgumentException(needle);
		}
		String before = text.substring(0, index);
		int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
		int column = before.codePointCount(before.lastIndexOf('\n') + 1, before.length()) + 1;
		return file + ":" + line + ":" + column;
	}

	static String at(Path file, String text, String needle) {
		return at(file, text, needle, 1);
	}

	static ScoreResult score(AssessmentFiles.SingleInput input) {
		return new ScoringEngine(input.model()).score(input.mapped().assessment());
	}

	/** A(一级..五级) exact, e.g. ["1", "1", "2/5", …]. */
	static List<String> levelScores(ScoreResult r) {
		return r.determination().scores().stream().map(Rational::toExactString).toList();
	}
}
