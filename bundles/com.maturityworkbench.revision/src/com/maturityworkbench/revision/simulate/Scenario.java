package com.maturityworkbench.revision.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import com.maturityworkbench.revision.simulate.Population.Member;
import com.maturityworkbench.revision.simulate.Population.Unit;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.compiled.CompiledScore;
import com.maturityworkbench.scoring.compiled.CompiledScorer;
import com.maturityworkbench.scoring.compiled.CompiledScorerBuilder;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.Determination;

/**
 * A scoring model (the old revision, the new one, or one of them with one change) and, per sector, where each of its
 * clauses takes its rating from a member's ratings: the old revision's (for the old revision and its variants) or
 * the new one's (for the new revision, its variants and the clauses of {@link ModelEdits#FOREIGN} ids). Scores a whole
 * population with the compiled scorers, in parallel; composites by {@link CompositeAggregation}. Exact: S as a double
 * is the exact fraction's nearest value.
 */
final class Scenario {
	final RevisionModel model;
	private final ScoringEngine engine;
	private final Map<String, SectorScorers> scorers = new ConcurrentHashMap<>();
	private final Map<String, int[]> plans = new ConcurrentHashMap<>();
	/** The plans that read a member's own ratings (old or new) position by position, on the same scale: copied without lookups. */
	private final Map<String, int[]> identity = new ConcurrentHashMap<>();
	private final Map<String, SectorScorers> old;
	private final Map<String, SectorScorers> nu;
	private final int[] fromOldScale;
	private final int[] fromNewScale;
	private final boolean progressive;
	private final boolean isNew;
	private final Map<String, CompiledScorer> tailoredScorers = new ConcurrentHashMap<>();

	/** S and the level of every member, in population order. */
	record Scores(double[] totals, int[] levels) {
	}

	/** A variant of the old revision ({@code isNew} false) or of the new one; its sectors' scorers are built when first needed. */
	static Scenario variant(RevisionModel model, boolean isNew, Map<String, SectorScorers> old, Map<String, SectorScorers> nu) {
		return new Scenario(model, new ScoringEngine(model), Map.of(), isNew, old, nu);
	}

	/** The old revision ({@code isNew} false) or the new one, over the layouts already built ({@code own}). */
	Scenario(RevisionModel model, ScoringEngine engine, Map<String, SectorScorers> own, boolean isNew, Map<String, SectorScorers> old,
			Map<String, SectorScorers> nu) {
		this.model = model;
		this.engine = engine;
		this.progressive = model.determination().progressive();
		this.isNew = isNew;
		this.old = old;
		this.nu = nu;
		double[] scale = model.scale().values().stream().map(RatingValue::value).mapToDouble(v -> v.toDecimal(12).doubleValue()).toArray();
		fromOldScale = scaleMap(old.values().iterator().next().scaleValues, scale);
		fromNewScale = scaleMap(nu.values().iterator().next().scaleValues, scale);
		own.forEach((sector, s) -> {
			scorers.put(sector, s);
			plans.put(sector, plan(s, sector));
		});
	}

	/** The scorer of a sector, built on first use for a variant. */
	private SectorScorers scorer(String sector) {
		return scorers.computeIfAbsent(sector, x -> {
			SectorScorers s = new SectorScorers(model, engine, sector, key -> key);
			plans.put(sector, plan(s, sector));
			return s;
		});
	}

	/** Where each clause of {@code s} takes its rating: ≥ 0 the old ratings' position, < 0 −(the new ratings' position + 1). */
	private int[] plan(SectorScorers s, String sector) {
		int[] plan = rawPlan(s, sector);
		boolean same = (isNew ? fromNewScale : fromOldScale).length > 0;
		int[] scaleMap = isNew ? fromNewScale : fromOldScale;
		for (int k = 0; k < scaleMap.length; k++) {
			same &= scaleMap[k] == k;
		}
		for (int k = 0; k < plan.length && same; k++) {
			same = plan[k] == (isNew ? -k - 1 : k);
		}
		if (same) {
			identity.put(sector, plan);
		}
		return plan;
	}

