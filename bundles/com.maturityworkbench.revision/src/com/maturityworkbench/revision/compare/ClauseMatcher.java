package com.maturityworkbench.revision.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.maturityworkbench.revision.compare.ClauseMapping.ClausePlace;
import com.maturityworkbench.revision.compare.ClauseMapping.Status;
import com.maturityworkbench.revision.compare.RevisionOutline.CellOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.ClauseOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.SubdomainOutline;

/**
 * Builds the {@link ClauseMap} over matched subdomains. In each cell (same subdomain, same level): equal texts first
 * (same, or relabelled), then rewritten ones, best pairs first, from a similarity of {@value #CHANGED_SIMILARITY}.
 * Of what is left, across all cells of both revisions: a clause whose text reappears elsewhere with a similarity of
 * {@value #MOVED_SIMILARITY} or more has moved. The rest was removed or added.
 */
final class ClauseMatcher {
	static final double CHANGED_SIMILARITY = 0.5;
	static final double MOVED_SIMILARITY = 0.8;

	private record Located(ClauseOutline clause, ClausePlace place) {
	}

	private record Pair(Located o, Located n, double similarity) {
	}

	private ClauseMatcher() {
	}

	static ClauseMap match(List<SubdomainMatch> subdomains, RevisionOutline old, RevisionOutline nu) {
		List<ClauseMapping> mappings = new ArrayList<>();
		List<Located> oldLeft = new ArrayList<>();
		List<Located> newLeft = new ArrayList<>();
		for (SubdomainMatch m : subdomains) {
			List<String> levels = new ArrayList<>();
			if (m.old() != null) {
				levels.addAll(m.old().cells().keySet());
			}
			if (m.nu() != null) {
				m.nu().cells().keySet().stream().filter(l -> !levels.contains(l)).forEach(levels::add);
			}
			for (String level : levels) {
				List<Located> o = located(m.old(), level, old);
				List<Located> n = located(m.nu(), level, nu);
				pairCell(mappings, o, n);
				oldLeft.addAll(o);
				newLeft.addAll(n);
			}
		}
		List<Pair> moved = new ArrayList<>();
		for (Located o : oldLeft) {
			for (Located n : newLeft) {
				if (plausible(o.clause(), n.clause())) {
					double s = TextDiff.similarity(ClauseMapping.body(o.clause()), ClauseMapping.body(n.clause()));
					if (s >= MOVED_SIMILARITY) {
						moved.add(new Pair(o, n, s));
					}
				}
			}
		}
		moved.sort(Comparator.comparingDouble(Pair::similarity).reversed());
		for (Pair p : moved) {
			if (oldLeft.contains(p.o()) && newLeft.contains(p.n())) {
				mappings.add(mapping(Status.MOVED, p.o(), p.n()));
				oldLeft.remove(p.o());
				newLeft.remove(p.n());
			}
		}
		oldLeft.forEach(o -> mappings.add(new ClauseMapping(Status.REMOVED, o.clause(), o.place(), null, null, null)));
		newLeft.forEach(n -> mappings.add(new ClauseMapping(Status.ADDED, null, null, n.clause(), n.place(), null)));
		return new ClauseMap(List.copyOf(mappings));
	}

	/** Pairs within one cell; removes what it pairs from both lists. */
	private static void pairCell(List<ClauseMapping> mappings, List<Located> o, List<Located> n) {
		for (Located a : List.copyOf(o)) {
			Located same = n.stream().filter(b -> ClauseMapping.body(a.clause()).equals(ClauseMapping.body(b.clause()))).findFirst().orElse(null);
			if (same != null) {
				boolean relabelled = !Objects.equals(a.clause().label(), same.clause().label());
				mappings.add(mapping(relabelled ? Status.RELABELLED : Status.SAME, a, same));
				o.remove(a);
				n.remove(same);
			}
		}
		List<Pair> pairs = new ArrayList<>();
		for (Located a : o) {
			for (Located b : n) {
				double s = TextDiff.similarity(ClauseMapping.body(a.clause()), ClauseMapping.body(b.clause()));
				if (s >= CHANGED_SIMILARITY) {
					pairs.add(new Pair(a, b, s));
				}
			}
		}
		pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
		for (Pair p : pairs) {
			if (o.contains(p.o()) && n.contains(p.n())) {
				mappings.add(mapping(Status.CHANGED, p.o(), p.n()));
				o.remove(p.o());
				n.remove(p.n());
			}
		}
	}

	/** A cheap bound before the diff: texts whose lengths differ by more than the threshold allows cannot match. */
	private static boolean plausible(ClauseOutline a, ClauseOutline b) {
		int x = ClauseMapping.body(a).length();
		int y = ClauseMapping.body(b).length();
		return 2.0 * Math.min(x, y) / Math.max(1, x + y) >= MOVED_SIMILARITY;
	}

	private static ClauseMapping mapping(Status status, Located o, Located n) {
		return new ClauseMapping(status, o.clause(), o.place(), n.clause(), n.place(),
				TextDiff.of(ClauseMapping.body(o.clause()), ClauseMapping.body(n.clause())));
	}

	private static List<Located> located(SubdomainOutline subdomain, String level, RevisionOutline revision) {
		List<Located> located = new ArrayList<>();
		if (subdomain == null) {
			return located;
		}
		CellOutline cell = subdomain.cells().get(level);
		if (cell == null) {
			return located;
		}
		String table = revision.group(subdomain.group()).requirementTable();
		ClausePlace place = new ClausePlace(subdomain.group(), table, subdomain.clauseDomain(), subdomain.name(), level);
		cell.clauses().forEach(c -> located.add(new Located(c, place)));
		return located;
	}
}
