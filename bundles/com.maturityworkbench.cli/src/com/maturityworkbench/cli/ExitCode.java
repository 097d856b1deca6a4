package com.maturityworkbench.cli;

/** The exit codes of mwb: what a script or a build may rely on. */
public enum ExitCode {
	/** Done; no finding of severity error (warnings and infos may have been printed). */
	OK(0),
	/** Errors found: findings of severity error (syntax errors included), or a revision refused for them. */
	ERRORS(1),
	/** {@code mwb diff}: the two revisions differ (as {@code diff} exits 1 when its files differ). */
	DIFFERENT(1),
	/**
	 * Unusable input: a missing, binary, undecodable or oversized file, a file that is not a revision file, an
	 * unusable assessment, an unknown command or option, a bad option value, a missing argument.
	 */
	UNUSABLE_INPUT(2),
	/** A defect of mwb itself, reported on one line (never a stack trace). */
	INTERNAL_ERROR(3);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}
}
