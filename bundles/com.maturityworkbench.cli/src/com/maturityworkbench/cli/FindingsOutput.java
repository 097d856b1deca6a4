package com.maturityworkbench.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.maturityworkbench.dsl.analysis.Finding;

/**
 * Findings as mwb prints them: one line each, {@code file:line:col: severity: message [code]} (the severity words
 * error/warning/info and the codes stay ASCII, as compilers print them, for tools that parse them), then a summary
 * line in the current language; or a JSON array (machine format: keys and values as they are).
 */
final class FindingsOutput {
	private FindingsOutput() {
	}

	/** {@code 6 个文件：0 个错误，153 个警告，64 个提示 — 错误和警告按类别：coverage 26, labels 43, …} */
	static String summary(List<Finding> findings, int files) {
		long errors = count(findings, Finding.Severity.ERROR);
		long warnings = count(findings, Finding.Severity.WARNING);
		long infos = count(findings, Finding.Severity.INFO);
		Map<String, Integer> byCategory = new TreeMap<>();
		for (Finding f : findings) {
			if (f.severity() != Finding.Severity.INFO) {
				byCategory.merge(f.category(), 1, Integer::sum);
			}
		}
		String line = CliMessages.M.text("summary", CliMessages.counted("summary.files", files, files),
				CliMessages.counted("summary.errors", errors, errors), CliMessages.counted("summary.warnings", warnings, warnings),
				CliMessages.counted("summary.infos", infos, infos));
		if (byCategory.isEmpty()) {
			return line;
		}
		return line + CliMessages.M.text("summary.by-category",
				String.join(", ", byCategory.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
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

	private static long count(List<Finding> findings, Finding.Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}
}
