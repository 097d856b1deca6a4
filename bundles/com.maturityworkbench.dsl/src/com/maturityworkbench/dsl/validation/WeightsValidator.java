package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.PartKind;
import com.maturityworkbench.dsl.maturity.Parts;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.Standard;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.Tables;
import com.maturityworkbench.dsl.semantics.Weights;

/** Weight sums of Tables 1-4, exact: each part meets its target, each effective model is 100 %. */
public class WeightsValidator extends MaturityCheck {
	private static final BigDecimal HUNDRED = new BigDecimal(100);

	@Check
	public void partSum(WeightTable table) {
		Part part = table.getPart();
		if (part == null || part.eIsProxy()) {
			return;
		}
		BigDecimal target = Weights.percent(part.getTarget());
		BigDecimal sum = Weights.sum(table);
		if (target != null && sum.compareTo(target) != 0) {
			content(table, text("weights.sum-part", Tables.describe(table),
					Weights.show(sum), part.getName(), Weights.show(target), Weights.show(sum.subtract(target).abs())),
					Literals.WEIGHT_TABLE__NAME, IssueCodes.WEIGHT_SUM_PART, Weights.show(sum), Weights.show(target));
		}
	}

	@Check
	public void effectiveModelSum(WeightTable table) {
		Sector sector = table.getSector();
		if (sector == null || sector.eIsProxy()) {
			return;
		}
		Revision revision = revision(table);
		List<WeightTable> common = revision.commonWeightTables();
		if (common.isEmpty()) {
			return;
		}
		BigDecimal total = Weights.sum(common).add(Weights.sum(revision.weightTablesOf(sector)));
		if (total.compareTo(HUNDRED) != 0 && revision.weightTablesOf(sector).get(0) == table) {
			content(table, text("weights.sum-model", sector.getName(),
					ValidationMessages.joined("list.enum", common.stream().map(t -> Tables.name(t.getName())).toList()), Tables.name(table.getName()),
					Weights.show(total)),
					Literals.WEIGHT_TABLE__NAME, IssueCodes.WEIGHT_SUM_MODEL, Weights.show(total));
		}
	}

	@Check
	public void partAndSectorAgree(WeightTable table) {
		Part part = table.getPart();
		if (part == null || part.eIsProxy()) {
			return;
		}
		if (part.getKind() == PartKind.COMMON && table.getSector() != null) {
			rule(table, text("weights.common-with-sector", Tables.name(table.getName()), part.getName()),
					Literals.WEIGHT_TABLE__SECTOR, IssueCodes.WEIGHT_TABLE_PART_SECTOR);
		} else if (part.getKind() == PartKind.SECTOR && table.getSector() == null) {
			rule(table, text("weights.sector-without-sector", Tables.name(table.getName()), part.getName()),
					Literals.WEIGHT_TABLE__PART, IssueCodes.WEIGHT_TABLE_PART_SECTOR);
		}
	}

	@Check
	public void positiveWeight(WeightedSubdomain subdomain) {
		if (subdomain.getWeight() == null) {
			return; // not parsed: the syntax error says so
		}
		BigDecimal w = Weights.percent(subdomain.getWeight());
		// an error at every stage: the scoring model has no subdomain of weight 0 (generation and scoring refuse it)
		if (w == null || w.signum() <= 0) {
			rule(subdomain, text("weights.not-positive", subdomain.getName(), subdomain.getWeight()), Literals.WEIGHTED_SUBDOMAIN__WEIGHT, IssueCodes.WEIGHT_NOT_POSITIVE);
		} else if (w.compareTo(HUNDRED) > 0) {
			rule(subdomain, text("weights.over-100", subdomain.getName(), subdomain.getWeight()),
					Literals.WEIGHTED_SUBDOMAIN__WEIGHT, IssueCodes.WEIGHT_OUT_OF_RANGE);
		}
	}

	/** One common table, one table per sector: the scoring model takes exactly one (the first, by file order, would win). */
	@Check
	public void oneTablePerPart(WeightTable table) {
		Part part = table.getPart();
		if (part == null || part.eIsProxy() || (table.getSector() != null && table.getSector().eIsProxy())) {
			return;
		}
		Revision revision = revision(table);
		List<WeightTable> same = table.getSector() == null ? revision.commonWeightTables() : revision.weightTablesOf(table.getSector());
		if (same.size() > 1 && same.get(0) != table) {
			String of = table.getSector() == null ? text("weights.of-common") : text("weights.of-sector", table.getSector().getName());
			rule(table, text("weights.table-twice", of, Tables.name(same.get(0).getName()), of),
					Literals.WEIGHT_TABLE__NAME, IssueCodes.WEIGHT_TABLE_TWICE, same.get(0).getName());
		}
	}

	/**
	 * A domain listed once per table: the scoring model refuses a table listing a domain twice (a lost header line
	 * between two tables gives exactly that; mwb fuzz found validate passing such a draft).
	 */
	@Check
	public void domainOncePerTable(WeightDomain domain) {
		WeightTable table = (WeightTable) domain.eContainer();
		for (WeightDomain earlier : table.getDomains()) {
			if (earlier == domain) {
				return;
			}
			if (earlier.getName() != null && earlier.getName().equals(domain.getName())) {
				rule(domain, text("weights.domain-twice", Tables.describe(table), domain.getName(), placeOf(earlier, domain)), Literals.WEIGHT_DOMAIN__NAME,
						IssueCodes.WEIGHT_DOMAIN_TWICE);
				return;
			}
		}
	}

	/** The head file's revision needs its common table (表1): without it nothing can be scored or generated. */
	@Check
	public void commonTablePresent(Standard standard) {
		Revision revision = revision(standard);
		if (revision.commonWeightTables().isEmpty()) {
			rule(standard, text("weights.common-missing", standard.getName()),
					Literals.STANDARD__NAME, IssueCodes.WEIGHT_COMMON_MISSING);
		}
	}

	@Check
	public void everySectorHasWeights(Sector sector) {
		if (revision(sector).weightTablesOf(sector).isEmpty()) {
			content(sector, text("weights.sector-missing", sector.getName()), Literals.SECTOR__NAME,
					IssueCodes.WEIGHT_TABLE_MISSING);
		}
	}

	@Check
	public void targetsAddUp(Parts parts) {
		BigDecimal common = BigDecimal.ZERO;
		BigDecimal sector = null;
		for (Part p : parts.getParts()) {
			BigDecimal t = Weights.percent(p.getTarget());
			if (t == null) {
				continue;
			}
			if (p.getKind() == PartKind.COMMON) {
				common = common.add(t);
			} else if (sector == null) {
				sector = t;
			} else if (sector.compareTo(t) != 0) {
				rule(p, text("weights.targets-differ", Weights.show(sector), Weights.show(t)),
						Literals.PART__TARGET, IssueCodes.PART_TARGETS);
			}
		}
		BigDecimal total = common.add(sector == null ? BigDecimal.ZERO : sector);
		if (total.compareTo(HUNDRED) != 0) {
			rule(parts, text("weights.targets-sum", Weights.show(total)), null,
					IssueCodes.PART_TARGETS);
		}
	}
}
