package com.maturityworkbench.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line arguments: paths, and --name value options. */
public record Options(List<String> paths, Map<String, String> values) {
	private static final Set<String> KNOWN = Set.of("format", "rounds", "out", "scoring", "progressive");

	public static Options parse(List<String> args) throws InputProblem {
		List<String> paths = new ArrayList<>();
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.startsWith("--")) {
				String name = a.substring(2);
				String value;
				int eq = name.indexOf('=');
				if (eq >= 0) {
					value = name.substring(eq + 1);
					name = name.substring(0, eq);
				} else if (i + 1 < args.size()) {
					value = args.get(++i);
				} else {
					throw new InputProblem("option --" + name + " needs a value");
				}
				if (!KNOWN.contains(name)) {
					throw new InputProblem("unknown option --" + name);
				}
				values.put(name, value);
			} else {
				paths.add(a);
			}
		}
		return new Options(paths, values);
	}

	public String format() throws InputProblem {
		String f = values.getOrDefault("format", "text");
		if (!f.equals("text") && !f.equals("json")) {
			throw new InputProblem("--format must be text or json, not '" + f + "'");
		}
		return f;
	}

	public int intValue(String name, int fallback) throws InputProblem {
		String v = values.get(name);
		if (v == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(v);
		} catch (NumberFormatException e) {
			throw new InputProblem("--" + name + " must be a whole number, not '" + v + "'");
		}
	}
}
