package com.maturityworkbench.revision.comments;

/**
 * What a comment's reference (章条编号/表格行) points to in the revision it comments on: a chapter or rule table (9.2,
 * 表10), a weight or requirement table, a subdomain's row of a table, one cell (row and level), or one clause. Fields
 * that do not apply to the kind are null; {@code group} is the table group (see
 * {@link com.maturityworkbench.revision.compare.RevisionOutline.TableGroup}), {@code subdomain} the row's name without
 * drafting notes.
 */
public record CommentTarget(Kind kind, String chapter, String group, String table, String subdomain, String level, String clauseId) {
	public enum Kind {
		CHAPTER, TABLE, ROW, CELL, CLAUSE
	}
}
