package com.maturityworkbench.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.assessment.layout.RequirementColumn;
import com.maturityworkbench.assessment.layout.TailoredList;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.model.ClauseRef;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;

/**
 * What the writers of this library put into an assessment file of the {@link LayoutVersion#CURRENT current layout},
 * the same in JSON, CSV and XLSX: the value of every {@link MetadataKey} of the layout (the report's details of layout
 * 5 empty where not filled in; JSON leaves them out) and one row per clause with a
 * cell per {@link RequirementColumn}. The rows are the clauses of the enterprise's model in the runtime's order (as
 * the templates list them), rated or not, followed by the rated clauses of rows without weight (not scored, kept so
 * that reading the file back gives the same assessment). A rating is written as its scale name (大部分满足), a value
 * off the scale as its exact decimal; the tailored subdomains by their ids.
 */
public final class WrittenAssessment {
	/** The layout every writer writes. */
	public static final LayoutVersion LAYOUT = LayoutVersion.CURRENT;

	/** A clause's label and text as printed, for the assessor's columns; the scoring model does not hold them. */
	public record ClauseText(String label, String text) {
	}

	/** The clause texts of a revision (null or an unknown id: the columns stay empty). */
	public interface ClauseTexts {
		ClauseText of(String clauseId);

		static ClauseTexts none() {
			return id -> null;
		}
	}

	/** One metadata entry: key and value. */
	public record Entry(MetadataKey key, String value) {
	}

	/** One clause row: its cells in the order of {@link RequirementColumn}, the rating last (empty when not rated). */
	public record ClauseRow(String clauseId, String table, List<String> cells, String rating) {
	}

	private final RevisionModel model;
	private final Assessment assessment;
	private final ClauseTexts texts;
	private final Map<String, String> evidence;
	private final EnterpriseDetails details;

	public WrittenAssessment(RevisionModel model, Assessment assessment, ClauseTexts texts) {
		this(model, assessment, texts, Map.of());
	}

	/** @param evidence clause id → evidence and remarks (证据/备注), written in the column and member of layout 4 */
	public WrittenAssessment(RevisionModel model, Assessment assessment, ClauseTexts texts, Map<String, String> evidence) {
		this(model, assessment, texts, evidence, EnterpriseDetails.NONE);
	}

	/** @param details the particulars and the panel's written parts of layout 5 (empty keys are written empty) */
	public WrittenAssessment(RevisionModel model, Assessment assessment, ClauseTexts texts, Map<String, String> evidence, EnterpriseDetails details) {
		if (!model.revisionId().equals(assessment.revisionId())) {
			throw new IllegalArgumentException("an assessment of " + assessment.revisionId() + " is not one of revision " + model.revisionId());
		}
		this.model = model;
		this.assessment = assessment;
		this.texts = texts;
		this.evidence = Map.copyOf(evidence);
		this.details = details;
	}

	public RevisionModel model() {
		return model;
	}

	public Assessment assessment() {
		return assessment;
	}

	/** The metadata of the layout, in order. */
	public List<Entry> metadata() {
		List<Entry> entries = new ArrayList<>();
		for (MetadataKey key : MetadataKey.written(LAYOUT)) {
			if (key == MetadataKey.REVISION_LABEL && model.revisionLabel().isEmpty()) {
				continue; // a model without label (synthetic) asks for none
			}
			entries.add(new Entry(key, switch (key) {
			case STANDARD -> model.standardCode() == null ? "" : model.standardCode();
			case REVISION -> model.revisionId();
			case STATUS -> model.status().name().toLowerCase(java.util.Locale.ROOT);
			case SECTOR -> assessment.sector();
			case TAILORED -> TailoredList.join(List.copyOf(assessment.tailored()));
			case SCALE -> scale(model);
			case LAYOUT -> String.valueOf(LAYOUT.number());
			case REVISION_LABEL -> model.revisionLabel();
			case ENTERPRISE, CREDIT_CODE, ADDRESS, INDUSTRY, ASSESSMENT_DATE, ASSESSOR, PANEL_MEMBERS, ANALYSIS, STRENGTHS, WEAKNESSES, ADVICE ->
				details.value(key).orElse("");
			}));
		}
		return entries;
	}

