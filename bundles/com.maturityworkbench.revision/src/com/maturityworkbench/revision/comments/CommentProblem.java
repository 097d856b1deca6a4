package com.maturityworkbench.revision.comments;

import static com.maturityworkbench.revision.comments.CommentMessages.M;

/** A finding of a comments file: the file, its row (0 for the file as a whole) and what is wrong, in the current language. */
public record CommentProblem(String file, int row, String message) {
	/** As printed: {@code comments/征求意见.csv 第 5 行：……}. */
	public String toLine() {
		return row == 0 ? M.text("problem.file", file, message) : M.text("problem.row", file, row, message);
	}
}
