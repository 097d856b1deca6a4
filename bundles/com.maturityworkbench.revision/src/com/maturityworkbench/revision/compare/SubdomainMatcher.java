package com.maturityworkbench.revision.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.maturityworkbench.revision.compare.RevisionOutline.ClauseOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.SubdomainOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.TableGroup;

/**
 * Pairs the subdomains of two revisions: first by name (drafting notes aside) within the same table group, then by
 * name across groups (moved to another table), then the rest of each group by likeness — a renamed subdomain keeps
 * most of its clauses, often its weight and its place. Likeness = 0.6·(clause similarity) + 0.2·(same weight) +
 * 0.2·(same position in its table); a pair is a rename from {@value #RENAME_LIKENESS} on, best pairs first. What is
 * left was removed or added.
 */
final class SubdomainMatcher {
	static final double RENAME_LIKENESS = 0.5;

	private SubdomainMatcher() {
	}

	static List<SubdomainMatch> match(RevisionOutline old, RevisionOutline nu) {
		List<SubdomainMatch> matches = new ArrayList<>();
		Map<String, List<SubdomainOutline>> oldLeft = new LinkedHashMap<>();
		Map<String, List<SubdomainOutline>> newLeft = new LinkedHashMap<>();
		for (TableGroup g : old.groups()) {
			oldLeft.put(g.key(), new ArrayList<>(g.subdomains()));
		}
		for (TableGroup g : nu.groups()) {
			newLeft.put(g.key(), new ArrayList<>(g.subdomains()));
		}
		// 1. same name, same group
		for (Map.Entry<String, List<SubdomainOutline>> e : oldLeft.entrySet()) {
			List<SubdomainOutline> candidates = newLeft.getOrDefault(e.getKey(), new ArrayList<>());
			for (SubdomainOutline o : List.copyOf(e.getValue())) {
				SubdomainOutline n = byName(candidates, o);
				if (n != null) {
					pair(matches, e.getValue(), candidates, o, n);
				}
			}
		}
		// 2. same name, another group
		for (List<SubdomainOutline> olds : oldLeft.values()) {
			for (SubdomainOutline o : List.copyOf(olds)) {
				for (List<SubdomainOutline> candidates : newLeft.values()) {
					SubdomainOutline n = byName(candidates, o);
					if (n != null) {
						pair(matches, olds, candidates, o, n);
						break;
					}
				}
			}
		}
		// 3. renamed within the group, by likeness
		for (Map.Entry<String, List<SubdomainOutline>> e : oldLeft.entrySet()) {
			List<SubdomainOutline> candidates = newLeft.getOrDefault(e.getKey(), new ArrayList<>());
			record Pair(SubdomainOutline o, SubdomainOutline n, double likeness) {
			}
			List<Pair> pairs = new ArrayList<>();
			for (SubdomainOutline o : e.getValue()) {
				for (SubdomainOutline n : candidates) {
					double l = likeness(o, n);
					if (l >= RENAME_LIKENESS) {
						pairs.add(new Pair(o, n, l));
					}
				}
			}
			pairs.sort(Comparator.comparingDouble(Pair::likeness).reversed());
			for (Pair p : pairs) {
				if (e.getValue().contains(p.o()) && candidates.contains(p.n())) {
					pair(matches, e.getValue(), candidates, p.o(), p.n());
				}
			}
		}
		oldLeft.values().forEach(l -> l.forEach(o -> matches.add(new SubdomainMatch(o, null))));
		newLeft.values().forEach(l -> l.forEach(n -> matches.add(new SubdomainMatch(null, n))));
		return matches;
	}

	private static SubdomainOutline byName(List<SubdomainOutline> candidates, SubdomainOutline o) {
		return candidates.stream().filter(n -> n.key().equals(o.key())).findFirst().orElse(null);
	}

	private static void pair(List<SubdomainMatch> matches, List<SubdomainOutline> olds, List<SubdomainOutline> news, SubdomainOutline o,
			SubdomainOutline n) {
		matches.add(new SubdomainMatch(o, n));
		olds.remove(o);
		news.remove(n);
	}

	static double likeness(SubdomainOutline o, SubdomainOutline n) {
		double weight = o.weight() != null && n.weight() != null && o.weight().compareTo(n.weight()) == 0 ? 1 : 0;
		double position = o.position() == n.position() && Objects.equals(o.domain(), n.domain()) ? 1 : 0;
		return 0.6 * clauseSimilarity(o.clauses(), n.clauses()) + 0.2 * weight + 0.2 * position;
	}

	/** The mean, over the clauses of both, of each clause's best similarity to a clause of the other. */
	private static double clauseSimilarity(List<ClauseOutline> a, List<ClauseOutline> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return a.isEmpty() && b.isEmpty() ? 1 : 0;
		}
		double[][] s = new double[a.size()][b.size()];
		for (int i = 0; i < a.size(); i++) {
			for (int j = 0; j < b.size(); j++) {
				s[i][j] = TextDiff.similarity(a.get(i).text(), b.get(j).text());
			}
		}
		double total = 0;
		for (int i = 0; i < a.size(); i++) {
			double best = 0;
			for (int j = 0; j < b.size(); j++) {
				best = Math.max(best, s[i][j]);
			}
			total += best;
		}
		for (int j = 0; j < b.size(); j++) {
			double best = 0;
			for (int i = 0; i < a.size(); i++) {
				best = Math.max(best, s[i][j]);
			}
			total += best;
		}
		return total / (a.size() + b.size());
	}
}
