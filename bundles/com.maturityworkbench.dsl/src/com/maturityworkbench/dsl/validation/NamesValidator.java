package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import java.util.HashMap;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.Rating;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.semantics.Revision;

/** Ids are unique within a revision: levels, ratings, parts, sectors, tables. Checked once, on each file's root. */
public class NamesValidator extends MaturityCheck {

	@Check
	public void uniqueNames(Model model) {
		Revision revision = revision(model);
		Map<String, EObject> seen = new HashMap<>();
		for (Level l : revision.levels()) {
			unique(model, seen, l, l.getName(), Literals.LEVEL__NAME);
		}
		for (Rating r : revision.ratings()) {
			unique(model, seen, r, r.getName(), Literals.RATING__NAME);
		}
		for (Part p : revision.parts()) {
			unique(model, seen, p, p.getName(), Literals.PART__NAME);
		}
		for (Sector s : revision.sectors()) {
			unique(model, seen, s, s.getName(), Literals.SECTOR__NAME);
		}
		for (WeightTable t : revision.weightTables()) {
			unique(model, seen, t, t.getName(), Literals.WEIGHT_TABLE__NAME);
		}
		for (RequirementTable t : revision.requirementTables()) {
			unique(model, seen, t, t.getName(), Literals.REQUIREMENT_TABLE__NAME);
		}
		if (model.getStandard() != null) {
			long heads = revision.files().stream().filter(f -> f.getStandard() != null).count();
			if (heads > 1) {
				rule(model.getStandard(), text("names.standard-twice", revision.name(), heads),
						Literals.STANDARD__NAME, IssueCodes.DUPLICATE_NAME);
			}
		}
	}

	private void unique(Model model, Map<String, EObject> seen, EObject obj, String name,
			EStructuralFeature feature) {
		if (name == null) {
			return;
		}
		EObject first = seen.putIfAbsent(name, obj);
		if (first != null && obj.eResource() == model.eResource()) {
			rule(obj, text("names.duplicate", name, kindOf(obj), placeOf(first, obj), kindOf(first)),
					feature, IssueCodes.DUPLICATE_NAME, name);
		}
	}

	/** 等级, 满足程度 … (names.kind.Level …): what an element with a name is. */
	private static String kindOf(EObject obj) {
		String key = "names.kind." + obj.eClass().getName();
		return ValidationMessages.has(key) ? text(key) : obj.eClass().getName();
	}

}
