package com.maturityworkbench.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.cli.MwbCommand;
import com.maturityworkbench.scoring.i18n.Language;
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

	/** Runs mwb in the language the test set ({@code --lang} added unless given: mwb is Chinese by default). */
	static Run run(String... args) {
		if (List.of(args).stream().noneMatch(a -> a.equals("--lang") || a.startsWith("--lang="))) {
			List<String> withLanguage = new ArrayList<>(List.of("--lang", Language.current().code()));
			withLanguage.addAll(List.of(args));
			args = withLanguage.toArray(String[]::new);
		}
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
