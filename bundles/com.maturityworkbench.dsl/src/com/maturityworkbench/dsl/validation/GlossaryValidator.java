package com.maturityworkbench.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.semantics.Abbreviations;
import com.maturityworkbench.dsl.semantics.Abbreviations.Gloss;
import com.maturityworkbench.dsl.semantics.Revision;

/** One abbreviation, one meaning: the same abbreviation explained two different ways in one revision (ERP). */
public class GlossaryValidator extends MaturityCheck {

	private record Use(Gloss gloss, Clause clause) {
	}

	/** Checked once per file: the glosses of the whole revision, the differing ones reported where they are written. */
	@Check
	public void oneMeaningPerAbbreviation(Model model) {
		Revision revision = revision(model);
		Map<String, Use> first = new LinkedHashMap<>();
		for (Use use : uses(revision)) {
			Use earlier = first.putIfAbsent(use.gloss().abbreviation(), use);
			if (earlier == null || Abbreviations.sameMeaning(earlier.gloss(), use.gloss())
					|| use.clause().eResource() != model.eResource()) {
				continue;
			}
			Cell cell = (Cell) earlier.clause().eContainer();
			contentAt(use.clause(), Literals.CLAUSE__TEXT, use.gloss().offset(), use.gloss().abbreviation().length(),
					String.format("%s：缩略语“%s”在此解释为“%s”，而在%s %s中解释为“%s”：同一缩略语应只有一种解释",
							Clauses.where(use.clause()), use.gloss().abbreviation(), use.gloss().meaning(), Clauses.where(cell),
							Clauses.label(earlier.clause()), earlier.gloss().meaning()),
					IssueCodes.ABBREVIATION_GLOSSES, use.gloss().abbreviation());
		}
	}

	private List<Use> uses(Revision revision) {
		return cached(List.of("glosses", revision.name() == null ? "" : revision.name()), () -> {
			List<Use> uses = new ArrayList<>();
			for (RequirementTable t : revision.requirementTables()) {
				for (RequirementDomain d : t.getDomains()) {
					for (RequirementRow r : d.getRows()) {
						for (Cell c : r.getCells()) {
							for (Clause clause : c.getClauses()) {
								for (Gloss g : Abbreviations.in(clause.getText())) {
									uses.add(new Use(g, clause));
								}
							}
						}
					}
				}
			}
			return uses;
		});
	}
}
