package com.maturityworkbench.revision.compare;

import com.maturityworkbench.revision.compare.ClauseMapping.ClausePlace;

/**
 * A changed piece of a cell's context: its lead-in, a note of the cell or of one of its clauses (then {@code label}
 * names the clause), or its being marked empty. Old or new text is null where the piece is absent on that side.
 */
public record ContextChange(Kind kind, ClausePlace place, String label, String oldText, String newText, TextDiff text) {
	public enum Kind {
		LEAD_IN, NOTE, EMPTY
	}
}
