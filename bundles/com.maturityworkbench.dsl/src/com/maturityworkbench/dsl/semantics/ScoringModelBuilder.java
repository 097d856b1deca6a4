package com.maturityworkbench.dsl.semantics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.maturityworkbench.dsl.maturity.Band;
import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.Composite;
import com.maturityworkbench.dsl.maturity.Consensus;
import com.maturityworkbench.dsl.maturity.Determination;
import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.Rating;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Permission;
import com.maturityworkbench.dsl.maturity.Rules;
import com.maturityworkbench.dsl.maturity.Tailoring;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.Aggregation;
import com.maturityworkbench.scoring.model.AssessmentRules;
import com.maturityworkbench.scoring.model.CompositeRule;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.PanelConsensus;
import com.maturityworkbench.scoring.model.RatingScale;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.RevisionStatus;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.Subdomain;
import com.maturityworkbench.scoring.model.TablePart;
import com.maturityworkbench.scoring.model.TailoringRule;
import com.maturityworkbench.scoring.model.TailoringScope;
import com.maturityworkbench.scoring.model.UnweightedRow;

/**
 * The plain scoring description of a revision, built from its EMF model: weights as exact fractions, the clause
 * ids of every cell, the rows without weight, and the declared rules. A row scores the weighted subdomain of the
 * same name (drafting notes aside); a row whose name drifted scores nothing and is listed as unweighted, exactly
 * as the validator reports it.
 */
public final class ScoringModelBuilder {
	private static final Rational HUNDRED = Rational.of(100, 1);

	private ScoringModelBuilder() {
	}

	/** The clause id used in assessments: requirement table, row name (without notes), level, position (1-based). */
	public static String clauseId(Clause clause) {
		Cell cell = (Cell) clause.eContainer();
		RequirementRow row = (RequirementRow) cell.eContainer();
		RequirementTable table = (RequirementTable) row.eContainer().eContainer();
		return table.getName() + "." + SubdomainNames.normalize(row.getName()) + "." + cell.getLevel().getName() + "."
				+ (cell.getClauses().indexOf(clause) + 1);
	}

	public static String subdomainId(WeightedSubdomain subdomain) {
		WeightTable table = (WeightTable) subdomain.eContainer().eContainer();
		return table.getName() + "." + subdomain.getName();
	}

	public static RevisionModel build(Revision revision) {
		List<String> levels = revision.levels().stream().map(Level::getName).toList();
		List<RatingValue> values = new ArrayList<>();
		for (Rating r : revision.ratings()) {
			values.add(new RatingValue(r.getName(), Rational.parse(r.getValue())));
		}
		List<ScoredTable> tables = new ArrayList<>();
		List<WeightTable> common = revision.commonWeightTables();
		if (!common.isEmpty()) {
			tables.add(table(revision, common.get(0), levels));
		}
		for (var sector : revision.sectors()) {
			List<WeightTable> sectorTables = revision.weightTablesOf(sector);
			if (!sectorTables.isEmpty()) {
				tables.add(table(revision, sectorTables.get(0), levels));
			}
		}
		String code = revision.standard() == null ? null : revision.standard().getCode();
		RevisionStatus status = revision.isFinal() ? RevisionStatus.FINAL : RevisionStatus.DRAFT;
		String label = revision.standard() == null || revision.standard().getRevision() == null ? "" : revision.standard().getRevision();
		return new RevisionModel(code, revision.name(), label, status, levels, new RatingScale(values), tables,
				tailoring(revision), determination(revision, levels), composite(revision), assessmentRules(revision), revision.stage());
	}

	/**
	 * The rules block: not applicable allowed (under its name) or forbidden; no block, or no such line, keeps it
	 * forbidden. The panel consensus: lowest when declared so, else the median.
	 */
	public static AssessmentRules assessmentRules(Revision revision) {
		if (revision.rules().isEmpty()) {
			return AssessmentRules.standard();
		}
		Rules r = revision.rules().get(0);
		String name = r.getNotApplicableName() == null ? AssessmentRules.DEFAULT_NOT_APPLICABLE_NAME : r.getNotApplicableName();
		PanelConsensus consensus = r.getPanelConsensus() == Consensus.LOWEST ? PanelConsensus.LOWEST : PanelConsensus.MEDIAN;
		return new AssessmentRules(r.getNotApplicable() == Permission.ALLOWED, name, consensus);
	}

