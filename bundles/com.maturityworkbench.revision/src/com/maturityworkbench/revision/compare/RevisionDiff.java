package com.maturityworkbench.revision.compare;

import java.util.List;

/**
 * Everything that differs between two revisions of one standard: rules and identity, weight tables, subdomains
 * (added, removed, renamed, moved), the places of the requirement rows (domain, order), the clause map, the context
 * of the cells (lead-ins, notes, empty marks) and the worked examples.
 */
public record RevisionDiff(String oldRevision, String newRevision, List<RuleChange> rules, List<WeightTableChange> weights,
		List<SubdomainMatch> subdomains, List<RowChange> rows, ClauseMap clauses, List<ContextChange> context, List<ExampleChange> examples) {
	public boolean isEmpty() {
		return changeCount() == 0 && weights.stream().noneMatch(WeightTableChange::isChanged);
	}

	/** The subdomains that were added, removed, renamed or moved. */
	public List<SubdomainMatch> subdomainChanges() {
		return subdomains.stream().filter(SubdomainMatch::isChanged).toList();
	}

	/**
	 * The number of changes, as reported: rules, changed weight rows, subdomain changes, row places, clause changes,
	 * context changes, and per worked example one (added, removed) or one per changed fact.
	 */
	public int changeCount() {
		int weightRows = weights.stream().mapToInt(w -> (int) w.rows().stream().filter(WeightTableChange.Row::isChanged).count()).sum();
		return rules.size() + weightRows + subdomainChanges().size() + rows.size() + clauses.changes().size() + context.size()
				+ examples.stream().mapToInt(ExampleChange::count).sum();
	}
}
