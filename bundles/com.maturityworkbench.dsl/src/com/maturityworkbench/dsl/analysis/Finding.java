package com.maturityworkbench.dsl.analysis;

import com.maturityworkbench.dsl.validation.IssueCodes;

/** One validation finding, located by file, 1-based line and 1-based column in characters. */
public record Finding(String file, int line, int column, Severity severity, String code, String message) {

	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase();
		}
	}

	public String category() {
		return IssueCodes.category(code);
	}

	/** {@code file:line:col: severity: message [code]} */
	public String toLine() {
		return String.format("%s:%d:%d: %s: %s [%s]", file, line, column, severity.label(), message, code);
	}
}
