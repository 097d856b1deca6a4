package com.maturityworkbench.revision.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.dsl.maturity.Band;
import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.Composite;
import com.maturityworkbench.dsl.maturity.Determination;
import com.maturityworkbench.dsl.maturity.Interpretation;
import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.Note;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.Rating;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Rules;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.Standard;
import com.maturityworkbench.dsl.maturity.Tailoring;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.ClauseTexts;
import com.maturityworkbench.dsl.semantics.Coverage;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.dsl.semantics.Weights;

/**
 * What a comparison of two revisions looks at, read once from a revision's model: its declared rules as named
 * values, and per table group (the common tables, or one sector's) its subdomains with their weight and the clauses
 * of their requirement row at every level. A subdomain is the weighted subdomain of the weight table joined with the
 * requirement row of the same name (drafting notes aside, as the scoring model joins them), or of a name that probably
 * drifted from it ({@link Coverage}); a row whose name matches no weight is a subdomain without weight.
 */
public record RevisionOutline(String name, Map<String, String> rules, List<TableGroup> groups, List<ExampleOutline> examples) {
	/** The key of the common tables' group. */
	public static final String COMMON = "common";

	/** The tables of one part and sector: e.g. 表1 and 表5 (key {@code common}), 表3 and 表7 (key {@code smelting}). */
	public record TableGroup(String key, String weightTable, String requirementTable, BigDecimal target, List<SubdomainOutline> subdomains) {
		/** The tables' names as printed, e.g. {@code 表1/表5}. */
		public String label() {
			if (weightTable == null || requirementTable == null) {
				return weightTable == null ? String.valueOf(requirementTable) : weightTable;
			}
			return weightTable + "/" + requirementTable;
		}
	}

	/**
	 * One subdomain: its table group and the group's label (e.g. {@code 表1/表5}), its domain (of the weight table, else
	 * of the requirement table), its printed name (of the weight table, else of the requirement row), the printed name of
	 * its requirement row (null without one; it differs from {@code name} by a drafting note, or where the names
	 * drifted), its weight in percent (null without weight row), its position in the table (0-based, in table order),
	 * the domain its requirement row stands under in the requirement table and the row's position there (0-based, in
	 * table order; null and -1 without row), and its cells by level.
	 */
	public record SubdomainOutline(String group, String table, String domain, String name, String rowName, BigDecimal weight, int position,
			String rowDomain, int rowPosition, Map<String, CellOutline> cells) {
		public String key() {
			return SubdomainNames.normalize(name);
		}

		public boolean hasRow() {
			return rowName != null;
		}

		/** The domain its clauses stand under: its requirement row's, else its weight row's. */
		public String clauseDomain() {
			return rowDomain != null ? rowDomain : domain;
		}

		public List<ClauseOutline> clauses() {
			return cells.values().stream().flatMap(c -> c.clauses().stream()).toList();
		}
	}

	/** A requirement cell: marked empty (with its reason), or its lead-in, its notes and its rated clauses. */
	public record CellOutline(String level, String emptyReason, String leadIn, List<String> notes, List<ClauseOutline> clauses) {
	}

	/** A rated clause: its assessment id, label, topic, rated text (continuations joined) and its own notes. */
	public record ClauseOutline(String id, String label, String topic, String text, List<String> notes) {
		/** How the clause is printed: label, topic and text. */
		public String printed() {
			StringBuilder s = new StringBuilder();
			if (label != null) {
				s.append(label).append(' ');
			}
			if (topic != null) {
				s.append(topic).append('。');
			}
			return s.append(text).toString();
		}
	}

