package com.maturityworkbench.scoring.model;

import java.util.List;
import java.util.Objects;

/**
 * The requirement clauses of one subdomain at one level (one cell of Tables 5-8), as clause ids in printed
 * order. An empty list is an empty cell; {@code emptyReason} is non-null exactly when the revision marks the
 * cell explicitly empty (with that reason). An empty cell without a reason is <em>unmarked</em>.
 */
public record Cell(List<String> clauseIds, String emptyReason) {
	public Cell {
		clauseIds = List.copyOf(Objects.requireNonNull(clauseIds, "clauseIds"));
		if (emptyReason != null && !clauseIds.isEmpty()) {
			throw new IllegalArgumentException("a cell marked empty (" + emptyReason + ") has clauses " + clauseIds);
		}
	}

	public static Cell of(String... clauseIds) {
		return new Cell(List.of(clauseIds), null);
	}

	public static Cell of(List<String> clauseIds) {
		return new Cell(clauseIds, null);
	}

	/** A cell the revision marks explicitly empty, with the reason it states. */
	public static Cell markedEmpty(String reason) {
		return new Cell(List.of(), Objects.requireNonNull(reason, "reason"));
	}

	/** An empty cell the revision does not mark (an error in a final revision, a warning in a draft). */
	public static Cell unmarkedEmpty() {
		return new Cell(List.of(), null);
	}

	public boolean isEmpty() {
		return clauseIds.isEmpty();
	}

	public boolean isMarkedEmpty() {
		return emptyReason != null;
	}

	public int size() {
		return clauseIds.size();
	}
}