	private static ScoredTable table(Revision revision, WeightTable weights, List<String> levels) {
		List<RequirementTable> requirements = revision.requirementTablesFor(weights);
		Coverage coverage = new Coverage(revision.weightTablesLike(weights), requirements);
		List<Domain> domains = new ArrayList<>();
		for (WeightDomain d : weights.getDomains()) {
			List<Subdomain> subdomains = new ArrayList<>();
			for (WeightedSubdomain s : d.getSubdomains()) {
				BigDecimal percent = Weights.percent(s.getWeight());
				Rational weight = Rational.of(percent == null ? BigDecimal.ZERO : percent).divide(HUNDRED);
				RequirementRow row = coverage.rowOf(s);
				subdomains.add(new Subdomain(subdomainId(s), s.getName(), weight, cells(row, levels)));
			}
			domains.add(new Domain(d.getName(), subdomains));
		}
		List<UnweightedRow> unweighted = new ArrayList<>();
		for (RequirementTable t : requirements) {
			for (RequirementDomain d : t.getDomains()) {
				for (RequirementRow r : d.getRows()) {
					if (coverage.weightOf(r) == null) {
						List<String> ids = new ArrayList<>();
						r.getCells().forEach(c -> c.getClauses().forEach(cl -> ids.add(clauseId(cl))));
						unweighted.add(new UnweightedRow(t.getName() + "." + SubdomainNames.normalize(r.getName()), d.getName(), ids));
					}
				}
			}
		}
		TablePart part = weights.getSector() == null ? TablePart.COMMON : TablePart.SECTOR;
		String sector = weights.getSector() == null ? null : weights.getSector().getName();
		return new ScoredTable(weights.getName(), part, sector, domains, unweighted);
	}

	private static List<com.maturityworkbench.scoring.model.Cell> cells(RequirementRow row, List<String> levels) {
		List<com.maturityworkbench.scoring.model.Cell> cells = new ArrayList<>();
		for (String level : levels) {
			Cell found = null;
			if (row != null) {
				for (Cell c : row.getCells()) {
					if (c.getLevel() != null && level.equals(c.getLevel().getName())) {
						found = c;
						break;
					}
				}
			}
			if (found == null || (found.getClauses().isEmpty() && !found.isEmpty())) {
				cells.add(com.maturityworkbench.scoring.model.Cell.unmarkedEmpty());
			} else if (found.isEmpty()) {
				cells.add(com.maturityworkbench.scoring.model.Cell.markedEmpty(found.getReason()));
			} else {
				cells.add(com.maturityworkbench.scoring.model.Cell.of(found.getClauses().stream().map(ScoringModelBuilder::clauseId).toList()));
			}
		}
		return cells;
	}

	private static TailoringRule tailoring(Revision revision) {
		if (revision.tailorings().isEmpty()) {
			return TailoringRule.none();
		}
		Tailoring t = revision.tailorings().get(0);
		TailoringScope scope = t.getScope() == com.maturityworkbench.dsl.maturity.RedistributionScope.TABLE ? TailoringScope.TABLE
				: TailoringScope.DOMAIN;
		if (t.isAll()) {
			return TailoringRule.all(scope);
		}
		Set<String> allowed = new LinkedHashSet<>();
		t.getSubdomains().forEach(s -> allowed.add(subdomainId(s)));
		return TailoringRule.only(allowed, scope);
	}

	private static DeterminationRule determination(Revision revision, List<String> levels) {
		if (revision.determinations().isEmpty()) {
			return DeterminationRule.standard(levels);
		}
		Determination d = revision.determinations().get(0);
		List<com.maturityworkbench.scoring.model.Band> bands = new ArrayList<>();
		for (Band b : d.getBands()) {
			bands.add(new com.maturityworkbench.scoring.model.Band(b.getLevel().getName(), Rational.parse(b.getLow()),
					Rational.parse(b.getHigh()), b.isHighClosed()));
		}
		var comparison = d.getComparison() == com.maturityworkbench.dsl.maturity.Comparison.ABOVE
				? com.maturityworkbench.scoring.model.Comparison.GREATER_THAN
				: com.maturityworkbench.scoring.model.Comparison.AT_LEAST;
		return new DeterminationRule(comparison, Rational.parse(d.getThreshold()),
				d.getProgressive() == com.maturityworkbench.dsl.maturity.Switch.ON, bands);
	}

	private static CompositeRule composite(Revision revision) {
		if (revision.composites().isEmpty()) {
			return CompositeRule.mean();
		}
		Composite c = revision.composites().get(0);
		return new CompositeRule(switch (c.getAggregation()) {
		case MEDIAN -> Aggregation.MEDIAN;
		case TRIMMED -> Aggregation.TRIMMED;
		default -> Aggregation.MEAN;
		});
	}
}
