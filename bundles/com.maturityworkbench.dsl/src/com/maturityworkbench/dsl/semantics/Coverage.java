package com.maturityworkbench.dsl.semantics;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;

/**
 * How the rows of the requirement tables of one part (common, or one sector) match the weighted subdomains of its
 * weight tables: by name, ignoring drafting notes and white space. What is left over on both sides is paired as
 * probable name drift where the names are alike.
 */
public final class Coverage {
	private final Map<RequirementRow, WeightedSubdomain> matched = new IdentityHashMap<>();
	private final Map<RequirementRow, WeightedSubdomain> drift = new IdentityHashMap<>();
	private final Map<WeightedSubdomain, RequirementRow> driftBySubdomain = new IdentityHashMap<>();
	private final List<RequirementRow> unweighted = new ArrayList<>();
	private final List<WeightedSubdomain> uncovered = new ArrayList<>();
	private final Map<RequirementRow, RequirementRow> duplicates = new IdentityHashMap<>();

	public Coverage(List<WeightTable> weights, List<RequirementTable> requirements) {
		Map<String, WeightedSubdomain> byName = new LinkedHashMap<>();
		for (WeightTable t : weights) {
			for (WeightDomain d : t.getDomains()) {
				for (WeightedSubdomain s : d.getSubdomains()) {
					byName.putIfAbsent(SubdomainNames.normalize(s.getName()), s);
				}
			}
		}
		Map<String, RequirementRow> firstRow = new LinkedHashMap<>();
		List<RequirementRow> unmatched = new ArrayList<>();
		for (RequirementTable t : requirements) {
			for (RequirementDomain d : t.getDomains()) {
				for (RequirementRow r : d.getRows()) {
					String key = SubdomainNames.normalize(r.getName());
					RequirementRow first = firstRow.putIfAbsent(key, r);
					if (first != null) {
						duplicates.put(r, first);
						continue;
					}
					WeightedSubdomain s = byName.get(key);
					if (s != null) {
						matched.put(r, s);
					} else {
						unmatched.add(r);
					}
				}
			}
		}
		List<WeightedSubdomain> unused = new ArrayList<>();
		for (WeightedSubdomain s : byName.values()) {
			if (!matched.containsValue(s)) {
				unused.add(s);
			}
		}
		for (RequirementRow r : unmatched) {
			WeightedSubdomain alike = null;
			for (WeightedSubdomain s : unused) {
				if (!driftBySubdomain.containsKey(s) && SubdomainNames.probablySame(r.getName(), s.getName())) {
					alike = s;
					break;
				}
			}
			if (alike != null) {
				drift.put(r, alike);
				driftBySubdomain.put(alike, r);
			} else {
				unweighted.add(r);
			}
		}
		for (WeightedSubdomain s : unused) {
			if (!driftBySubdomain.containsKey(s)) {
				uncovered.add(s);
			}
		}
	}

	/**
	 * The coverage a requirement table takes part in: the weight tables of its part (and sector) against every
	 * requirement table of that part, as the coverage checks match them; null when its part has no weight table.
	 */
	public static Coverage of(Revision revision, RequirementTable table) {
		List<WeightTable> weights = revision.weightTablesFor(table);
		return weights.isEmpty() ? null : new Coverage(weights, revision.requirementTablesFor(weights.get(0)));
	}

	/** The weighted subdomain a row stands for: the one of its name, else the one its name probably drifted from. */
	public WeightedSubdomain weightRowOf(RequirementRow row) {
		WeightedSubdomain weighted = weightOf(row);
		return weighted != null ? weighted : driftOf(row);
	}

	/** The weighted subdomain a row scores, or null. */
	public WeightedSubdomain weightOf(RequirementRow row) {
		return matched.get(row);
	}

	/** The weighted subdomain a row probably means although its name differs, or null. */
	public WeightedSubdomain driftOf(RequirementRow row) {
		return drift.get(row);
	}

	public RequirementRow driftOf(WeightedSubdomain subdomain) {
		return driftBySubdomain.get(subdomain);
	}

	public boolean isUnweighted(RequirementRow row) {
		return unweighted.contains(row);
	}

	public boolean isUncovered(WeightedSubdomain subdomain) {
		return uncovered.contains(subdomain);
	}

	/** The earlier row of the same name, when this row repeats one. */
	public RequirementRow duplicateOf(RequirementRow row) {
		return duplicates.get(row);
	}

	/** The row that gives the clauses of a weighted subdomain (by name), or null. */
	public RequirementRow rowOf(WeightedSubdomain subdomain) {
		for (Map.Entry<RequirementRow, WeightedSubdomain> e : matched.entrySet()) {
			if (e.getValue() == subdomain) {
				return e.getKey();
			}
		}
		return null;
	}

	public List<RequirementRow> unweightedRows() {
		return unweighted;
	}

	public List<WeightedSubdomain> uncoveredSubdomains() {
		return uncovered;
	}
}
