package com.maturityworkbench.dsl.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.Weights;

/** Sizes of every table of a revision: what {@code mwb stats} prints, used to check an encoding against the standard. */
public final class TableStatistics {

	/** One table: weights (subdomain count, weight sum) or requirements (rows, clauses per level, empty cells). */
	public record TableStats(String name, String kind, String part, String sector, int subdomains, BigDecimal weightSum,
			Map<String, Integer> clausesPerLevel, int emptyCells) {
		public int clauses() {
			return clausesPerLevel.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	private TableStatistics() {
	}

	public static List<TableStats> of(Revision revision) {
		List<TableStats> result = new ArrayList<>();
		for (WeightTable t : revision.weightTables()) {
			int n = 0;
			for (WeightDomain d : t.getDomains()) {
				n += d.getSubdomains().size();
			}
			result.add(new TableStats(t.getName(), "weights", partName(t.getPart()), sectorName(t.getSector()), n,
					Weights.sum(t), Map.of(), 0));
		}
		for (RequirementTable t : revision.requirementTables()) {
			Map<String, Integer> perLevel = new LinkedHashMap<>();
			for (Level l : revision.levels()) {
				perLevel.put(l.getName(), 0);
			}
			int rows = 0;
			int empty = 0;
			for (RequirementDomain d : t.getDomains()) {
				for (RequirementRow r : d.getRows()) {
					rows++;
					for (Cell c : r.getCells()) {
						String level = c.getLevel() == null || c.getLevel().eIsProxy() ? "?" : c.getLevel().getName();
						perLevel.merge(level, c.getClauses().size(), Integer::sum);
						if (c.getClauses().isEmpty()) {
							empty++;
						}
					}
				}
			}
			result.add(new TableStats(t.getName(), "requirements", partName(t.getPart()), sectorName(t.getSector()), rows, null,
					perLevel, empty));
		}
		return result;
	}

	private static String partName(com.maturityworkbench.dsl.maturity.Part p) {
		return p == null || p.eIsProxy() ? null : p.getName();
	}

	private static String sectorName(com.maturityworkbench.dsl.maturity.Sector s) {
		return s == null || s.eIsProxy() ? null : s.getName();
	}
}
