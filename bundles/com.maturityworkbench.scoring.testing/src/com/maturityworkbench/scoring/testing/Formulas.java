package com.maturityworkbench.scoring.testing;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.Cell;
import com.maturityworkbench.scoring.model.Comparison;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.Subdomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The formula oracle of every test bundle: the draft's formulas written out directly on the runtime's model records,
 * independent of the scoring engine (no effective weights, no cell scores, no determination of the engine).
 *
 * <ul>
 * <li>(3) C = the mean of the clause ratings of a subdomain's cell at the level;</li>
 * <li>(2) B = Σ C·β, β a subdomain's weight over the weight of the scored subdomains of its domain (tailored
 * subdomains and empty cells are not scored; their weight stays within the domain);</li>
 * <li>(1) A = Σ B·α, α a domain's weight enlarged over the scored domains of its table (a domain with nothing scored
 * gives its weight to the table's other domains); should a table have nothing scored at a level, the other table
 * carries the model's weight;</li>
 * <li>9.2: level i is met when A(i) reaches the threshold (≥ or &gt;, as declared), with {@code progressive} only if
 * every lower level is met; S = Σ (met ? 1 : A(i)); Table 10: the band that holds S, 0 below the lowest;</li>
 * <li>Annex A: a type's weight = Σ output of its units / total output; A_SUM(i) = Σ weight · agg(A(i) of the type's
 * units), agg as the revision declares (mean, median, or the mean after dropping units farther than 3 · 1.4826 · MAD
 * from the median).</li>
 * </ul>
 *
 * Levels are 0-based here ({@code level} 0 is 一级), as {@link Subdomain#cell(int)} counts them.
 */
public final class Formulas {
	/** What every way of scoring must agree on: A(i), met(i), S and the level (0 below the lowest band). */
	public record Outcome(List<Rational> levelScores, List<Boolean> met, Rational total, int level) {
		public Outcome {
			levelScores = List.copyOf(levelScores);
			met = List.copyOf(met);
		}

		/** A(i) as exact fractions ("23/30"), as the result JSON writes {@code levelScoresExact}. */
		public List<String> levelScoresExact() {
			return levelScores.stream().map(Rational::toExactString).toList();
		}
	}

	private static final Rational MAD_SCALE = Rational.parse("1.4826");
	private static final Rational CUTOFF = Rational.valueOf(3);

	private Formulas() {
	}

	public static Rational sum(List<Rational> values) {
		return values.stream().reduce(Rational.ZERO, Rational::add);
	}

	public static Rational mean(List<Rational> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("the mean of no values");
		}
		return sum(values).divide(Rational.valueOf(values.size()));
	}

	/** (3): C, the mean of the ratings of the cell's clauses. */
	public static Rational clauseMean(Cell cell, Map<String, Rational> ratings) {
		List<Rational> values = new ArrayList<>();
		for (String id : cell.clauseIds()) {
			Rational r = ratings.get(id);
			if (r == null) {
				throw new IllegalArgumentException("no rating for clause " + id);
			}
			values.add(r);
		}
		return mean(values);
	}

	/** A(level) of one enterprise by (1)-(3); {@code level} 0-based. */
	public static Rational levelScore(RevisionModel model, String sector, Set<String> tailored, Map<String, Rational> ratings, int level) {
		List<ScoredTable> tables = List.of(model.commonTable(), model.sectorTable(sector).orElseThrow(() -> new IllegalArgumentException("no table for " + sector)));
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
				List<Subdomain> retained = scored(d, tailored, level);
				Rational retainedWeight = sum(retained.stream().map(Subdomain::weight).toList());
				Rational b = Rational.ZERO;
				for (Subdomain s : retained) {
					Rational beta = s.weight().divide(retainedWeight);
					b = b.add(clauseMean(s.cell(level), ratings).multiply(beta));
				}
				score = score.add(b.multiply(alpha));
			}
		}
		return scoredTables.isZero() ? Rational.ZERO : score.multiply(all).divide(scoredTables);
	}

	private static List<Subdomain> scored(Domain d, Set<String> tailored, int level) {
		return d.subdomains().stream().filter(s -> !tailored.contains(s.id()) && !s.cell(level).isEmpty()).toList();
	}

	public static Rational levelScore(RevisionModel model, Assessment a, int level) {
		return levelScore(model, a.sector(), a.tailored(), a.ratings(), level);
	}

	/** A(一级..) of one enterprise. */
	public static List<Rational> levelScores(RevisionModel model, String sector, Set<String> tailored, Map<String, Rational> ratings) {
		List<Rational> a = new ArrayList<>();
		for (int level = 0; level < model.levelCount(); level++) {
			a.add(levelScore(model, sector, tailored, ratings, level));
		}
		return a;
	}

	public static List<Rational> levelScores(RevisionModel model, Assessment a) {
		return levelScores(model, a.sector(), a.tailored(), a.ratings());
	}

	/** A level's score alone reaches the threshold (9.2: ≥ or &gt;, as the revision declares). */
	public static boolean reaches(RevisionModel model, Rational a) {
		DeterminationRule rule = model.determination();
		int c = a.compareTo(rule.threshold());
		return rule.comparison() == Comparison.AT_LEAST ? c >= 0 : c > 0;
	}

	/** Met per level; {@code progressive}: a level is met only if every lower level is. */
	public static List<Boolean> met(RevisionModel model, List<Rational> a, boolean progressive) {
		List<Boolean> met = new ArrayList<>();
		boolean lowerMet = true;
		for (Rational x : a) {
			boolean m = reaches(model, x) && (!progressive || lowerMet);
			met.add(m);
			lowerMet = m;
		}
		return met;
	}

	/** Met per level in the revision's declared reading. */
	public static List<Boolean> met(RevisionModel model, List<Rational> a) {
		return met(model, a, model.determination().progressive());
	}

	/** S = Σ (met ? 1 : A(i)). */
	public static Rational total(RevisionModel model, List<Rational> a, boolean progressive) {
		List<Boolean> met = met(model, a, progressive);
		Rational s = Rational.ZERO;
		for (int i = 0; i < a.size(); i++) {
			s = s.add(met.get(i) ? Rational.ONE : a.get(i));
		}
		return s;
	}

	/** S in the revision's declared reading. */
	public static Rational total(RevisionModel model, List<Rational> a) {
		return total(model, a, model.determination().progressive());
	}

	/** Table 10: the level whose band holds S, 0 below the lowest band. */
	public static int level(RevisionModel model, Rational s) {
		for (Band b : model.determination().bands()) {
			if (b.contains(s)) {
				return model.levelNumber(b.levelName());
			}
		}
		return 0;
	}

	/** A(i), met, S and the level of level scores {@code a}, in the reading {@code progressive}. */
	public static Outcome outcome(RevisionModel model, List<Rational> a, boolean progressive) {
		Rational s = total(model, a, progressive);
		return new Outcome(a, met(model, a, progressive), s, level(model, s));
	}

	/** One enterprise, in the revision's declared reading. */
	public static Outcome score(RevisionModel model, Assessment a) {
		return outcome(model, levelScores(model, a), model.determination().progressive());
	}

	/** Annex A: the weight of type {@code sector}, Σ its units' output over the total output (0 without units). */
	public static Rational typeWeight(CompositeAssessment c, String sector) {
		Rational total = sum(c.units().stream().map(CompositeUnit::output).toList());
		return sum(c.units().stream().filter(u -> u.sector().equals(sector)).map(CompositeUnit::output).toList()).divide(total);
	}

	/** Annex A: A_SUM(i) = Σ_type weight · agg(A(i) of the type's units). */
	public static List<Rational> compositeLevelScores(RevisionModel model, CompositeAssessment c) {
		List<Rational> sum = new ArrayList<>();
		for (int level = 0; level < model.levelCount(); level++) {
			Rational a = Rational.ZERO;
			for (String sector : model.sectors()) {
				List<Rational> values = new ArrayList<>();
				for (CompositeUnit u : c.units()) {
					if (u.sector().equals(sector)) {
						values.add(levelScore(model, u.assessment(), level));
					}
				}
				if (!values.isEmpty()) {
					a = a.add(typeWeight(c, sector).multiply(aggregate(model, values)));
				}
			}
			sum.add(a);
		}
		return sum;
	}

	/** A composite enterprise, in the revision's declared reading. */
	public static Outcome score(RevisionModel model, CompositeAssessment c) {
		return outcome(model, compositeLevelScores(model, c), model.determination().progressive());
	}

	/** The revision's aggregation of one type's units' A(i). */
	static Rational aggregate(RevisionModel model, List<Rational> values) {
		return switch (model.composite().aggregation()) {
		case MEAN -> mean(values);
		case MEDIAN -> median(values);
		case TRIMMED -> {
			Rational m = median(values);
			Rational mad = median(values.stream().map(v -> v.subtract(m).abs()).toList());
			Rational limit = CUTOFF.multiply(MAD_SCALE).multiply(mad);
			yield mad.isZero() ? mean(values) : mean(values.stream().filter(v -> v.subtract(m).abs().compareTo(limit) <= 0).toList());
		}
		};
	}

	/** The middle value, or the mean of the two middle values. */
	static Rational median(List<Rational> values) {
		List<Rational> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : mean(List.of(sorted.get(n / 2 - 1), sorted.get(n / 2)));
	}
}
