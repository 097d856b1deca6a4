package com.maturityworkbench.scoring.result;

import java.util.List;

/**
 * A gap of the revision that shaped the score: an empty cell whose weight was redistributed, a subdomain or
 * domain with no clause, a table with no clause at a level, or a requirement row with no weight (not scored).
 * Fields that do not apply to the kind are null (clauseIds empty).
 */
public record DraftGap(Kind kind, String tableId, String domainName, String subdomainId, String levelName, String reason,
		List<String> clauseIds, String message) {

	public enum Kind {
		/** A cell marked explicitly empty; its weight is redistributed at that level. */
		EMPTY_CELL_MARKED,
		/** An empty cell the revision does not mark (draft only); treated like a marked one. */
		EMPTY_CELL_UNMARKED,
		/** A weighted subdomain with no clause at any level; its weight is redistributed at every level. */
		SUBDOMAIN_WITHOUT_CLAUSES,
		/** A domain none of whose (retained) subdomains has a clause; its weight goes to the table's other domains. */
		DOMAIN_WITHOUT_CLAUSES,
		/** A domain with no scored subdomain at one level; its weight goes to the table's other domains there. */
		DOMAIN_EMPTY_AT_LEVEL,
		/** A table with no scored subdomain at one level; its weight goes to the other table(s) there. */
		TABLE_EMPTY_AT_LEVEL,
		/** A cell whose every clause the assessment rated not applicable; scored like an empty cell (weight redistributed at that level). */
		CELL_NOT_APPLICABLE,
		/** A requirement row without a weight; not scored. */
		UNWEIGHTED_ROW
	}

	public DraftGap {
		clauseIds = clauseIds == null ? List.of() : List.copyOf(clauseIds);
	}
}
