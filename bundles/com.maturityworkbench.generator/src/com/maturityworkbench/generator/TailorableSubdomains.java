package com.maturityworkbench.generator;

import java.util.List;
import java.util.Set;

import com.maturityworkbench.scoring.assessment.AssessmentValidator;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;

/**
 * The subdomains an enterprise of a sector may tailor, each on its own, as the runtime's validator judges it: allowed
 * by the revision's rule and not emptying a domain whose weight may not leave it (a subdomain alone in its domain,
 * under "redistribute within domain"). Which combinations are valid is checked when scoring.
 */
final class TailorableSubdomains {
	private TailorableSubdomains() {
	}

	static List<SubdomainRef> of(RevisionModel model, SectorModel sm) {
		AssessmentValidator validator = new AssessmentValidator(model);
		return sm.subdomains().stream().filter(s -> validator.tailoringProblems(sm, Set.of(s.id())).isEmpty()).toList();
	}
}
