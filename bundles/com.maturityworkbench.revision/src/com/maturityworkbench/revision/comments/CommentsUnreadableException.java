package com.maturityworkbench.revision.comments;

/** A comments file that cannot be read at all (not a CSV or XLSX file, undecodable text, no header): the message names it. */
public final class CommentsUnreadableException extends Exception {
	private static final long serialVersionUID = 1L;

	public CommentsUnreadableException(String message) {
		super(message);
	}
}