	public static RevisionOutline of(Revision revision) {
		List<TableGroup> groups = new ArrayList<>();
		List<WeightTable> common = revision.commonWeightTables();
		List<RequirementTable> commonRequirements = revision.requirementTables().stream().filter(t -> t.getSector() == null).toList();
		groups.add(group(COMMON, first(common), first(commonRequirements), revision));
		for (Sector sector : revision.sectors()) {
			List<WeightTable> weights = revision.weightTablesOf(sector);
			List<RequirementTable> requirements = revision.requirementTables().stream().filter(t -> t.getSector() == sector).toList();
			groups.add(group(sector.getCode(), first(weights), first(requirements), revision));
		}
		return new RevisionOutline(revision.name(), rules(revision), groups, ExampleOutline.of(revision));
	}

	public TableGroup group(String key) {
		return groups.stream().filter(g -> g.key().equals(key)).findFirst().orElse(null);
	}

	private static <T> T first(List<T> list) {
		return list.isEmpty() ? null : list.get(0);
	}

	private static TableGroup group(String key, WeightTable weights, RequirementTable requirements, Revision revision) {
		Map<String, RequirementRow> rows = new LinkedHashMap<>();
		Map<RequirementRow, String> rowDomains = new LinkedHashMap<>();
		Map<RequirementRow, Integer> rowPositions = new LinkedHashMap<>();
		if (requirements != null) {
			for (RequirementDomain d : requirements.getDomains()) {
				for (RequirementRow r : d.getRows()) {
					rows.putIfAbsent(SubdomainNames.normalize(r.getName()), r);
					rowDomains.put(r, d.getName());
					rowPositions.put(r, rowPositions.size());
				}
			}
		}
		List<SubdomainOutline> subdomains = new ArrayList<>();
		String label = new TableGroup(key, weights == null ? null : weights.getName(), requirements == null ? null : requirements.getName(), null,
				List.of()).label();
		// a row whose name drifted from its weight's (技术创新 / 技术创新与改造) is that subdomain's row, as the coverage check pairs them
		Coverage coverage = weights == null || requirements == null ? null : new Coverage(List.of(weights), List.of(requirements));
		if (weights != null) {
			for (WeightDomain d : weights.getDomains()) {
				for (WeightedSubdomain s : d.getSubdomains()) {
					RequirementRow row = rows.remove(SubdomainNames.normalize(s.getName()));
					RequirementRow drifted = row != null || coverage == null ? null : coverage.driftOf(s);
					if (drifted != null && rows.remove(SubdomainNames.normalize(drifted.getName())) == drifted) {
						row = drifted;
					}
					subdomains.add(new SubdomainOutline(key, label, d.getName(), s.getName(), row == null ? null : row.getName(),
							Weights.percent(s.getWeight()), subdomains.size(), rowDomains.get(row), row == null ? -1 : rowPositions.get(row), cells(row, revision)));
				}
			}
		}
		for (RequirementRow unweighted : rows.values()) {
			String domain = rowDomains.get(unweighted);
			subdomains.add(new SubdomainOutline(key, label, domain, unweighted.getName(), unweighted.getName(), null, subdomains.size(), domain,
					rowPositions.get(unweighted), cells(unweighted, revision)));
		}
		BigDecimal target = null;
		Part part = weights != null ? weights.getPart() : requirements != null ? requirements.getPart() : null;
		if (part != null && part.getTarget() != null) {
			target = Weights.percent(part.getTarget());
		}
		return new TableGroup(key, weights == null ? null : weights.getName(), requirements == null ? null : requirements.getName(), target,
				subdomains);
	}

	private static Map<String, CellOutline> cells(RequirementRow row, Revision revision) {
		Map<String, CellOutline> cells = new LinkedHashMap<>();
		if (row == null) {
			return cells;
		}
		for (Cell cell : row.getCells()) {
			if (cell.getLevel() == null || cell.getLevel().getName() == null) {
				continue;
			}
			List<ClauseOutline> clauses = new ArrayList<>();
			for (Clause clause : cell.getClauses()) {
				clauses.add(new ClauseOutline(ScoringModelBuilder.clauseId(clause), clause.getLabel(), clause.getTopic(), ClauseTexts.full(clause),
						notes(clause.getNotes())));
			}
			cells.putIfAbsent(cell.getLevel().getName(),
					new CellOutline(cell.getLevel().getName(), cell.isEmpty() ? cell.getReason() : null, cell.getLeadIn(), notes(cell.getNotes()), clauses));
		}
		return cells;
	}

