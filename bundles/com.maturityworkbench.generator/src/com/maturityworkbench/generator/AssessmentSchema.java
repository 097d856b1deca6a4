package com.maturityworkbench.generator;

import static com.maturityworkbench.generator.ModelJson.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.generator.GenerationModel.RatingView;
import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.scoring.json.JsonWriter;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.scoring.model.TailoringRule;
import com.maturityworkbench.scoring.model.UnweightedRow;

/**
 * {@code assessment.schema.json}: JSON Schema (draft 2020-12) of the assessment input of one revision — one
 * enterprise {@code {standard, revision, sector, tailored, ratings}} or a composite enterprise
 * {@code {standard, revision, composite: {outputBasis, units: [{name, sector, output, tailored, ratings}]}}}. Per
 * sector it lists the clause ids that may be rated (those of unweighted rows included: accepted, not scored) and the
 * subdomain ids that may be tailored; a rating is a scale value (number or numeric string) or a scale name. That every
 * retained clause is rated, and that tailoring leaves no domain empty, is checked when scoring.
 */
public final class AssessmentSchema {
	private AssessmentSchema() {
	}

	public static String render(GenerationModel m) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		root.put("$id", "urn:maturityworkbench:" + m.stamp().revisionId() + ":assessment");
		root.put("title", "Assessment input for " + m.stamp().standardCode() + " " + m.title() + ", revision " + m.stamp().revisionId() + " ("
				+ m.stamp().status() + ")");
		root.put("description", "One enterprise (sector, tailored subdomains, one rating per clause) or a composite enterprise (Annex A: units with "
				+ "output values or shares). A rating is a value of the scale, as a number or a string, or its name ("
				+ String.join(", ", m.scale().stream().map(r -> r.name() + " = " + r.value().toExactString()).toList())
				+ "). Every clause of every retained subdomain needs a rating; completeness and tailoring rules are checked when scoring.");
		root.put("x-standard", m.stamp().standardCode());
		root.put("x-revision", m.stamp().revisionId());
		root.put("x-status", m.stamp().status());
		root.put("oneOf", List.of(map("$ref", "#/$defs/enterprise"), map("$ref", "#/$defs/compositeEnterprise")));
		Map<String, Object> defs = new LinkedHashMap<>();
		List<Object> ratings = new ArrayList<>();
		for (RatingView r : m.scale()) {
			ratings.add(ModelJson.number(r.value()));
		}
		for (RatingView r : m.scale()) {
			ratings.add(r.value().toExactString());
		}
		for (RatingView r : m.scale()) {
			ratings.add(r.name());
		}
		defs.put("rating", map("description", "a value of the rating scale as a number or a string, or its name", "enum", ratings));
		defs.put("standard", map("description", "the standard's code", "const", m.stamp().standardCode()));
		defs.put("revision", map("description", "the revision id", "const", m.stamp().revisionId()));
		defs.put("sector", map("enum", m.sectors().stream().map(SectorView::name).toList()));
		defs.put("tailored", map("description", "ids of the subdomains tailored out (6.1), e.g. 表3.中试验证", "type", "array", "items", map("type", "string"),
				"uniqueItems", true));
		defs.put("ratings", map("description", "one rating per clause id (e.g. 表5.组织建设.一级.1)", "type", "object", "additionalProperties",
				map("$ref", "#/$defs/rating")));
		List<Object> bySector = new ArrayList<>();
		for (SectorView s : m.sectors()) {
			String clausesDef = "clauses-" + s.fileBase();
			String tailorDef = "tailorable-" + s.fileBase();
			SectorModel sm = SectorModel.of(m.scoring(), s.name());
			List<String> clauseIds = new ArrayList<>(sm.clauseOrder());
			for (ScoredTable t : sm.tables()) {
				for (UnweightedRow r : t.unweightedRows()) {
					clauseIds.addAll(r.clauseIds());
				}
			}
			defs.put(clausesDef, map("description", "clause ids of sector " + s.name() + " (" + s.code() + ")", "enum", clauseIds));
			TailoringRule rule = m.scoring().tailoring();
			List<String> tailorable = sm.subdomains().stream().map(SubdomainRef::id).filter(rule::allows).toList();
			Map<String, Object> then;
			if (tailorable.isEmpty()) {
				then = map("properties", map("ratings", map("propertyNames", map("$ref", "#/$defs/" + clausesDef)), "tailored", map("maxItems", 0)));
			} else {
				defs.put(tailorDef, map("description", "subdomains of sector " + s.name() + " that may be tailored", "enum", tailorable));
				then = map("properties", map("ratings", map("propertyNames", map("$ref", "#/$defs/" + clausesDef)), "tailored",
						map("items", map("$ref", "#/$defs/" + tailorDef))));
			}
			bySector.add(map("if", map("properties", map("sector", map("const", s.name())), "required", List.of("sector")), "then", then));
		}
		defs.put("bySector", map("allOf", bySector));
		defs.put("enterprise", map("description", "the assessment of one enterprise", "type", "object", "required", List.of("revision", "sector", "ratings"),
				"properties", map("standard", ref("standard"), "revision", ref("revision"), "sector", ref("sector"), "tailored", ref("tailored"), "ratings",
						ref("ratings")),
				"additionalProperties", false, "$ref", "#/$defs/bySector"));
		defs.put("unit", map("description", "one unit of a composite enterprise: its ratings inline, or the path (relative to the composite file) of a"
				+ " single-enterprise assessment file (.json, .csv or .xlsx) that holds them", "type", "object", "required",
				List.of("name", "sector", "output"), "oneOf", List.of(map("required", List.of("ratings")), map("required", List.of("assessment"))),
				"properties", map("name", map("type", "string", "minLength", 1), "sector", ref("sector"), "output",
						map("description", "output value (outputBasis values) or share of the total (outputBasis shares)", "type", "number",
								"exclusiveMinimum", 0),
						"tailored", ref("tailored"), "ratings", ref("ratings"), "assessment", map("type", "string", "minLength", 1)),
				"additionalProperties", false, "$ref", "#/$defs/bySector"));
		defs.put("compositeEnterprise", map("description", "a composite enterprise (Annex A)", "type", "object", "required", List.of("revision", "composite"),
				"properties", map("standard", ref("standard"), "revision", ref("revision"), "composite",
						map("type", "object", "required", List.of("units"), "properties",
								map("outputBasis", map("enum", List.of("values", "shares"), "default", "values"), "units",
										map("type", "array", "minItems", 1, "items", ref("unit"))),
								"additionalProperties", false)),
				"additionalProperties", false));
		root.put("$defs", defs);
		return JsonWriter.writePretty(root);
	}

	private static Map<String, Object> ref(String def) {
		return map("$ref", "#/$defs/" + def);
	}
}
