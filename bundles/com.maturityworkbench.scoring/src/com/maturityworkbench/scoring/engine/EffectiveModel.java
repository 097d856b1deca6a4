package com.maturityworkbench.scoring.engine;

import static com.maturityworkbench.scoring.i18n.RuntimeMessages.M;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.Cell;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.ModelException;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.RevisionStatus;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.Subdomain;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.scoring.model.UnweightedRow;
import com.maturityworkbench.scoring.result.DraftGap;
import com.maturityworkbench.scoring.result.DraftGap.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The effective model of one enterprise: the common table and its sector's table with tailoring and the
 * revision's gaps applied, as one effective weight w'(s) per subdomain and level. The single place where
 * weight redistribution is defined; both the engine and the compiled scorer use it.
 *
 * <p>At level i a subdomain is <em>scored</em> when it is not tailored out and its cell has a clause. Then,
 * per table T and domain D with R(D) its scored subdomains:
 * <ul>
 * <li>w'(s) = w(s) · W'(D) / W(R(D)) for s in R(D): the domain keeps its weight, shared in proportion to the
 * declared weights (6.1's 等比扩大; formula w'(t) = w(t)·W(domain)/W(retained in domain));</li>
 * <li>W'(D) = W(D) · W(T) / W(N(T)), N(T) the domains of T with a scored subdomain: the weight of a domain with
 * nothing scored is spread proportionally over the other domains of the same table (TABLE tailoring scope,
 * and draft domains without clauses);</li>
 * <li>should a whole table have nothing scored at level i, its weight is spread proportionally over the other
 * table in the same way, so the weights at every level keep the model's total.</li>
 * </ul>
 * Tailoring is validated before (an emptied domain under DOMAIN scope never gets here). Clauses rated not
 * applicable (where the revision allows it) are not rated clauses of their cell: a cell whose every clause is not
 * applicable is not scored, like an empty cell.
 */
public final class EffectiveModel {
	private final SectorModel sectorModel;
	private final Set<String> tailored;
	private final Set<String> notApplicable;
	/** [subdomain order][level]: w'(s) at that level, ZERO when not scored. */
	private final Rational[][] weights;
	private final boolean[][] scored;
	private final List<DraftGap> draftGaps;

	private EffectiveModel(SectorModel sectorModel, Set<String> tailored, Set<String> notApplicable) {
		this.sectorModel = sectorModel;
		this.tailored = Collections.unmodifiableSet(new LinkedHashSet<>(tailored));
		this.notApplicable = Collections.unmodifiableSet(new LinkedHashSet<>(notApplicable));
		RevisionModel model = sectorModel.model();
		checkFinalRevision(model);
		checkTotalWeight(model);
		int n = sectorModel.subdomains().size();
		int levels = model.levelCount();
		this.weights = new Rational[n][levels];
		this.scored = new boolean[n][levels];
		for (int level = 0; level < levels; level++) {
			distribute(level);
		}
		this.draftGaps = Collections.unmodifiableList(new DraftGapCollector().collect());
	}

	/** Builds the effective model; tailoring must have been validated (see {@link ScoringEngine#effectiveModel}). */
	static EffectiveModel of(SectorModel sectorModel, Set<String> tailored) {
		return new EffectiveModel(sectorModel, tailored, Set.of());
	}

	/** The same with clauses rated not applicable (validated: allowed by the revision, clauses of this model). */
	static EffectiveModel of(SectorModel sectorModel, Set<String> tailored, Set<String> notApplicable) {
		return new EffectiveModel(sectorModel, tailored, notApplicable);
	}

	private void checkFinalRevision(RevisionModel model) {
		if (model.status() != RevisionStatus.FINAL) {
			return;
		}
		for (SubdomainRef ref : sectorModel.subdomains()) {
			List<Cell> cells = ref.subdomain().cells();
			for (int level = 0; level < cells.size(); level++) {
				if (cells.get(level).isEmpty() && !cells.get(level).isMarkedEmpty()) {
					throw new ModelException(M.text("model.unmarked-empty-cell", model.revisionId(), ref.id(), model.levels().get(level)));
				}
			}
		}
	}

