package com.maturityworkbench.scoring.model;

import java.util.List;
import java.util.Objects;

/**
 * A requirement row of a table that has no weight (the draft has such rows): not scored, but listed in
 * every result. Ratings for its clauses are accepted and ignored.
 *
 * @param domainName the domain the row is printed under, or null
 */
public record UnweightedRow(String name, String domainName, List<String> clauseIds) {
	public UnweightedRow {
		Objects.requireNonNull(name, "name");
		clauseIds = List.copyOf(Objects.requireNonNull(clauseIds, "clauseIds"));
	}
}
