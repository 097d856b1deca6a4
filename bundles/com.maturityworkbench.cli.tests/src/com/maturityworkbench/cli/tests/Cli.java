package com.maturityworkbench.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.cli.MwbCommand;
import com.maturityworkbench.scoring.json.JsonReader;

/** Runs the mwb command line in-process and captures exit code, stdout and stderr. */
final class Cli {
	record Run(int exit, String out, String err) {
		/** stdout parsed as JSON (for --format json). */
		@SuppressWarnings("unchecked")
		Map<String, Object> json() {
			return (Map<String, Object>) JsonReader.parse(out);
		}

		/** stderr lines. */
		List<String> errLines() {
			return err.isEmpty() ? List.of() : List.of(err.split("\n"));
		}
	}

	private Cli() {
	}

	static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new MwbCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static Run score(Path model, Path assessment, String... options) {
		List<String> args = new ArrayList<>(List.of("score", model.toString(), assessment.toString()));
		args.addAll(List.of(options));
		return run(args.toArray(String[]::new));
	}
}