	private static List<String> notes(List<Note> notes) {
		return notes.stream().map(n -> n.getKind().getLiteral() + ": " + n.getText()).toList();
	}

	/**
	 * The declared rules and the standard's identity as named values, in a fixed order: {@code standard.code},
	 * {@code title.表6} (a table's title), {@code level.一级}, {@code scale.全部满足}, {@code part.基础共性}, {@code sector.采选}, {@code tailoring.allow},
	 * {@code determination.threshold}, {@code band.一级}, {@code composite.aggregate}, {@code rules.not-applicable}, {@code interpretation.met-comparison}, ...
	 */
	private static Map<String, String> rules(Revision revision) {
		Map<String, String> rules = new LinkedHashMap<>();
		Standard standard = revision.standard();
		if (standard != null) {
			rules.put("standard.title", standard.getTitle());
			rules.put("standard.code", standard.getCode());
			rules.put("standard.revision", standard.getRevision());
			rules.put("standard.status", standard.getStatus().getLiteral());
		}
		for (WeightTable t : revision.weightTables()) {
			rules.put("title." + t.getName(), t.getTitle());
		}
		for (RequirementTable t : revision.requirementTables()) {
			rules.put("title." + t.getName(), t.getTitle());
		}
		for (Level level : revision.levels()) {
			rules.put("level." + level.getName(), level.getDescription());
		}
		for (Rating rating : revision.ratings()) {
			rules.put("scale." + rating.getName(), rating.getValue());
		}
		for (Part part : revision.parts()) {
			rules.put("part." + part.getName(), part.getKind().getLiteral() + " " + part.getTarget());
		}
		for (Sector sector : revision.sectors()) {
			rules.put("sector." + sector.getName(), sector.getCode());
		}
		for (Tailoring t : revision.tailorings()) {
			rules.put("tailoring.allow", t.isAll() ? "all"
					: String.join(", ", t.getSubdomains().stream().map(s -> s.getName() == null ? "?" : s.getName()).toList()));
			rules.put("tailoring.redistribute", t.getScope().getLiteral());
		}
		for (Determination d : revision.determinations()) {
			rules.put("determination.met", d.getComparison().getLiteral() + " " + d.getThreshold());
			rules.put("determination.progressive", d.getProgressive().getLiteral());
			for (Band band : d.getBands()) {
				rules.put("band." + (band.getLevel() == null ? "?" : band.getLevel().getName()),
						"[" + band.getLow() + ", " + band.getHigh() + (band.isHighClosed() ? "]" : ")"));
			}
		}
		for (Composite c : revision.composites()) {
			rules.put("composite.aggregate", c.getAggregation().getLiteral());
		}
		for (Rules r : revision.rules()) {
			if (r.getNotApplicable() != null) {
				rules.put("rules.not-applicable", r.getNotApplicable().getLiteral() + (r.getNotApplicableName() == null ? "" : " as " + r.getNotApplicableName()));
			}
			if (r.getRatedLevels() != null) {
				rules.put("rules.rate-levels", r.getRatedLevels().getLiteral());
			}
			if (r.eIsSet(com.maturityworkbench.dsl.maturity.MaturityPackage.Literals.RULES__PANEL_CONSENSUS)) {
				rules.put("rules.panel-consensus", r.getPanelConsensus().getLiteral());
			}
		}
		for (Interpretation i : revision.interpretations()) {
			// what the draft says (section and quotes), the reading and its reason: any of them rewritten is a change
			rules.put("interpretation." + i.getName(), (i.getSection() == null ? "" : i.getSection() + "：") + String.join(" / ", i.getQuotes().stream()
					.map(q -> "“" + q + "”").toList()) + " — " + i.getReading() + " — " + i.getReason());
		}
		return rules;
	}
}
