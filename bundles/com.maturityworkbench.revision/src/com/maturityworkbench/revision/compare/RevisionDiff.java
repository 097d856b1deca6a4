package com.maturityworkbench.revision.compare;

import java.util.List;

/**
 * Everything that differs between two revisions of one standard: rules and identity, weight tables, subdomains
 * (added, removed, renamed, moved), the clause map, and the context of the cells (lead-ins, notes, empty marks).
 */
public record RevisionDiff(String oldRevision, String newRevision, List<RuleChange> rules, List<WeightTableChange> weights,
		List<SubdomainMatch> subdomains, ClauseMap clauses, List<ContextChange> context) {
	public boolean isEmpty() {
		return rules.isEmpty() && weights.stream().noneMatch(WeightTableChange::isChanged) && subdomains.stream().noneMatch(SubdomainMatch::isChanged)
				&& clauses.changes().isEmpty() && context.isEmpty();
	}

	/** The subdomains that were added, removed, renamed or moved. */
	public List<SubdomainMatch> subdomainChanges() {
		return subdomains.stream().filter(SubdomainMatch::isChanged).toList();
	}

	/** The number of changes, as reported: rules, changed weight rows, subdomain changes, clause changes, context changes. */
	public int changeCount() {
		int weightRows = weights.stream().mapToInt(w -> (int) w.rows().stream().filter(WeightTableChange.Row::isChanged).count()).sum();
		return rules.size() + weightRows + subdomainChanges().size() + clauses.changes().size() + context.size();
	}
}
