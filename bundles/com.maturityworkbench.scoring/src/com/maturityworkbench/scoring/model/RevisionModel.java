package com.maturityworkbench.scoring.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the scoring runtime needs to know about one revision of the standard: levels, rating scale,
 * the common table and one table per sector (weights and clause ids), and the declared rules. Clause texts
 * are not needed for scoring and are not part of this description.
 *
 * <p>The constructor checks structure only (one common table, unique ids, a cell per level, bands naming
 * known levels, tailoring naming known subdomains); completeness and weight targets are the DSL validator's
 * findings, and scoring reports draft gaps in its result.
 *
 * <p>A revision is identified by its standard (id and code) and its revision label: two revisions of one standard have
 * the same {@code revisionId} (the standard's id) and differ in {@code revisionLabel}. An assessment names the standard
 * id always and, from layout 4 on, the label too ({@link #names}).
 *
 * @param standardCode e.g. "YS/T XXXXX—XXXX"
 * @param revisionId the standard's id, e.g. "nonferrous_dt_maturity" (what an assessment's {@code revision} names)
 * @param revisionLabel the revision's label (the head file's {@code revision "…"}), e.g. "征求意见稿"; empty when a
 *        model has none (synthetic models)
 * @param levels level names in ascending order, e.g. 一级 … 五级
 * @param tables the common table first or anywhere, and one table per sector
 * @param rules what an assessment may rate besides the scale (not applicable)
 * @param stage the stage of standardisation as the standard names it (征求意见稿, 送审稿, 报批稿, 发布), for the reports;
 *        {@code status} is what scoring needs of it (whether unmarked gaps are errors)
 */
public record RevisionModel(String standardCode, String revisionId, String revisionLabel, RevisionStatus status, List<String> levels, RatingScale scale,
		List<ScoredTable> tables, TailoringRule tailoring, DeterminationRule determination, CompositeRule composite, AssessmentRules rules,
		String stage) {
	/** The stage of a revision that does not name one: the words {@code draft} and {@code final} read as 征求意见稿 and 发布. */
	public static String defaultStage(RevisionStatus status) {
		return status == RevisionStatus.FINAL ? "发布" : "征求意见稿";
	}

	public RevisionModel {
		Objects.requireNonNull(standardCode, "standardCode");
		Objects.requireNonNull(revisionId, "revisionId");
		Objects.requireNonNull(revisionLabel, "revisionLabel");
		Objects.requireNonNull(status, "status");
		levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
		Objects.requireNonNull(scale, "scale");
		tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
		Objects.requireNonNull(tailoring, "tailoring");
		Objects.requireNonNull(determination, "determination");
		Objects.requireNonNull(composite, "composite");
		Objects.requireNonNull(rules, "rules");
		Objects.requireNonNull(stage, "stage");
		checkStructure(levels, tables, tailoring, determination);
	}

	/** A revision without label (synthetic and test models), at the {@link #defaultStage default stage} of its status. */
	public RevisionModel(String standardCode, String revisionId, RevisionStatus status, List<String> levels, RatingScale scale,
			List<ScoredTable> tables, TailoringRule tailoring, DeterminationRule determination, CompositeRule composite, AssessmentRules rules) {
		this(standardCode, revisionId, "", status, levels, scale, tables, tailoring, determination, composite, rules);
	}

	/** A labelled revision at the {@link #defaultStage default stage} of its status. */
	public RevisionModel(String standardCode, String revisionId, String revisionLabel, RevisionStatus status, List<String> levels, RatingScale scale,
			List<ScoredTable> tables, TailoringRule tailoring, DeterminationRule determination, CompositeRule composite, AssessmentRules rules) {
		this(standardCode, revisionId, revisionLabel, status, levels, scale, tables, tailoring, determination, composite, rules, defaultStage(status));
	}

	/** A revision without label at the given stage. */
	public RevisionModel(String standardCode, String revisionId, RevisionStatus status, List<String> levels, RatingScale scale,
			List<ScoredTable> tables, TailoringRule tailoring, DeterminationRule determination, CompositeRule composite, AssessmentRules rules,
			String stage) {
		this(standardCode, revisionId, "", status, levels, scale, tables, tailoring, determination, composite, rules, stage);
	}

	/** A revision with the default assessment rules ({@link AssessmentRules#standard()}: no not-applicable rating). */
	public RevisionModel(String standardCode, String revisionId, RevisionStatus status, List<String> levels, RatingScale scale,
			List<ScoredTable> tables, TailoringRule tailoring, DeterminationRule determination, CompositeRule composite) {
		this(standardCode, revisionId, "", status, levels, scale, tables, tailoring, determination, composite, AssessmentRules.standard());
	}

	/** The same revision with other assessment rules. */
	public RevisionModel withRules(AssessmentRules newRules) {
		return new RevisionModel(standardCode, revisionId, revisionLabel, status, levels, scale, tables, tailoring, determination, composite, newRules, stage);
	}

	/** The same revision under another label (a derived revision). */
	public RevisionModel withLabel(String newLabel) {
		return new RevisionModel(standardCode, revisionId, newLabel, status, levels, scale, tables, tailoring, determination, composite, rules, stage);
	}

	/** How messages name this revision: {@code nonferrous_dt_maturity（征求意见稿）}, the id alone without label. */
	public String names() {
		return revisionLabel.isEmpty() ? revisionId : revisionId + "（" + revisionLabel + "）";
	}

	private static void checkStructure(List<String> levels, List<ScoredTable> tables, TailoringRule tailoring, DeterminationRule determination) {
		if (levels.isEmpty() || new HashSet<>(levels).size() != levels.size()) {
			throw new IllegalArgumentException("levels must be non-empty and distinct: " + levels);
		}
		long common = tables.stream().filter(t -> t.part() == TablePart.COMMON).count();
		if (common != 1) {
			throw new IllegalArgumentException("a revision has exactly one common table, found " + common);
		}
		Set<String> tableIds = new HashSet<>();
		Set<String> sectors = new HashSet<>();
		Set<String> subdomainIds = new HashSet<>();
		Set<String> clauseIds = new HashSet<>();
		for (ScoredTable t : tables) {
			if (!tableIds.add(t.id())) {
				throw new IllegalArgumentException("table id " + t.id() + " is used twice");
			}
			if (t.sector() != null && !sectors.add(t.sector())) {
				throw new IllegalArgumentException("sector " + t.sector() + " has more than one table");
			}
			Set<String> domainNames = new HashSet<>();
			for (Domain d : t.domains()) {
				if (!domainNames.add(d.name())) {
					throw new IllegalArgumentException("table " + t.id() + " lists domain " + d.name() + " twice");
				}
				for (Subdomain s : d.subdomains()) {
					if (!subdomainIds.add(s.id())) {
						throw new IllegalArgumentException("subdomain id " + s.id() + " is used twice");
					}
					if (s.cells().size() != levels.size()) {
						throw new IllegalArgumentException("subdomain " + s.id() + " has " + s.cells().size() + " cells for " + levels.size() + " levels");
					}
					for (Cell c : s.cells()) {
						for (String id : c.clauseIds()) {
							if (!clauseIds.add(id)) {
								throw new IllegalArgumentException("clause id " + id + " is used twice");
							}
						}
					}
				}
			}
			for (UnweightedRow r : t.unweightedRows()) {
				for (String id : r.clauseIds()) {
					if (!clauseIds.add(id)) {
						throw new IllegalArgumentException("clause id " + id + " is used twice");
					}
				}
			}
		}
		for (String id : tailoring.allowed()) {
			if (!subdomainIds.contains(id)) {
				throw new IllegalArgumentException("the tailoring rule allows unknown subdomain " + id);
			}
		}
		for (Band b : determination.bands()) {
			if (!levels.contains(b.levelName())) {
				throw new IllegalArgumentException("band " + b.describe() + " names unknown level " + b.levelName());
			}
		}
	}

	public int levelCount() {
		return levels.size();
	}

	/** 1-based level number of {@code levelName}, or 0 when it is not a level. */
	public int levelNumber(String levelName) {
		return levels.indexOf(levelName) + 1;
	}

	public ScoredTable commonTable() {
		return tables.stream().filter(t -> t.part() == TablePart.COMMON).findFirst().orElseThrow();
	}

	public Optional<ScoredTable> sectorTable(String sector) {
		return tables.stream().filter(t -> t.part() == TablePart.SECTOR && t.sector().equals(sector)).findFirst();
	}

	/** Sector names in table order, e.g. 采选, 冶炼, 加工. */
	public List<String> sectors() {
		return tables.stream().filter(t -> t.part() == TablePart.SECTOR).map(ScoredTable::sector).collect(Collectors.toUnmodifiableList());
	}
}
