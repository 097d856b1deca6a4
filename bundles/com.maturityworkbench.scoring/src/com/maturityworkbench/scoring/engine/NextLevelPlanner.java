package com.maturityworkbench.scoring.engine;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.Comparison;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.NextLevelPlan;
import com.maturityworkbench.scoring.result.PlanStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Computes the {@link NextLevelPlan}: the exact minimum number of clause raises to the top rating that brings S to the
 * next level's band.
 *
 * <p>Raising clause c of cell (s, i), rated x, to the top rating adds g = w'(s, i) · (top − x) / n(s, i) to A(i) and
 * nothing elsewhere; gains add up. So per level the best k raises are its k largest gains. S counts a met level as 1
 * and an unmet one as A(i). Choose the set M of levels to bring over the threshold (independent reading: any subset
 * of the unmet levels; progressive reading: a prefix of the levels, since a level counts as met only with every lower
 * one): each level of M costs the fewest raises k*(i) that meet it; every other level may take fewer than k*(i)
 * raises, adding their gains to S one for one, so the largest of those gains are taken first across levels. The
 * minimum over every M is the answer (at most 2⁵ choices for five levels). A test checks it against brute force.
 *
 * <p>The same algorithm plans a composite enterprise under the mean aggregation ({@link CompositePlanner}): there
 * A_SUM(i) is linear in the units' A(i), so the units' raises are pooled with their coefficients.
 */
final class NextLevelPlanner {
	/** One possible raise: a clause of unit {@code unit} (0 for one enterprise) below the top rating with its gain in A(level). */
	record Raise(int unit, SubdomainRef subdomain, int level, String clauseId, Rational rating, Rational gain, int order) {
		/** This raise with its gain multiplied by {@code coefficient} (its weight in a composite's A_SUM). */
		Raise scaled(Rational coefficient) {
			return new Raise(unit, subdomain, level, clauseId, rating, gain.multiply(coefficient), order);
		}
	}

	/** A choice of levels to meet and the raises it takes. */
	private record Candidate(List<Raise> raises) {
	}

	static final Comparator<Raise> BY_GAIN = Comparator.comparing(Raise::gain).reversed().thenComparingInt(Raise::unit).thenComparingInt(Raise::order);

	private NextLevelPlanner() {
	}

	static NextLevelPlan plan(EffectiveModel em, Map<String, Rational> ratings, Determination current) {
		RevisionModel model = em.model();
		boolean progressive = current.progressive();
		if (current.nextLevelName() == null) {
			return new NextLevelPlan(progressive, null, null, true, List.of());
		}
		Rational target = current.total().add(current.toNextLevel());
		List<Raise> best = fewestRaises(model, current.scores(), raises(0, em, ratings), progressive, target);
		if (best == null) {
			return new NextLevelPlan(progressive, current.nextLevelName(), target, false, List.of());
		}
		return new NextLevelPlan(progressive, current.nextLevelName(), target, true, steps(model, best, current.scores(), progressive));
	}

	/**
	 * The fewest raises that bring S from the level scores {@code a} to {@code target}, null when no choice does.
	 *
	 * @param byLevel the possible raises per level, each list sorted {@link #BY_GAIN}, gains in the A(i) of {@code a}
	 */
	static List<Raise> fewestRaises(RevisionModel model, List<Rational> a, List<List<Raise>> byLevel, boolean progressive, Rational target) {
		int levels = model.levelCount();
		int[] toMeet = new int[levels]; // k*(i): raises that meet level i; 0 when met alone already, -1 when it cannot be met
		for (int i = 0; i < levels; i++) {
			toMeet[i] = raisesToMeet(model, a.get(i), byLevel.get(i));
		}
		Candidate best = null;
		for (int mask = 0; mask < 1 << levels; mask++) {
			if (progressive && !isPrefix(mask, levels)) {
				continue;
			}
			Candidate c = candidate(mask, progressive, a, byLevel, toMeet, target);
			if (c != null && (best == null || c.raises().size() < best.raises().size())) {
				best = c;
			}
		}
		return best == null ? null : best.raises();
	}

