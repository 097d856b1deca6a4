package com.maturityworkbench.dsl.ide.highlighting;

import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/**
 * The style ids of the language's highlighting, lexical and semantic. An editor maps each id to its colours; the ids
 * of {@link HighlightingStyles} (keyword, string, number, comment, punctuation, invalid token, default) are used too.
 */
public final class MaturityHighlightingStyles {
	/** A percentage as the standard writes it: {@code 3%}, {@code 2.5%} (lexical). */
	public static final String PERCENTAGE = "percentage";
	/** A clause label as printed: {@code a)}, {@code b）}, {@code 1.} (lexical). */
	public static final String LABEL = "label";

	/** The standard's name, declared or after {@code part of}. */
	public static final String STANDARD = "standard";
	/** A level (一级 … 五级), declared or referenced by a cell or a band. */
	public static final String LEVEL = "level";
	/** A rating of the scale (全部满足 …). */
	public static final String RATING = "rating";
	/** A part (基础共性, 行业特性), declared or referenced by a table. */
	public static final String PART = "part";
	/** A sector (采选, 冶炼, 加工), declared or referenced by a table. */
	public static final String SECTOR = "sector";
	/** The name of a weight or requirement table (表1 … 表8). */
	public static final String TABLE = "table";
	/** The name of a domain (能力域). */
	public static final String DOMAIN = "domain";
	/** The name of a subdomain (能力子域): a weighted subdomain or the subdomain a requirement row names. */
	public static final String SUBDOMAIN = "subdomain";
	/** The topic of a clause: {@code 组织结构} in {@code a) 组织结构。"…"}. */
	public static final String TOPIC = "topic";
	/** The reason given for an intentionally empty cell. */
	public static final String EMPTY_REASON = "emptyReason";

	private MaturityHighlightingStyles() {
	}
}
