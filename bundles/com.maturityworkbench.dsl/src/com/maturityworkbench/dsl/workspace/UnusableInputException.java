package com.maturityworkbench.dsl.workspace;

/**
 * Input that cannot be used at all: a missing file or folder, a file that is not a revision file, binary or
 * undecodable text, a file over the size limit, a folder without revision files, an argument that names no revision
 * or several. The message names the file and says what is wrong, in the current language; a front end prints it as
 * it is (the command line exits 2).
 */
public final class UnusableInputException extends Exception {
	private static final long serialVersionUID = 1L;

	public UnusableInputException(String message) {
		super(message);
	}
}
