package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Member;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.semantics.Abbreviations;
import com.maturityworkbench.dsl.semantics.Abbreviations.Gloss;

/**
 * One abbreviation, one meaning: the same abbreviation explained two different ways in one revision (ERP). The
 * first explanation in the revision's file order is the reference; every later one that says otherwise is reported.
 */
public class GlossaryValidator extends MaturityCheck {

	private record Use(Gloss gloss, Clause clause) {
	}

	/** Checked once per file: its own glosses against the first gloss of the same abbreviation in the revision. */
	@Check
	public void oneMeaningPerAbbreviation(Model model) {
		Map<String, List<Use>> here = new LinkedHashMap<>();
		for (Use use : uses(model, null)) {
			here.computeIfAbsent(use.gloss().abbreviation(), a -> new ArrayList<>()).add(use);
		}
		if (here.isEmpty()) {
			return;
		}
		List<Model> files = revision(model).files();
		for (Map.Entry<String, List<Use>> e : here.entrySet()) {
			Use first = null;
			for (Model file : files) {
				if (file == model) {
					break;
				}
				List<Use> earlier = uses(file, e.getKey());
				if (!earlier.isEmpty()) {
					first = earlier.get(0);
					break;
				}
			}
			for (Use use : e.getValue()) {
				if (first == null) {
					first = use;
				} else if (!Abbreviations.sameMeaning(first.gloss(), use.gloss())) {
					contentAt(use.clause(), Literals.CLAUSE__TEXT, use.gloss().offset(), use.gloss().abbreviation().length(),
							text("glossary.two-meanings",
									Clauses.where(use.clause()), use.gloss().abbreviation(), use.gloss().meaning(), Clauses.where(first.clause()),
									first.gloss().meaning()),
							IssueCodes.ABBREVIATION_GLOSSES, use.gloss().abbreviation());
				}
			}
		}
	}

	/** The glosses of a file's clauses, in order; only those of {@code abbreviation} unless it is null. */
	private static List<Use> uses(Model file, String abbreviation) {
		List<Use> uses = new ArrayList<>();
		for (Member m : file.getMembers()) {
			if (!(m instanceof RequirementTable t)) {
				continue;
			}
			for (RequirementDomain d : t.getDomains()) {
				for (RequirementRow r : d.getRows()) {
					for (Cell c : r.getCells()) {
						for (Clause clause : c.getClauses()) {
							String text = clause.getText();
							if (text == null || (abbreviation != null && !text.contains(abbreviation))) {
								continue;
							}
							for (Gloss g : Abbreviations.in(text)) {
								if (abbreviation == null || abbreviation.equals(g.abbreviation())) {
									uses.add(new Use(g, clause));
								}
							}
						}
					}
				}
			}
		}
		return uses;
	}
}
