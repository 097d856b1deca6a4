package com.maturityworkbench.generator;

/**
 * Generation cannot be done as asked: no Java compiler in this Java runtime, an output folder that holds files
 * mwb did not write, a revision that cannot be turned into a scoring model. The message says what to do.
 */
public class GenerationException extends Exception {
	private static final long serialVersionUID = 1L;

	public GenerationException(String message) {
		super(message);
	}

	public GenerationException(String message, Throwable cause) {
		super(message, cause);
	}
}
