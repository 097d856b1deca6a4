package com.maturityworkbench.revision.compare;

import java.util.List;
import java.util.Optional;

import com.maturityworkbench.revision.compare.ClauseMapping.Status;

/**
 * The clause map OLD → NEW: every rated clause of both revisions, each as same, relabelled, changed, moved, or
 * without counterpart (removed, added). The one matching of clauses, used by the diff and by whatever carries
 * assessments or populations from one revision to the next.
 */
public record ClauseMap(List<ClauseMapping> mappings) {
	/** The counterpart in the new revision of an old clause id, if it has one. */
	public Optional<ClauseMapping> ofOld(String oldClauseId) {
		return mappings.stream().filter(m -> m.old() != null && m.old().id().equals(oldClauseId)).findFirst();
	}

	public List<ClauseMapping> with(Status status) {
		return mappings.stream().filter(m -> m.status() == status).toList();
	}

	public List<ClauseMapping> changes() {
		return mappings.stream().filter(ClauseMapping::isChange).toList();
	}
}
