package com.maturityworkbench.revision.comments;

import java.util.List;

/**
 * The columns of a comments file as the committee collects them (read by {@link CommentsReader}), and the columns of
 * the 征求意见汇总处理表 written from them ({@link CommentsTableXlsx}): the one declaration of both. Headers are the
 * file format's keywords, Chinese whatever the language of the messages.
 */
public final class CommentColumns {
	public static final String NUMBER = "序号";
	public static final String UNIT = "提出单位";
	public static final String REFERENCE = "章条编号/表格行";
	public static final String CONTENT = "意见内容";
	public static final String PROPOSAL = "修改建议";
	public static final String DISPOSITION = "处理意见";
	public static final String REASON = "理由";

	/** The columns a comments file has, in the usual order (a file may order them otherwise). */
	public static final List<String> INPUT = List.of(NUMBER, UNIT, REFERENCE, CONTENT, PROPOSAL, DISPOSITION, REASON);

	/** The header of the reference column in the 汇总处理表. */
	public static final String TABLE_REFERENCE = "章条编号";

	/** The columns of the 征求意见汇总处理表, in order. */
	public static final List<String> SUMMARY_TABLE = List.of(NUMBER, TABLE_REFERENCE, CONTENT, UNIT, DISPOSITION, REASON);

	/** The name of the folder beside a revision's files that holds its comments files. */
	public static final String FOLDER = "comments";

	/** The name (without extension) of the 汇总处理表 files written. */
	public static final String SUMMARY_TABLE_NAME = "征求意见汇总处理表";

	private CommentColumns() {
	}

	/** A header cell as written, matched to a column: spaces and a full-width slash ignored. */
	static String normalizeHeader(String header) {
		return header == null ? "" : header.strip().replace('／', '/').replace(" ", "").replace("\u3000", "");
	}
}
