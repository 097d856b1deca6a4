package com.maturityworkbench.scoring.engine;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.NextLevelPlanner.Raise;
import com.maturityworkbench.scoring.model.Aggregation;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.CompositePlan;
import com.maturityworkbench.scoring.result.CompositePlan.Method;
import com.maturityworkbench.scoring.result.CompositePlanStep;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.PlanStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the enterprise's {@link CompositePlan}: the fewest clause raises (unit, clause) that bring a composite's S
 * to the next level's band. The method per aggregation is described on {@link CompositePlan}; in short, the mean is
 * linear and pools the units' raises into {@link NextLevelPlanner}'s algorithm, the median and the trimmed mean are
 * searched exhaustively per level and type (S depends on A_SUM(i) only through each level, and never falls when an
 * A_SUM(i) rises, so per level and number of raises the largest A_SUM(i) suffices; the levels are then combined by a
 * dynamic programme over the number of raises, with the progressive reading's "every lower level met" as its state).
 */
final class CompositePlanner {
	/** The largest number of unit combinations the exhaustive search tries. */
	static final long SEARCH_LIMIT = 2_000_000;

	/** One unit: its name and type, its effective model, its ratings and its own A(1..n). */
	record Unit(String name, String sector, EffectiveModel em, Map<String, Rational> ratings, List<Rational> scores) {
	}

	/** One type: its weight (output share) and its units' positions in the unit list. */
	record Type(Rational weight, List<Integer> units) {
	}

	/** A possible A(i) of one unit after {@code count} raises at that level; the raises as a linked list. */
	private record Option(int count, Rational value, Option parent, Raise raise) {
		List<Raise> raises() {
			List<Raise> list = new ArrayList<>();
			for (Option o = this; o.raise != null; o = o.parent) {
				list.add(0, o.raise);
			}
			return list;
		}
	}

	/** The best value found for one number of raises, with what gives it. */
	private record Best(Rational value, int[] choice) {
	}

	/** Thrown inside the search when the options of one unit alone exceed the limit. */
	private static final class TooLarge extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final long size;

		TooLarge(long size) {
			super(null, null, false, false);
			this.size = size;
		}
	}

	private CompositePlanner() {
	}

	static CompositePlan plan(RevisionModel model, Aggregation aggregation, List<Unit> units, List<Type> types, Determination current) {
		boolean progressive = current.progressive();
		Method method = aggregation == Aggregation.MEAN ? Method.POOLED : Method.EXHAUSTIVE;
		if (current.nextLevelName() == null) {
			return new CompositePlan(progressive, null, null, true, method, 0, SEARCH_LIMIT, List.of());
		}
		Rational target = current.total().add(current.toNextLevel());
		List<List<List<Raise>>> raises = new ArrayList<>();
		for (int u = 0; u < units.size(); u++) {
			raises.add(NextLevelPlanner.raises(u, units.get(u).em(), units.get(u).ratings()));
		}
		if (method == Method.POOLED) {
			return pooled(model, units, types, raises, current, target);
		}
		return exhaustive(model, aggregation, units, types, raises, current, target);
	}

	/** The mean: A_SUM(i) = Σ_u c(u) · A_u(i) with c(u) = type weight / units of the type. */
	private static CompositePlan pooled(RevisionModel model, List<Unit> units, List<Type> types, List<List<List<Raise>>> raises, Determination current,
			Rational target) {
		Rational[] coefficient = new Rational[units.size()];
		for (Type t : types) {
			for (int u : t.units()) {
				coefficient[u] = t.weight().divide(Rational.valueOf(t.units().size()));
			}
		}
		List<List<Raise>> pooled = new ArrayList<>();
		for (int level = 0; level < model.levelCount(); level++) {
			List<Raise> list = new ArrayList<>();
			for (int u = 0; u < units.size(); u++) {
				for (Raise r : raises.get(u).get(level)) {
					list.add(r.scaled(coefficient[u]));
				}
			}
			list.sort(NextLevelPlanner.BY_GAIN);
			pooled.add(list);
		}
		List<Raise> chosen = NextLevelPlanner.fewestRaises(model, current.scores(), pooled, current.progressive(), target);
		if (chosen == null) {
			return new CompositePlan(current.progressive(), current.nextLevelName(), target, false, Method.POOLED, 0, SEARCH_LIMIT, List.of());
		}
		List<Raise> unscaled = chosen.stream().map(r -> r.scaled(Rational.ONE.divide(coefficient[r.unit()]))).toList();
		return new CompositePlan(current.progressive(), current.nextLevelName(), target, true, Method.POOLED, 0, SEARCH_LIMIT,
				steps(model, Aggregation.MEAN, units, types, unscaled, current.progressive()));
	}

	/**
	 * The search, with the number of raises per (unit, level) capped: first at 8, then doubled until a plan is found,
	 * the search would exceed the limit, or the cap covers every raise. A plan of C raises uses at most C per unit and
	 * level, so the first cap at which one exists gives the minimum.
	 */
	private static CompositePlan exhaustive(RevisionModel model, Aggregation aggregation, List<Unit> units, List<Type> types,
			List<List<List<Raise>>> raises, Determination current, Rational target) {
		int all = 0;
		for (List<List<Raise>> ofUnit : raises) {
			all += ofUnit.stream().mapToInt(List::size).sum();
		}
		for (int cap = Math.min(8, all);; cap = Math.min(2 * cap, all)) {
			CompositePlan plan = exhaustive(model, aggregation, units, types, raises, current, target, cap);
			if (plan.reachable() || plan.beyondLimit() || cap == all) {
				return plan;
			}
		}
	}

	private static CompositePlan exhaustive(RevisionModel model, Aggregation aggregation, List<Unit> units, List<Type> types,
			List<List<List<Raise>>> raises, Determination current, Rational target, int cap) {
		boolean progressive = current.progressive();
		int levels = model.levelCount();
		// options[level][unit]
		List<List<List<Option>>> options = new ArrayList<>();
		long size = 0;
		try {
			for (int level = 0; level < levels; level++) {
				List<List<Option>> ofLevel = new ArrayList<>(Collections.<List<Option>>nCopies(units.size(), null));
				for (Type t : types) {
					long product = 1;
					for (int u : t.units()) {
						List<Option> o = options(units.get(u).scores().get(level), raises.get(u).get(level), aggregation == Aggregation.MEDIAN, cap,
								SEARCH_LIMIT / product);
						ofLevel.set(u, o);
						product = saturatedMultiply(product, o.size());
						if (product > SEARCH_LIMIT) {
							throw new TooLarge(saturatedAdd(size, product));
						}
					}
					size = saturatedAdd(size, product);
				}
				options.add(ofLevel);
			}
		} catch (TooLarge e) {
			size = Math.max(e.size, SEARCH_LIMIT + 1);
		}
		if (size > SEARCH_LIMIT) {
			return new CompositePlan(progressive, current.nextLevelName(), target, false, Method.EXHAUSTIVE, size, SEARCH_LIMIT, List.of());
		}
		// per level: the largest A_SUM(i) for every number of raises up to cap, with the per-type numbers and choices
		List<Best[]> perLevel = new ArrayList<>();
		List<List<Best[]>> perLevelTypes = new ArrayList<>();
		for (int level = 0; level < levels; level++) {
			List<Best[]> ofTypes = new ArrayList<>();
			for (Type t : types) {
				ofTypes.add(typeBest(aggregation, t, options.get(level), cap));
			}
			perLevelTypes.add(ofTypes);
			perLevel.add(convolve(types, ofTypes, cap));
		}
		int[] costs = combineLevels(model, perLevel, progressive, target, cap);
		if (costs == null) {
			return new CompositePlan(progressive, current.nextLevelName(), target, false, Method.EXHAUSTIVE, size, SEARCH_LIMIT, List.of());
		}
		List<Raise> chosen = new ArrayList<>();
		for (int level = 0; level < levels; level++) {
			int[] typeCounts = perLevel.get(level)[costs[level]].choice();
			for (int t = 0; t < types.size(); t++) {
				int[] unitOptions = perLevelTypes.get(level).get(t)[typeCounts[t]].choice();
				List<Integer> ofType = types.get(t).units();
				for (int k = 0; k < ofType.size(); k++) {
					chosen.addAll(options.get(level).get(ofType.get(k)).get(unitOptions[k]).raises());
				}
			}
		}
		chosen.sort((a, b) -> a.level() != b.level() ? Integer.compare(a.level(), b.level()) : a.unit() != b.unit() ? Integer.compare(a.unit(), b.unit())
				: Integer.compare(a.order(), b.order()));
		return new CompositePlan(progressive, current.nextLevelName(), target, true, Method.EXHAUSTIVE, size, SEARCH_LIMIT,
				steps(model, aggregation, units, types, chosen, progressive));
	}

	/**
	 * A unit's possible A(i) at one level with at most {@code cap} raises. Monotone aggregation (median): the k largest
	 * gains for k = 0..cap. Otherwise (trimmed mean): every distinct (count, value) a subset of the raises gives.
	 *
	 * @throws TooLarge when there are more than {@code budget} options
	 */
	private static List<Option> options(Rational score, List<Raise> raises, boolean monotone, int cap, long budget) {
		List<Option> list = new ArrayList<>();
		Option root = new Option(0, score, null, null);
		list.add(root);
		if (monotone) {
			Option o = root;
			for (Raise r : raises.subList(0, Math.min(cap, raises.size()))) {
				o = new Option(o.count() + 1, o.value().add(r.gain()), o, r);
				list.add(o);
			}
			return list;
		}
		Map<List<Object>, Option> distinct = new LinkedHashMap<>();
		distinct.put(List.of(0, score), root);
		for (Raise r : raises) {
			for (Option o : List.copyOf(distinct.values())) {
				if (o.count() == cap) {
					continue;
				}
				Option next = new Option(o.count() + 1, o.value().add(r.gain()), o, r);
				distinct.putIfAbsent(List.of(next.count(), next.value()), next);
				if (distinct.size() > budget) {
					throw new TooLarge(SEARCH_LIMIT + 1);
				}
			}
		}
		return new ArrayList<>(distinct.values());
	}

	/** For one type at one level, per number of raises: the largest aggregate of its units, with the option per unit. */
	private static Best[] typeBest(Aggregation aggregation, Type type, List<List<Option>> options, int cap) {
		List<Integer> units = type.units();
		int max = 0;
		for (int u : units) {
			max += options.get(u).stream().mapToInt(Option::count).max().orElse(0);
		}
		Best[] best = new Best[Math.min(max, cap) + 1];
		int[] index = new int[units.size()];
		List<Rational> values = new ArrayList<>(Arrays.asList(new Rational[units.size()]));
		while (true) {
			int count = 0;
			for (int k = 0; k < units.size(); k++) {
				Option o = options.get(units.get(k)).get(index[k]);
				count += o.count();
				values.set(k, o.value());
			}
			Rational value = count < best.length ? Aggregations.aggregate(aggregation, values).value() : null;
			if (value != null && (best[count] == null || value.compareTo(best[count].value()) > 0)) {
				best[count] = new Best(value, index.clone());
			}
			int k = 0;
			while (k < units.size() && ++index[k] == options.get(units.get(k)).size()) {
				index[k++] = 0;
			}
			if (k == units.size()) {
				return best;
			}
		}
	}

	/** Max-plus convolution of the types: per number of raises the largest Σ weight · aggregate, with the numbers per type. */
	private static Best[] convolve(List<Type> types, List<Best[]> ofTypes, int cap) {
		Best[] sum = { new Best(Rational.ZERO, new int[0]) };
		for (int t = 0; t < types.size(); t++) {
			Best[] g = ofTypes.get(t);
			Best[] next = new Best[Math.min(sum.length + g.length - 1, cap + 1)];
			for (int a = 0; a < sum.length; a++) {
				if (sum[a] == null) {
					continue;
				}
				for (int b = 0; b < g.length && a + b < next.length; b++) {
					if (g[b] == null) {
						continue;
					}
					Rational v = sum[a].value().add(types.get(t).weight().multiply(g[b].value()));
					if (next[a + b] == null || v.compareTo(next[a + b].value()) > 0) {
						int[] choice = Arrays.copyOf(sum[a].choice(), t + 1);
						choice[t] = b;
						next[a + b] = new Best(v, choice);
					}
				}
			}
			sum = next;
		}
		return sum;
	}

	/**
	 * The number of raises per level of the cheapest combination whose S reaches {@code target}, null when none does.
	 * State after each level: (raises so far, every level so far met); value: the largest partial S.
	 */
	private static int[] combineLevels(RevisionModel model, List<Best[]> perLevel, boolean progressive, Rational target, int cap) {
		int levels = perLevel.size();
		int total = Math.min(cap, perLevel.stream().mapToInt(b -> b.length - 1).sum());
		// s[met][cost] = largest partial S; from[level][met][cost] = {previous met, cost at this level}
		Rational[][] s = new Rational[2][total + 1];
		s[1][0] = Rational.ZERO;
		int[][][][] from = new int[levels][2][total + 1][];
		for (int level = 0; level < levels; level++) {
			Rational[][] next = new Rational[2][total + 1];
			Best[] f = perLevel.get(level);
			for (int m = 0; m < 2; m++) {
				for (int cost = 0; cost <= total; cost++) {
					if (s[m][cost] == null) {
						continue;
					}
					for (int c = 0; c < f.length && cost + c <= total; c++) {
						if (f[c] == null) {
							continue;
						}
						Rational a = f[c].value();
						boolean metAlone = model.determination().comparison().holds(a, model.determination().threshold());
						boolean met = metAlone && (!progressive || m == 1);
						int nm = progressive ? (met ? 1 : 0) : 1;
						Rational v = s[m][cost].add(met ? Rational.ONE : a);
						if (next[nm][cost + c] == null || v.compareTo(next[nm][cost + c]) > 0) {
							next[nm][cost + c] = v;
							from[level][nm][cost + c] = new int[] { m, c };
						}
					}
				}
			}
			s = next;
		}
		for (int cost = 0; cost <= total; cost++) {
			for (int m = 0; m < 2; m++) {
				if (s[m][cost] != null && s[m][cost].compareTo(target) >= 0) {
					int[] costs = new int[levels];
					int cm = m;
					int cc = cost;
					for (int level = levels - 1; level >= 0; level--) {
						int[] f = from[level][cm][cc];
						costs[level] = f[1];
						cm = f[0];
						cc -= f[1];
					}
					return costs;
				}
			}
		}
		return null;
	}

	/** A_SUM(1..n) of the units' level scores: Σ_type weight · agg(A(i) of its units). */
	static List<Rational> compositeScores(Aggregation aggregation, List<Type> types, List<List<Rational>> unitScores) {
		int levels = unitScores.get(0).size();
		List<Rational> sum = new ArrayList<>();
		for (int level = 0; level < levels; level++) {
			Rational s = Rational.ZERO;
			for (Type t : types) {
				final int l = level;
				s = s.add(t.weight().multiply(Aggregations.aggregate(aggregation, t.units().stream().map(u -> unitScores.get(u).get(l)).toList()).value()));
			}
			sum.add(s);
		}
		return sum;
	}

	/** The raises with the composite's S after each, determined afresh from the re-aggregated units. */
	private static List<CompositePlanStep> steps(RevisionModel model, Aggregation aggregation, List<Unit> units, List<Type> types, List<Raise> raises,
			boolean progressive) {
		List<List<Rational>> scores = new ArrayList<>();
		units.forEach(u -> scores.add(new ArrayList<>(u.scores())));
		List<CompositePlanStep> steps = new ArrayList<>();
		for (Raise r : raises) {
			List<Rational> unit = scores.get(r.unit());
			unit.set(r.level(), unit.get(r.level()).add(r.gain()));
			Determination after = LevelDetermination.determine(model, compositeScores(aggregation, types, scores), progressive);
			Unit u = units.get(r.unit());
			steps.add(new CompositePlanStep(u.name(), u.sector(), new PlanStep(r.clauseId(), r.subdomain().id(), r.subdomain().subdomain().name(),
					r.subdomain().table().id(), r.level() + 1, model.levels().get(r.level()), r.rating(), r.gain(), after.total(), after.level())));
		}
		return steps;
	}

	private static long saturatedMultiply(long a, long b) {
		long r = a * b;
		return a != 0 && (r / a != b || r < 0) ? Long.MAX_VALUE : r;
	}

	private static long saturatedAdd(long a, long b) {
		long r = a + b;
		return r < 0 ? Long.MAX_VALUE : r;
	}
}