	private int[] rawPlan(SectorScorers s, String sector) {
		SectorScorers o = old.get(sector);
		SectorScorers n = nu.get(sector);
		int[] plan = new int[s.clauseCount()];
		for (int k = 0; k < plan.length; k++) {
			String id = s.clauseIds.get(k);
			Integer at;
			if (isNew || id.startsWith(ModelEdits.FOREIGN)) {
				at = n.position.get(id.startsWith(ModelEdits.FOREIGN) ? id.substring(ModelEdits.FOREIGN.length()) : id);
				plan[k] = at == null ? Integer.MIN_VALUE : -at - 1;
			} else {
				at = o.position.get(id);
				plan[k] = at == null ? Integer.MIN_VALUE : at;
			}
			if (at == null) {
				throw new IllegalStateException("clause " + id + " of " + model.revisionId() + " has no rating in either revision");
			}
		}
		return plan;
	}

	private static int[] scaleMap(double[] from, double[] to) {
		int[] map = new int[from.length];
		for (int k = 0; k < from.length; k++) {
			map[k] = SyntheticPopulation.nearest(from[k], to);
		}
		return map;
	}

	/** Every member's S and level; members {@code skip} accepts keep {@code base}'s. */
	Scores score(Population population, Scores base, IntPredicate skip) {
		List<Member> members = population.members();
		double[] totals = new double[members.size()];
		int[] levels = new int[members.size()];
		IntStream.range(0, members.size()).parallel().forEach(i -> {
			if (base != null && skip.test(i)) {
				totals[i] = base.totals()[i];
				levels[i] = base.levels()[i];
				return;
			}
			Member m = members.get(i);
			if (!m.composite()) {
				CompiledScore s = unit(m.units().get(0));
				totals[i] = s.totalValue();
				levels[i] = s.level();
				return;
			}
			List<String> sectors = new ArrayList<>();
			List<Rational> outputs = new ArrayList<>();
			List<CompiledScore> scores = new ArrayList<>();
			for (Unit u : m.units()) {
				sectors.add(u.sector());
				outputs.add(u.output());
				scores.add(unit(u));
			}
			Determination d = CompositeAggregation.determine(model, engine, sectors, outputs, scores, progressive);
			totals[i] = d.total().toDecimal(12).doubleValue();
			levels[i] = d.level();
		});
		return new Scores(totals, levels);
	}

	Scores score(Population population) {
		return score(population, null, i -> false);
	}

	/** One unit's compiled score. */
	CompiledScore unit(Unit u) {
		SectorScorers scorer = scorer(u.sector());
		int[] plan = plans.get(u.sector());
		byte[] old = u.oldRatings();
		byte[] nu = u.newRatings();
		byte[] own = isNew ? nu : old;
		int[] r = new int[plan.length];
		if (plan == identity.get(u.sector())) {
			for (int k = 0; k < r.length; k++) {
				r[k] = own[k];
			}
		} else {
			for (int k = 0; k < plan.length; k++) {
				int p = plan[k];
				int rating = p >= 0 ? old[p] : nu[-p - 1];
				r[k] = rating < 0 ? -1 : p >= 0 ? fromOldScale[rating] : fromNewScale[rating];
			}
		}
		Set<String> tailored = isNew ? u.newTailored() : u.oldTailored();
		if (tailored.isEmpty()) {
			return scorer.scorer.score(r, progressive);
		}
		return tailoredScorer(u.sector(), tailored).score(r, progressive);
	}

	/** The compiled scorer of a tailored unit (the clause order does not depend on the tailoring); ids this model lacks are left out. */
	private CompiledScorer tailoredScorer(String sector, Set<String> tailored) {
		return tailoredScorers.computeIfAbsent(sector + "|" + new TreeSet<>(tailored), key -> {
			SectorModel sm = SectorModel.of(model, sector);
			Set<String> known = new TreeSet<>();
			tailored.stream().filter(id -> sm.subdomain(id).isPresent()).forEach(known::add);
			return CompiledScorerBuilder.build(engine, sector, known);
		});
	}
}
