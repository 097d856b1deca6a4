package com.maturityworkbench.scoring.json;

import static com.maturityworkbench.scoring.i18n.RuntimeMessages.M;

/** Malformed JSON input, located by 1-based line and column (columns count Unicode code points). */
public class JsonException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final int line;
	private final int column;
	private final String detail;

	public JsonException(int line, int column, String detail) {
		super(M.text("json.at", line, column, detail));
		this.line = line;
		this.column = column;
		this.detail = detail;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}

	/** The message without the location. */
	public String detail() {
		return detail;
	}
}