	/**
	 * The weights of the common table and the sector's table must add up to 100 %: otherwise A(i) leaves [0, 1]
	 * and S its range. A draft may be validated with other sums (a warning there); it is not scored.
	 */
	private void checkTotalWeight(RevisionModel model) {
		Rational total = Rational.ZERO;
		for (ScoredTable table : sectorModel.tables()) {
			total = total.add(table.weight());
		}
		if (!total.equals(Rational.ONE)) {
			throw new ModelException(M.text("model.weights-not-100", model.revisionId(), sectorModel.sector(),
					total.multiply(Rational.valueOf(100)).toDecimal(4).stripTrailingZeros().toPlainString()));
		}
	}

	private void distribute(int level) {
		Rational modelWeight = Rational.ZERO;
		Rational scoredTablesWeight = Rational.ZERO;
		boolean someTableEmpty = false;
		for (ScoredTable table : sectorModel.tables()) {
			Rational tableWeight = table.weight();
			modelWeight = modelWeight.add(tableWeight);
			Rational scoredDomainsWeight = Rational.ZERO;
			for (Domain d : table.domains()) {
				if (!scoredIn(d, level).isEmpty()) {
					scoredDomainsWeight = scoredDomainsWeight.add(d.weight());
				}
			}
			if (scoredDomainsWeight.isZero()) {
				someTableEmpty = true;
				continue;
			}
			scoredTablesWeight = scoredTablesWeight.add(tableWeight);
			Rational tableFactor = tableWeight.divide(scoredDomainsWeight);
			for (Domain d : table.domains()) {
				List<SubdomainRef> r = scoredIn(d, level);
				if (r.isEmpty()) {
					continue;
				}
				Rational retained = r.stream().map(s -> s.subdomain().weight()).reduce(Rational.ZERO, Rational::add);
				Rational factor = d.weight().multiply(tableFactor).divide(retained);
				for (SubdomainRef s : r) {
					weights[s.order()][level] = s.subdomain().weight().multiply(factor);
					scored[s.order()][level] = true;
				}
			}
		}
		Rational modelFactor = someTableEmpty && !scoredTablesWeight.isZero() ? modelWeight.divide(scoredTablesWeight) : Rational.ONE;
		for (int s = 0; s < weights.length; s++) {
			if (weights[s][level] == null) {
				weights[s][level] = Rational.ZERO;
			} else if (!modelFactor.equals(Rational.ONE)) {
				weights[s][level] = weights[s][level].multiply(modelFactor);
			}
		}
	}

	/** Subdomains of {@code d} scored at {@code level}, in table order. */
	private List<SubdomainRef> scoredIn(Domain d, int level) {
		List<SubdomainRef> r = new ArrayList<>();
		for (Subdomain s : d.subdomains()) {
			if (!tailored.contains(s.id()) && hasRatedClause(s.cell(level))) {
				r.add(sectorModel.subdomain(s.id()).orElseThrow());
			}
		}
		return r;
	}

	private boolean hasRatedClause(Cell c) {
		return c.clauseIds().stream().anyMatch(id -> !notApplicable.contains(id));
	}

	/**
	 * The rated clauses of subdomain {@code s} at 0-based {@code levelIndex}: its clauses without those rated not
	 * applicable, in printed order; their number is the n of formula (3).
	 */
	public List<String> ratedClauses(SubdomainRef s, int levelIndex) {
		List<String> ids = s.subdomain().cell(levelIndex).clauseIds();
		return notApplicable.isEmpty() ? ids : ids.stream().filter(id -> !notApplicable.contains(id)).toList();
	}

	/** Clauses rated not applicable in this effective model's assessment. */
	public Set<String> notApplicable() {
		return notApplicable;
	}

	public SectorModel sectorModel() {
		return sectorModel;
	}

	public RevisionModel model() {
		return sectorModel.model();
	}

	public String sector() {
		return sectorModel.sector();
	}

	public Set<String> tailored() {
		return tailored;
	}

	public boolean isTailored(String subdomainId) {
		return tailored.contains(subdomainId);
	}

	/** w'(s) at 0-based {@code levelIndex}; zero when the subdomain is not scored there. */
	public Rational weight(SubdomainRef s, int levelIndex) {
		return weights[s.order()][levelIndex];
	}

	/** True when subdomain {@code s} is retained and has a clause at 0-based {@code levelIndex}. */
	public boolean isScored(SubdomainRef s, int levelIndex) {
		return scored[s.order()][levelIndex];
	}

