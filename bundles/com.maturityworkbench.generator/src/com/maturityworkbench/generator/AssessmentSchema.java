package com.maturityworkbench.generator;

import static com.maturityworkbench.generator.ModelJson.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.maturityworkbench.assessment.layout.JsonLayout;
import com.maturityworkbench.assessment.layout.JsonLayout.Shape;
import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.generator.GenerationModel.RatingView;
import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.scoring.json.JsonWriter;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.scoring.model.UnweightedRow;

/**
 * {@code assessment.schema.json}: JSON Schema (draft 2020-12) of the assessment JSON of one revision, written from the
 * contract the readers use ({@link JsonLayout}): one object per {@link Shape} with exactly its members, its required
 * ones, and nothing else. Per sector it lists the clause ids that may be rated (those of unweighted rows included:
 * accepted, not scored) and the subdomains that may be tailored, by id or by a bare name unique in the sector's model;
 * a rating is a scale value (number or numeric string), a scale name, or null (not rated). That every retained clause
 * is rated, and that a combination of tailored subdomains leaves no domain or table empty, is checked when scoring.
 */
public final class AssessmentSchema {
	private AssessmentSchema() {
	}

	public static String render(GenerationModel m) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		root.put("$id", "urn:maturityworkbench:" + m.stamp().revisionId() + ":assessment");
		root.put("title", "Assessment input for " + m.stamp().standardCode() + " " + m.title() + ", revision " + m.stamp().revisionId() + " " + m.stamp().revisionLabel() + " ("
				+ m.stamp().status() + ")");
		root.put("description", "One enterprise (sector, tailored subdomains, one rating per clause) or a composite enterprise (Annex A: units with "
				+ "output values or shares). A rating is a value of the scale, as a number or a string, or its name ("
				+ String.join(", ", m.scale().stream().map(r -> r.name() + " = " + r.value().toExactString()).toList())
				+ "). Every clause of every retained subdomain needs a rating; completeness and tailoring rules are checked when scoring.");
		root.put("x-standard", m.stamp().standardCode());
		root.put("x-revision", m.stamp().revisionId());
		root.put("x-revision-label", m.stamp().revisionLabel());
		root.put("x-status", m.stamp().status());
		root.put("x-layout", LayoutVersion.CURRENT.number());
		root.put("oneOf", List.of(ref("enterprise"), ref("compositeEnterprise")));
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
		String notApplicable = TemplateInfo.notApplicableName(m);
		if (notApplicable != null) {
			ratings.add(notApplicable);
		}
		ratings.add(null);
		defs.put("rating", map("description", "a value of the rating scale as a number or a string, or its name; null: not rated"
				+ (notApplicable == null ? "" : "; \"" + notApplicable + "\": not applicable (left out of its cell's n, the revision allows it)"), "enum", ratings));
		defs.put("standard", map("description", "the standard's code", "const", m.stamp().standardCode()));
		defs.put("revision", map("description", "the standard's id", "const", m.stamp().revisionId()));
		defs.put("revisionLabel", map("description", "the revision's label; from layout 4 on an assessment names it and is scored against this revision only"
				+ " (mwb migrate carries it to another)", "const", m.stamp().revisionLabel()));
		defs.put("sector", map("enum", m.sectors().stream().map(SectorView::name).toList()));
		defs.put("tailored", map("description", "the subdomains tailored out (6.1), by id (表3.中试验证) or by a name unique in the enterprise's model"
				+ " (中试验证): a list, or one text separated by ';'", "anyOf",
				List.of(map("type", "array", "items", map("type", "string"), "uniqueItems", true), map("type", "string"))));
		defs.put("ratings", map("description", "one rating per clause id (e.g. 表5.组织建设.一级.1)", "type", "object", "additionalProperties", ref("rating")));
		List<Object> bySector = new ArrayList<>();
		for (SectorView s : m.sectors()) {
			bySector.add(sector(m, s, defs));
		}
		defs.put("bySector", map("allOf", bySector));
		defs.put("enterprise", object("the assessment of one enterprise", Shape.SINGLE, m));
		Map<String, Object> unit = object("one unit of a composite enterprise: its ratings inline, or the path (relative to the composite file) of a"
				+ " single-enterprise assessment file (.json, .csv or .xlsx) that holds them", Shape.UNIT, m);
		unit.put("oneOf", List.of(map("required", List.of(JsonLayout.RATINGS)), map("required", List.of(JsonLayout.ASSESSMENT))));
		unit.put("dependentSchemas", map(JsonLayout.ASSESSMENT,
				map("not", map("anyOf", JsonLayout.INLINE_ONLY.stream().map(k -> map("required", List.of(k))).toList()))));
		defs.put("unit", unit);
		defs.put("compositeEnterprise", object("a composite enterprise (Annex A)", Shape.COMPOSITE_FILE, m));
		root.put("$defs", defs);
		return JsonWriter.writePretty(root);
	}

	/** The clause ids and the tailorable subdomains of one sector, applied when an object names that sector. */
	private static Map<String, Object> sector(GenerationModel m, SectorView s, Map<String, Object> defs) {
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
		List<String> tailorable = tailorable(m.scoring(), sm);
		Map<String, Object> ratingIds = map("propertyNames", ref(clausesDef));
		Map<String, Object> then;
		if (tailorable.isEmpty()) {
			then = map("properties", map(JsonLayout.RATINGS, ratingIds, JsonLayout.TAILORED, map("maxItems", 0, "maxLength", 0)));
		} else {
			defs.put(tailorDef, map("description", "subdomains of sector " + s.name() + " that may be tailored, by id or by unique name", "enum", tailorable));
			then = map("properties", map(JsonLayout.RATINGS, ratingIds, JsonLayout.TAILORED, map("items", ref(tailorDef))));
		}
		return map("if", map("properties", map(JsonLayout.SECTOR, map("const", s.name())), "required", List.of(JsonLayout.SECTOR)), "then", then);
	}

	/** The ids of the {@link TailorableSubdomains} of the sector, then their names that are unique in its model. */
	private static List<String> tailorable(RevisionModel model, SectorModel sm) {
		List<SubdomainRef> allowed = TailorableSubdomains.of(model, sm);
		List<String> names = new ArrayList<>(allowed.stream().map(SubdomainRef::id).toList());
		for (SubdomainRef s : allowed) {
			String name = s.subdomain().name();
			if (sm.subdomains().stream().filter(o -> o.subdomain().name().equals(name)).count() == 1) {
				names.add(name);
			}
		}
		return names;
	}

	/** The object of {@code shape}: its members (and only those), the required ones, and the per-sector rules where it names a sector. */
	private static Map<String, Object> object(String description, Shape shape, GenerationModel m) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (String member : shape.members()) {
			properties.put(member, member(member, m));
		}
		Map<String, Object> o = map("description", description, "type", "object", "required", shape.required(), "properties", properties,
				"additionalProperties", false);
		if (shape.allows(JsonLayout.SECTOR)) {
			o.put("$ref", "#/$defs/bySector");
		}
		return o;
	}

	/** The schema of one member, by name: the same member means the same thing in every object. */
	private static Map<String, Object> member(String member, GenerationModel m) {
		Optional<MetadataKey> metadata = MetadataKey.byKey(member).filter(k -> k.key().equals(member));
		if (metadata.isPresent()) {
			return switch (metadata.get()) {
			case LAYOUT -> map("description", "the assessment layout (1 when absent)", "type", "integer", "minimum", 1, "maximum",
					LayoutVersion.CURRENT.number(), "default", 1);
			case STANDARD -> ref("standard");
			case REVISION -> ref("revision");
			case REVISION_LABEL -> ref("revisionLabel");
			case STATUS -> map("description", "the revision's status (draft or final), for people", "type", "string");
			case SECTOR -> ref("sector");
			case TAILORED -> ref("tailored");
			case SCALE -> map("description", "the rating scale, for people; ignored");
			case ENTERPRISE, CREDIT_CODE, ADDRESS, INDUSTRY, ASSESSMENT_DATE, ASSESSOR, PANEL_MEMBERS -> map("description",
					"layout 5: " + metadata.get().label() + ", for the report's 基本情况 (8.7.4); not read for scoring", "type", "string");
			case ANALYSIS, STRENGTHS, WEAKNESSES, ADVICE -> map("description",
					"layout 5: the panel's own text of the report's part " + metadata.get().label() + " (8.7.4); not read for scoring", "type", "string");
			};
		}
		return switch (member) {
		case JsonLayout.SCHEMA -> map("description", "the schema the file follows", "type", "string");
		case JsonLayout.COMMENT -> map("description", "for people; ignored");
		case JsonLayout.RATINGS -> ref("ratings");
		case JsonLayout.PANEL -> map("description", "layout 4: the ratings of the assessment panel's members (8.6.2, an odd number), by clause id;"
				+ " the revision's consensus rule (" + m.scoring().rules().panelConsensus().name().toLowerCase(java.util.Locale.ROOT)
				+ ") decides the clause's rating", "type", "object", "additionalProperties",
				map("type", "array", "minItems", 1, "items", ref("rating")));
		case JsonLayout.EVIDENCE -> map("description", "layout 4: the evidence and remarks of a clause (证据/备注, 8.7.2), by clause id", "type", "object",
				"additionalProperties", map("type", "string"));
		case JsonLayout.COMPOSITE -> object("the units of the composite enterprise and how their outputs are given", Shape.COMPOSITE, m);
		case JsonLayout.OUTPUT_BASIS -> map("enum", JsonLayout.OUTPUT_BASES, "default", JsonLayout.VALUES);
		case JsonLayout.UNITS -> map("type", "array", "minItems", 1, "items", ref("unit"));
		case JsonLayout.NAME -> map("type", "string", "minLength", 1);
		case JsonLayout.OUTPUT -> map("description", "output value (outputBasis values) or share of the total (outputBasis shares)", "type", "number",
				"exclusiveMinimum", 0);
		case JsonLayout.ASSESSMENT -> map("type", "string", "minLength", 1);
		default -> throw new IllegalStateException("no schema for member " + member);
		};
	}

	private static Map<String, Object> ref(String def) {
		return map("$ref", "#/$defs/" + def);
	}
}