	/** The possible raises per level, each list by gain descending (ties in table order). */
	static List<List<Raise>> raises(int unit, EffectiveModel em, Map<String, Rational> ratings) {
		int levels = em.model().levelCount();
		Rational top = em.model().scale().top();
		List<List<Raise>> byLevel = new ArrayList<>();
		for (int i = 0; i < levels; i++) {
			byLevel.add(new ArrayList<>());
		}
		int order = 0;
		for (SubdomainRef s : em.sectorModel().subdomains()) {
			for (int level = 0; level < levels; level++) {
				if (!em.isScored(s, level)) {
					continue;
				}
				List<String> clauses = em.ratedClauses(s, level);
				Rational perClause = em.weight(s, level).divide(Rational.valueOf(clauses.size()));
				for (String clauseId : clauses) {
					Rational x = ratings.get(clauseId);
					if (x != null && x.compareTo(top) < 0) {
						byLevel.get(level).add(new Raise(unit, s, level, clauseId, x, perClause.multiply(top.subtract(x)), order++));
					}
				}
			}
		}
		byLevel.forEach(list -> list.sort(BY_GAIN));
		return byLevel;
	}

	private static int raisesToMeet(RevisionModel model, Rational score, List<Raise> raises) {
		Comparison cmp = model.determination().comparison();
		Rational threshold = model.determination().threshold();
		Rational s = score;
		for (int k = 0; k <= raises.size(); k++) {
			if (cmp.holds(s, threshold)) {
				return k;
			}
			if (k < raises.size()) {
				s = s.add(raises.get(k).gain());
			}
		}
		return -1;
	}

	private static boolean isPrefix(int mask, int levels) {
		return (mask & (mask + 1)) == 0 && mask < 1 << levels;
	}

	/**
	 * The raises of one choice M (bit i = level i is to be met), or null when M cannot be met or does not reach the
	 * target. Levels already met alone count as met in the independent reading whether in M or not. The optional
	 * raises are taken by a merge of the levels' sorted lists, largest gain first, until the target is reached.
	 */
	private static Candidate candidate(int mask, boolean progressive, List<Rational> a, List<List<Raise>> byLevel, int[] toMeet, Rational target) {
		int levels = a.size();
		List<Raise> chosen = new ArrayList<>();
		int[] cap = new int[levels]; // how many of a level's largest gains may be taken optionally
		Rational total = Rational.ZERO;
		boolean blocked = false; // progressive: a lower level stays unmet, so higher levels count A(i)
		for (int i = 0; i < levels; i++) {
			boolean inM = (mask & 1 << i) != 0;
			if (inM) {
				if (toMeet[i] < 0) {
					return null;
				}
				chosen.addAll(byLevel.get(i).subList(0, toMeet[i]));
				total = total.add(Rational.ONE);
			} else if (!progressive && toMeet[i] == 0) {
				total = total.add(Rational.ONE); // met alone already
			} else {
				if (progressive && !blocked && toMeet[i] == 0) {
					return null; // this prefix choice is dominated by the longer prefix that includes level i
				}
				total = total.add(a.get(i));
				// stay below the threshold where meeting the level would count it as 1 (that is another choice of M)
				boolean countsAsMet = !progressive || !blocked;
				cap[i] = countsAsMet && toMeet[i] > 0 ? toMeet[i] - 1 : byLevel.get(i).size();
				blocked = true;
			}
		}
		int[] next = new int[levels];
		while (total.compareTo(target) < 0) {
			int pick = -1;
			for (int i = 0; i < levels; i++) {
				if (next[i] < cap[i] && (pick < 0 || BY_GAIN.compare(byLevel.get(i).get(next[i]), byLevel.get(pick).get(next[pick])) < 0)) {
					pick = i;
				}
			}
			if (pick < 0) {
				return null;
			}
			Raise r = byLevel.get(pick).get(next[pick]++);
			chosen.add(r);
			total = total.add(r.gain());
		}
		return new Candidate(chosen);
	}

	/** The raises with S after each, determined afresh (so a step that meets a level shows the jump). */
	private static List<PlanStep> steps(RevisionModel model, List<Raise> raises, List<Rational> a, boolean progressive) {
		List<Rational> scores = new ArrayList<>(a);
		List<PlanStep> steps = new ArrayList<>();
		for (Raise r : raises) {
			scores.set(r.level(), scores.get(r.level()).add(r.gain()));
			Determination after = LevelDetermination.determine(model, scores, progressive);
			steps.add(new PlanStep(r.clauseId(), r.subdomain().id(), r.subdomain().subdomain().name(), r.subdomain().table().id(), r.level() + 1,
					model.levels().get(r.level()), r.rating(), r.gain(), after.total(), after.level()));
		}
		return steps;
	}
}
