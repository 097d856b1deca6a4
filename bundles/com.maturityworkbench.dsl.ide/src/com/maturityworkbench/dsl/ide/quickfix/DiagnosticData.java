package com.maturityworkbench.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;

/**
 * The data strings of a finding as a diagnostic carries them: a {@code String[]} in process (the Issue's data, as
 * Xtext's language server also puts it), a JSON array when the diagnostic came back from a language client.
 */
final class DiagnosticData {
	private DiagnosticData() {
	}

	static List<String> read(Object data) {
		List<String> result = new ArrayList<>();
		if (data instanceof String[] strings) {
			result.addAll(List.of(strings));
		} else if (data instanceof JsonElement json && json.isJsonArray()) {
			for (JsonElement e : json.getAsJsonArray()) {
				result.add(e == null || e.isJsonNull() ? null : e.isJsonPrimitive() ? e.getAsString() : e.toString());
			}
		} else if (data instanceof Iterable<?> items) {
			for (Object o : items) {
				result.add(o == null ? null : o.toString());
			}
		} else if (data instanceof String single) {
			result.add(single);
		}
		return result;
	}
}