	/** Effective weights of all subdomains at 0-based {@code levelIndex}, in table order. */
	public List<Rational> weights(int levelIndex) {
		List<Rational> r = new ArrayList<>();
		for (Rational[] w : weights) {
			r.add(w[levelIndex]);
		}
		return r;
	}

	/** Gaps of the revision that shape scores in this effective model (see {@link DraftGap.Kind}). */
	public List<DraftGap> draftGaps() {
		return draftGaps;
	}

	/** Collects the draft gaps in table order: per domain its subdomains' gaps then its own, per table its own, then its unweighted rows. */
	private final class DraftGapCollector {
		private final RevisionModel model = sectorModel.model();
		private final List<DraftGap> gaps = new ArrayList<>();

		List<DraftGap> collect() {
			for (ScoredTable table : sectorModel.tables()) {
				for (Domain d : table.domains()) {
					collectDomain(table, d);
				}
				for (int level = 0; level < model.levelCount(); level++) {
					final int l = level;
					boolean tableScored = table.domains().stream().anyMatch(d -> !scoredIn(d, l).isEmpty());
					if (!tableScored) {
						gaps.add(new DraftGap(Kind.TABLE_EMPTY_AT_LEVEL, table.id(), null, null, levelName(level), null, null,
								M.text("gap.table-empty-at-level", table.id(), levelName(level))));
					}
				}
				for (UnweightedRow row : table.unweightedRows()) {
					gaps.add(new DraftGap(Kind.UNWEIGHTED_ROW, table.id(), row.domainName(), null, null, null, row.clauseIds(),
							M.text("gap.unweighted-row", row.name(), table.id(), row.clauseIds().size())));
				}
			}
			return gaps;
		}

		private void collectDomain(ScoredTable table, Domain d) {
			List<Subdomain> retained = d.subdomains().stream().filter(s -> !tailored.contains(s.id())).toList();
			for (Subdomain s : retained) {
				if (!s.hasClauses()) {
					gaps.add(new DraftGap(Kind.SUBDOMAIN_WITHOUT_CLAUSES, table.id(), d.name(), s.id(), null, null, null,
							M.text("gap.subdomain-without-clauses", s.id(), percent(s.weight()))));
					continue;
				}
				for (int level = 0; level < s.cells().size(); level++) {
					Cell c = s.cell(level);
					if (c.isMarkedEmpty()) {
						gaps.add(new DraftGap(Kind.EMPTY_CELL_MARKED, table.id(), d.name(), s.id(), levelName(level), c.emptyReason(), null,
								M.text("gap.cell-marked-empty", s.id(), levelName(level), c.emptyReason())));
					} else if (c.isEmpty()) {
						gaps.add(new DraftGap(Kind.EMPTY_CELL_UNMARKED, table.id(), d.name(), s.id(), levelName(level), null, null,
								M.text("gap.cell-unmarked-empty", s.id(), levelName(level))));
					} else if (!hasRatedClause(c)) {
						gaps.add(new DraftGap(Kind.CELL_NOT_APPLICABLE, table.id(), d.name(), s.id(), levelName(level), null, c.clauseIds(),
								M.text("gap.cell-not-applicable", s.id(), levelName(level), c.size())));
					}
				}
			}
			if (retained.isEmpty()) {
				return;
			}
			if (retained.stream().noneMatch(Subdomain::hasClauses)) {
				gaps.add(new DraftGap(Kind.DOMAIN_WITHOUT_CLAUSES, table.id(), d.name(), null, null, null, null,
						M.text("gap.domain-without-clauses", d.name(), table.id(), percent(d.weight()))));
				return;
			}
			for (int level = 0; level < model.levelCount(); level++) {
				if (scoredIn(d, level).isEmpty()) {
					gaps.add(new DraftGap(Kind.DOMAIN_EMPTY_AT_LEVEL, table.id(), d.name(), null, levelName(level), null, null,
							M.text("gap.domain-empty-at-level", d.name(), table.id(), levelName(level))));
				}
			}
		}

		private String levelName(int level) {
			return model.levels().get(level);
		}

		private String percent(Rational w) {
			return w.multiply(Rational.valueOf(100)).toExactString() + "%";
		}
	}
}
