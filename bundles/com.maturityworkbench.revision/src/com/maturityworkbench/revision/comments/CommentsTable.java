package com.maturityworkbench.revision.comments;

import java.util.ArrayList;
import java.util.List;

import com.maturityworkbench.revision.comments.CommentRound.ResolvedComment;

/**
 * The 征求意见汇总处理表 as rows of text in the columns of {@link CommentColumns#SUMMARY_TABLE}, one row per comment in
 * the order of the files: what every writer of the table (XLSX, DOCX) prints. 意见内容 holds the comment and, on a line
 * of its own, the proposed change; 处理意见 the disposition's keyword.
 */
public final class CommentsTable {
	private CommentsTable() {
	}

	public static List<List<String>> rows(CommentRound round) {
		List<List<String>> rows = new ArrayList<>();
		for (ResolvedComment r : round.comments()) {
			Comment c = r.comment();
			String content = c.proposal().isBlank() ? c.content()
					: c.content() + "\n" + CommentColumns.PROPOSAL + "：" + c.proposal();
			rows.add(List.of(c.number(), c.reference(), content, c.unit(), c.disposition() == null ? "" : c.disposition().keyword(), c.reason()));
		}
		return rows;
	}

	/** The title printed above the table. */
	public static String title(String standardTitle, String revisionLabel) {
		return standardTitle + "（" + revisionLabel + "）" + CommentColumns.SUMMARY_TABLE_NAME;
	}
}
