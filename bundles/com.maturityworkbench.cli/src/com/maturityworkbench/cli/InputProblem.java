package com.maturityworkbench.cli;

/** Input that cannot be used at all (missing, unreadable, binary, undecodable, too large): exit code 2. */
public final class InputProblem extends Exception {
	private static final long serialVersionUID = 1L;

	public InputProblem(String message) {
		super(message);
	}
}
