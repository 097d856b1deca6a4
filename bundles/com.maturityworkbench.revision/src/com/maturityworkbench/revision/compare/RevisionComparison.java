package com.maturityworkbench.revision.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.revision.compare.ClauseMapping.ClausePlace;
import com.maturityworkbench.revision.compare.ContextChange.Kind;
import com.maturityworkbench.revision.compare.RevisionOutline.CellOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.SubdomainOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.TableGroup;
import com.maturityworkbench.revision.compare.WeightTableChange.DomainTotal;
import com.maturityworkbench.revision.compare.WeightTableChange.Row;

/** Compares two revisions of a standard: the entry point of the revision tools ({@code mwb diff}). */
public final class RevisionComparison {
	private RevisionComparison() {
	}

	public static RevisionDiff compare(Revision old, Revision nu) {
		return compare(RevisionOutline.of(old), RevisionOutline.of(nu));
	}

	public static RevisionDiff compare(RevisionOutline old, RevisionOutline nu) {
		List<SubdomainMatch> subdomains = SubdomainMatcher.match(old, nu);
		ClauseMap clauses = ClauseMatcher.match(subdomains, old, nu);
		return new RevisionDiff(old.name(), nu.name(), rules(old.rules(), nu.rules()), weights(old, nu, subdomains), subdomains, RowPlaces.changes(subdomains, nu),
				clauses, context(subdomains, clauses, old, nu), ExampleComparison.compare(old.examples(), nu.examples()));
	}

	private static List<RuleChange> rules(Map<String, String> old, Map<String, String> nu) {
		Set<String> keys = new LinkedHashSet<>(old.keySet());
		keys.addAll(nu.keySet());
		List<RuleChange> changes = new ArrayList<>();
		for (String key : keys) {
			if (!Objects.equals(old.get(key), nu.get(key))) {
				changes.add(new RuleChange(key, old.get(key), nu.get(key)));
			}
		}
		return changes;
	}

	private static List<WeightTableChange> weights(RevisionOutline old, RevisionOutline nu, List<SubdomainMatch> subdomains) {
		Set<String> keys = new LinkedHashSet<>();
		old.groups().forEach(g -> keys.add(g.key()));
		nu.groups().forEach(g -> keys.add(g.key()));
		List<WeightTableChange> tables = new ArrayList<>();
		for (String key : keys) {
			TableGroup o = old.group(key);
			TableGroup n = nu.group(key);
			List<Row> rows = new ArrayList<>();
			Map<String, BigDecimal[]> domains = new LinkedHashMap<>();
			for (SubdomainMatch m : subdomains) {
				SubdomainOutline os = m.old() != null && m.old().group().equals(key) ? m.old() : null;
				SubdomainOutline ns = m.nu() != null && m.nu().group().equals(key) ? m.nu() : null;
				if ((os == null || os.weight() == null) && (ns == null || ns.weight() == null)) {
					continue;
				}
				String domain = ns != null ? ns.domain() : os.domain();
				rows.add(new Row(domain, os == null ? null : os.name(), ns == null ? null : ns.name(), os == null ? null : os.weight(),
						ns == null ? null : ns.weight()));
				if (os != null && os.weight() != null) {
					domains.computeIfAbsent(os.domain(), d -> new BigDecimal[2])[0] = add(domains.get(os.domain())[0], os.weight());
				}
				if (ns != null && ns.weight() != null) {
					domains.computeIfAbsent(ns.domain(), d -> new BigDecimal[2])[1] = add(domains.get(ns.domain())[1], ns.weight());
				}
			}
			List<DomainTotal> totals = new ArrayList<>();
			domains.forEach((d, sums) -> totals.add(new DomainTotal(d, sums[0], sums[1])));
			tables.add(new WeightTableChange(key, o == null ? null : o.weightTable(), n == null ? null : n.weightTable(), rows, totals, sum(o),
					sum(n), o == null ? null : o.target(), n == null ? null : n.target()));
		}
		return tables;
	}

	private static BigDecimal add(BigDecimal a, BigDecimal b) {
		return a == null ? b : a.add(b);
	}

	private static BigDecimal sum(TableGroup g) {
		if (g == null || g.weightTable() == null) {
			return null;
		}
		return g.subdomains().stream().map(SubdomainOutline::weight).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static List<ContextChange> context(List<SubdomainMatch> subdomains, ClauseMap clauses, RevisionOutline old, RevisionOutline nu) {
		List<ContextChange> changes = new ArrayList<>();
		for (SubdomainMatch m : subdomains) {
			if (m.old() == null || m.nu() == null) {
				continue;
			}
			Set<String> levels = new LinkedHashSet<>(m.old().cells().keySet());
			levels.addAll(m.nu().cells().keySet());
			for (String level : levels) {
				CellOutline o = m.old().cells().get(level);
				CellOutline n = m.nu().cells().get(level);
				ClausePlace place = new ClausePlace(m.nu().group(), nu.group(m.nu().group()).requirementTable(), m.nu().clauseDomain(), m.nu().name(), level);
				text(changes, Kind.EMPTY, place, null, o == null ? null : o.emptyReason(), n == null ? null : n.emptyReason());
				text(changes, Kind.LEAD_IN, place, null, o == null ? null : o.leadIn(), n == null ? null : n.leadIn());
				notes(changes, place, null, o == null ? List.of() : o.notes(), n == null ? List.of() : n.notes());
			}
		}
		for (ClauseMapping c : clauses.mappings()) {
			if (c.old() != null && c.nu() != null) {
				notes(changes, c.newPlace(), c.nu().label(), c.old().notes(), c.nu().notes());
			}
		}
		return changes;
	}

	private static void notes(List<ContextChange> changes, ClausePlace place, String label, List<String> old, List<String> nu) {
		List<String> o = new ArrayList<>(old);
		List<String> n = new ArrayList<>(nu);
		o.removeIf(x -> n.remove(x)); // notes present on both sides are unchanged
		for (int i = 0; i < Math.max(o.size(), n.size()); i++) {
			text(changes, Kind.NOTE, place, label, i < o.size() ? o.get(i) : null, i < n.size() ? n.get(i) : null);
		}
	}

	private static void text(List<ContextChange> changes, Kind kind, ClausePlace place, String label, String old, String nu) {
		if (!Objects.equals(old, nu)) {
			changes.add(new ContextChange(kind, place, label, old, nu, TextDiff.of(old == null ? "" : old, nu == null ? "" : nu)));
		}
	}
}
