package com.maturityworkbench.revision.compare;

import com.maturityworkbench.revision.compare.RevisionOutline.ClauseOutline;

/**
 * One entry of the {@link ClauseMap}: a clause of the old revision and its counterpart in the new one (either side
 * null for a clause removed or added), where each stands, and the character-level difference of their rated texts
 * (topic included).
 */
public record ClauseMapping(Status status, ClauseOutline old, ClausePlace oldPlace, ClauseOutline nu, ClausePlace newPlace, TextDiff text) {
	public enum Status {
		/** Same text and label (its id may differ, when a clause before it was added or removed). */
		SAME,
		/** Same text, another label. */
		RELABELLED,
		/** Same row and level, the text rewritten. */
		CHANGED,
		/** In another level or row (its text may be changed too). */
		MOVED,
		/** Only in the old revision. */
		REMOVED,
		/** Only in the new revision. */
		ADDED
	}

	/** Where a clause stands: its table group, requirement table, the domain its row stands under there, subdomain as printed, and level. */
	public record ClausePlace(String group, String table, String domain, String subdomain, String level) {
	}

	public boolean isChange() {
		return status != Status.SAME;
	}

	public boolean textChanged() {
		return text != null && !text.isEqual();
	}

	public boolean labelChanged() {
		return old != null && nu != null && !String.valueOf(old.label()).equals(String.valueOf(nu.label()));
	}

	/** The compared text of a clause: its topic (if any) and its rated text. */
	static String body(ClauseOutline clause) {
		return clause.topic() == null ? clause.text() : clause.topic() + "。" + clause.text();
	}
}
