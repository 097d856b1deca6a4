package com.maturityworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionChecker;

/** {@code mwb validate}: every finding as file:line:col: severity: message [code], then a summary. */
final class ValidateCommand {
	private final PrintStream out;
	private final PrintStream err;

	ValidateCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(Options options) throws InputProblem {
		String format = options.format();
		LoadedRevision loaded = Workspace.load(Workspace.read(options.paths()));
		List<Finding> findings = Workspace.injector().getInstance(RevisionChecker.class).check(loaded);
		if (format.equals("json")) {
			out.println(json(findings));
		} else {
			for (Finding f : findings) {
				out.println(f.toLine());
			}
			out.println(summary(findings, loaded.files().size()));
		}
		return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR) ? MwbCommand.FINDINGS : MwbCommand.OK;
	}

	static String summary(List<Finding> findings, int files) {
		long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
		long warnings = findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
		long infos = findings.stream().filter(f -> f.severity() == Finding.Severity.INFO).count();
		Map<String, Integer> byCategory = new TreeMap<>();
		for (Finding f : findings) {
			if (f.severity() != Finding.Severity.INFO) {
				byCategory.merge(f.category(), 1, Integer::sum);
			}
		}
		StringBuilder b = new StringBuilder();
		b.append(String.format("%d file%s: %d error%s, %d warning%s, %d info", files, files == 1 ? "" : "s", errors,
				errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", infos));
		if (!byCategory.isEmpty()) {
			b.append(" — errors and warnings by category: ");
			b.append(String.join(", ", byCategory.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
		}
		return b.toString();
	}

	static String json(List<Finding> findings) {
		JsonArray array = new JsonArray();
		for (Finding f : findings) {
			JsonObject o = new JsonObject();
			o.addProperty("file", f.file());
			o.addProperty("line", f.line());
			o.addProperty("column", f.column());
			o.addProperty("severity", f.severity().label());
			o.addProperty("code", f.code());
			o.addProperty("category", f.category());
			o.addProperty("message", f.message());
			array.add(o);
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array);
	}
}