	/** Every clause row, in order. */
	public List<ClauseRow> rows() {
		SectorModel sm = SectorModel.of(model, assessment.sector());
		List<String> ids = new ArrayList<>(sm.clauseOrder());
		for (String id : assessment.ratings().keySet()) {
			if (!sm.clause(id).map(ClauseRef::isScored).orElse(false)) {
				ids.add(id);
			}
		}
		List<ClauseRow> rows = new ArrayList<>();
		for (String id : ids) {
			rows.add(row(sm, id));
		}
		return rows;
	}

	/** The requirement tables of the rows (表5, 表7 …), in order of their first row: the sheets of a workbook. */
	public List<String> requirementTables() {
		LinkedHashSet<String> tables = new LinkedHashSet<>();
		rows().forEach(r -> tables.add(r.table()));
		return List.copyOf(tables);
	}

	/** The rating as written: the scale's name of the value, else the value. */
	public static String ratingText(RevisionModel model, Rational rating) {
		for (RatingValue v : model.scale().values()) {
			if (v.value().equals(rating)) {
				return v.name();
			}
		}
		return rating.toExactString();
	}

	/** {@code 全部满足=1; 大部分满足=0.8; …}, as the templates write the scale. */
	private static String scale(RevisionModel model) {
		return String.join("; ", model.scale().values().stream().map(v -> v.name() + "=" + v.value().toExactString()).toList());
	}

	private ClauseRow row(SectorModel sm, String id) {
		ClauseRef ref = sm.clause(id).orElse(null);
		// a clause id names its requirement table, row, level and position: 表7.生产作业.一级.3
		String[] parts = id.split("\\.");
		String table = parts[0];
		String domain = "";
		String subdomain = parts.length > 1 ? parts[1] : "";
		String level = parts.length > 2 ? parts[parts.length - 2] : "";
		if (ref != null && ref.isScored()) {
			domain = ref.subdomain().domain().name();
			subdomain = ref.subdomain().subdomain().name();
			level = model.levels().get(ref.levelIndex());
		} else if (ref != null && ref.row().domainName() != null) {
			domain = ref.row().domainName();
		}
		ClauseText text = texts.of(id);
		Rational rating = assessment.ratings().get(id);
		String ratingText = rating == null ? "" : ratingText(model, rating);
		List<String> cells = new ArrayList<>();
		for (RequirementColumn c : RequirementColumn.of(LAYOUT)) {
			cells.add(switch (c) {
			case CLAUSE_ID -> id;
			case TABLE -> table;
			case DOMAIN -> domain;
			case SUBDOMAIN -> subdomain;
			case LEVEL -> level;
			case LABEL -> text == null || text.label() == null ? "" : text.label();
			case TEXT -> text == null || text.text() == null ? "" : text.text();
			case RATING -> ratingText;
			case CONTEXT -> ""; // what the assessor reads beside the clause; the readers never read it back
			case EVIDENCE -> evidence.getOrDefault(id, "");
			});
		}
		return new ClauseRow(id, table, List.copyOf(cells), ratingText);
	}

	/** The evidence as the JSON layout writes it: clause id → text, in row order. */
	Map<String, String> evidenceTexts() {
		Map<String, String> texts = new java.util.LinkedHashMap<>();
		for (ClauseRow r : rows()) {
			String e = evidence.get(r.clauseId());
			if (e != null && !e.isBlank()) {
				texts.put(r.clauseId(), e);
			}
		}
		return texts;
	}

	/** The ratings as the JSON layout writes them: clause id → rating text, rated clauses only, in row order. */
	Map<String, String> ratingTexts() {
		Map<String, String> ratings = new java.util.LinkedHashMap<>();
		for (ClauseRow r : rows()) {
			if (!r.rating().isEmpty()) {
				ratings.put(r.clauseId(), r.rating());
			}
		}
		return ratings;
	}
}
