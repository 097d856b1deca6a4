package com.maturityworkbench.dsl.validation;

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
			unique(model, seen, "等级", l, l.getName(), Literals.LEVEL__NAME);
		}
		for (Rating r : revision.ratings()) {
			unique(model, seen, "满足程度", r, r.getName(), Literals.RATING__NAME);
		}
		for (Part p : revision.parts()) {
			unique(model, seen, "评估部分", p, p.getName(), Literals.PART__NAME);
		}
		for (Sector s : revision.sectors()) {
			unique(model, seen, "行业", s, s.getName(), Literals.SECTOR__NAME);
		}
		for (WeightTable t : revision.weightTables()) {
			unique(model, seen, "权重表", t, t.getName(), Literals.WEIGHT_TABLE__NAME);
		}
		for (RequirementTable t : revision.requirementTables()) {
			unique(model, seen, "要求表", t, t.getName(), Literals.REQUIREMENT_TABLE__NAME);
		}
		if (model.getStandard() != null) {
			long heads = revision.files().stream().filter(f -> f.getStandard() != null).count();
			if (heads > 1) {
				rule(model.getStandard(), String.format("版本“%s”有 %d 个 standard 声明，应只有一个", revision.name(), heads),
						Literals.STANDARD__NAME, IssueCodes.DUPLICATE_NAME);
			}
		}
	}

	private void unique(Model model, Map<String, EObject> seen, String kind, EObject obj, String name,
			EStructuralFeature feature) {
		if (name == null) {
			return;
		}
		EObject first = seen.putIfAbsent(name, obj);
		if (first != null && obj.eResource() == model.eResource()) {
			rule(obj, String.format("名称“%s”重复：%s与%s的%s同名", name, kind, placeOf(first, obj), kindOf(first)),
					feature, IssueCodes.DUPLICATE_NAME, name);
		}
	}

	private static String kindOf(EObject obj) {
		return switch (obj.eClass().getName()) {
		case "Level" -> "等级";
		case "Rating" -> "满足程度";
		case "Part" -> "评估部分";
		case "Sector" -> "行业";
		case "WeightTable" -> "权重表";
		case "RequirementTable" -> "要求表";
		default -> obj.eClass().getName();
		};
	}

}
