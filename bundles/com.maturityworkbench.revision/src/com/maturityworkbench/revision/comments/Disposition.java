package com.maturityworkbench.revision.comments;

import java.util.Optional;

/**
 * How the drafters dispose of a comment (处理意见), in the committee's own words, which are the file format's
 * keywords whatever the language of the messages.
 */
public enum Disposition {
	ACCEPTED("采纳"), PARTLY_ACCEPTED("部分采纳"), REJECTED("不采纳"), PENDING("待定");

	private final String keyword;

	Disposition(String keyword) {
		this.keyword = keyword;
	}

	/** The word written in a comments file and in the 汇总处理表. */
	public String keyword() {
		return keyword;
	}

	/** Its name in the current language (the keyword itself in Chinese). */
	public String displayName() {
		return CommentMessages.M.text("disposition." + name());
	}

	/** Whether a change of the next revision answers a comment so disposed of. */
	public boolean isAnsweredByChange() {
		return this == ACCEPTED || this == PARTLY_ACCEPTED;
	}

	/** The disposition a cell names (spaces around it ignored); empty for any other text. */
	public static Optional<Disposition> of(String text) {
		String t = text == null ? "" : text.strip();
		for (Disposition d : values()) {
			if (d.keyword.equals(t)) {
				return Optional.of(d);
			}
		}
		return Optional.empty();
	}
}
