package com.maturityworkbench.assessment.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The tailored subdomains as one text (a CSV metadata line, an information-sheet cell, or a JSON text): the
 * templates write the ids separated by {@value #SEPARATOR}; readers also accept the full-width semicolon, commas
 * and the enumeration comma 、 an assessor may type.
 */
public final class TailoredList {
	public static final String SEPARATOR = "; ";
	private static final String SEPARATORS = "[;；,，、]";

	private TailoredList() {
	}

	public static String join(List<String> ids) {
		return String.join(SEPARATOR, ids);
	}

	/** The non-empty entries of {@code value}, trimmed, in order. */
	public static List<String> split(String value) {
		List<String> ids = new ArrayList<>();
		for (String part : value.split(SEPARATORS)) {
			String id = part.strip();
			if (!id.isEmpty()) {
				ids.add(id);
			}
		}
		return ids;
	}
}
