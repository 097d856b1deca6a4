package com.maturityworkbench.cli.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.Cell;
import com.maturityworkbench.scoring.model.Comparison;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.Subdomain;

/**
 * The draft's formulas written out directly on the revision's tables, independent of the scoring engine: C = mean of
 * the clause ratings (3); B = Σ C·β with β a subdomain's share of the scored subdomains of its domain (2);
 * A = Σ B·α with α the domain's weight enlarged over the scored domains of its table (1) — tailored subdomains and
 * empty cells are not scored; should a table have nothing scored at a level, the other table carries the model's
 * weight. Then 9.2 and Table 10.
 */
final class Formulas {
	private Formulas() {
	}

	static Rational sum(List<Rational> values) {
		return values.stream().reduce(Rational.ZERO, Rational::add);
	}

	/** A(level) for a 0-based level. */
	static Rational levelScore(RevisionModel model, String sector, Set<String> tailored, Map<String, Rational> ratings, int level) {
		List<ScoredTable> tables = List.of(model.commonTable(), model.sectorTable(sector).orElseThrow());
		Rational all = Rational.ZERO;
		Rational scoredTables = Rational.ZERO;
		Rational score = Rational.ZERO;
		for (ScoredTable t : tables) {
			all = all.add(t.weight());
			List<Domain> scoredDomains = new ArrayList<>();
			for (Domain d : t.domains()) {
				if (!scored(d, tailored, level).isEmpty()) {
					scoredDomains.add(d);
				}
			}
			if (scoredDomains.isEmpty()) {
				continue;
			}
			scoredTables = scoredTables.add(t.weight());
			Rational scoredWeight = sum(scoredDomains.stream().map(Domain::weight).toList());
			for (Domain d : scoredDomains) {
				Rational alpha = d.weight().divide(scoredWeight).multiply(t.weight());
				List<Subdomain> r = scored(d, tailored, level);
				Rational retained = sum(r.stream().map(Subdomain::weight).toList());
				Rational b = Rational.ZERO;
				for (Subdomain s : r) {
					Rational beta = s.weight().divide(retained);
					Cell cell = s.cell(level);
					Rational c = sum(cell.clauseIds().stream().map(ratings::get).toList()).divide(Rational.valueOf(cell.size()));
					b = b.add(c.multiply(beta));
				}
				score = score.add(b.multiply(alpha));
			}
		}
		return scoredTables.isZero() ? Rational.ZERO : score.multiply(all).divide(scoredTables);
	}

	private static List<Subdomain> scored(Domain d, Set<String> tailored, int level) {
		return d.subdomains().stream().filter(s -> !tailored.contains(s.id()) && !s.cell(level).isEmpty()).toList();
	}

	static List<Rational> levelScores(RevisionModel model, String sector, Set<String> tailored, Map<String, Rational> ratings) {
		List<Rational> a = new ArrayList<>();
		for (int level = 0; level < model.levelCount(); level++) {
			a.add(levelScore(model, sector, tailored, ratings, level));
		}
		return a;
	}

	/** Level met (independent reading, as the shipped draft declares). */
	static boolean met(RevisionModel model, Rational a) {
		int c = a.compareTo(model.determination().threshold());
		return model.determination().comparison() == Comparison.AT_LEAST ? c >= 0 : c > 0;
	}

	/** S = Σ met ? 1 : A(i), progressive off. */
	static Rational total(RevisionModel model, List<Rational> a) {
		return sum(a.stream().map(x -> met(model, x) ? Rational.ONE : x).toList());
	}

	/** The Table 10 band of S, 0 below the lowest. */
	static int level(RevisionModel model, Rational s) {
		for (Band b : model.determination().bands()) {
			if (b.contains(s)) {
				return model.levelNumber(b.levelName());
			}
		}
		return 0;
	}
}
