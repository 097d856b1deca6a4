package com.maturityworkbench.revision.migrate;

import java.util.List;

import com.maturityworkbench.scoring.assessment.CompositeAssessment;

/**
 * An assessment file carried from one revision to the next: the revisions (as messages name them), the enterprise or
 * the composite's units carried, and, for a composite, the composite of the new revision.
 *
 * @param composite the carried composite enterprise, null for a single enterprise
 */
public record Migration(String oldRevision, String newRevision, List<CarriedUnit> units, CompositeAssessment composite) {
	public Migration {
		units = List.copyOf(units);
	}

	public boolean isComposite() {
		return composite != null;
	}

	/** Whether the carried assessment is complete (nothing to rate). */
	public boolean complete() {
		return units.stream().allMatch(CarriedUnit::complete);
	}
}
