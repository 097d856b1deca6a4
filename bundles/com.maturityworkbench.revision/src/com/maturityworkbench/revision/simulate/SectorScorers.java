package com.maturityworkbench.revision.simulate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.scoring.compiled.CompiledScorer;
import com.maturityworkbench.scoring.compiled.CompiledScorerBuilder;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.ClauseRef;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;

/**
 * One revision's compiled scorer for one sector (nothing tailored), with what the population needs of every clause
 * in the scorer's order: its level (1-based), its subdomain (the key of its name, drafting notes aside, possibly
 * mapped to the key of its counterpart in another revision) and the key of its id; and the cut points that turn a
 * synthetic latent x into the index of the scale value nearest to 1 / (1 + e^(−2.5·x)), without computing e^x.
 */
final class SectorScorers {
	final CompiledScorer scorer;
	final List<String> clauseIds;
	final int[] levels;
	final String[] subdomainKeys;
	final int[] subdomainOf;
	final long[] subdomainHashes;
	final long[] clauseHashes;
	final double[] scaleValues;
	final Map<String, Integer> position = new HashMap<>();
	private final int[] ascending;
	private final double[] cuts;

	SectorScorers(RevisionModel model, ScoringEngine engine, String sector, UnaryOperator<String> subdomainKey) {
		scorer = CompiledScorerBuilder.build(engine, sector, Set.of());
		clauseIds = scorer.clauseIds();
		SectorModel sm = SectorModel.of(model, sector);
		int n = clauseIds.size();
		levels = new int[n];
		subdomainKeys = new String[n];
		subdomainOf = new int[n];
		clauseHashes = new long[n];
		Map<String, Integer> subdomains = new LinkedHashMap<>();
		for (int k = 0; k < n; k++) {
			ClauseRef ref = sm.clause(clauseIds.get(k)).orElseThrow();
			levels[k] = ref.levelIndex() + 1;
			subdomainKeys[k] = subdomainKey.apply(SubdomainNames.normalize(ref.subdomain().subdomain().name()));
			subdomainOf[k] = subdomains.computeIfAbsent(subdomainKeys[k], key -> subdomains.size());
			clauseHashes[k] = SyntheticPopulation.key(clauseIds.get(k));
			position.put(clauseIds.get(k), k);
		}
		subdomainHashes = subdomains.keySet().stream().mapToLong(SyntheticPopulation::key).toArray();
		scaleValues = model.scale().values().stream().map(RatingValue::value).mapToDouble(v -> v.toDecimal(12).doubleValue()).toArray();
		Integer[] order = new Integer[scaleValues.length];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, (a, b) -> Double.compare(scaleValues[a], scaleValues[b]));
		ascending = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
		cuts = new double[Math.max(0, scaleValues.length - 1)];
		for (int j = 0; j < cuts.length; j++) {
			double mid = (scaleValues[ascending[j]] + scaleValues[ascending[j + 1]]) / 2;
			cuts[j] = mid <= 0 ? Double.NEGATIVE_INFINITY : mid >= 1 ? Double.POSITIVE_INFINITY : Math.log(mid / (1 - mid)) / SyntheticPopulation.STEEPNESS;
		}
	}

	int clauseCount() {
		return levels.length;
	}

	/** The scale index of the value nearest to 1 / (1 + e^(−2.5·x)). */
	int rating(double x) {
		int j = 0;
		while (j < cuts.length && x > cuts[j]) {
			j++;
		}
		return ascending[j];
	}

	/** A unit's ratings of every clause, in the scorer's order. */
	byte[] rate(SyntheticPopulation.UnitProfile unit) {
		double[] offsets = new double[subdomainHashes.length];
		for (int s = 0; s < offsets.length; s++) {
			offsets[s] = SyntheticPopulation.subdomainOffset(unit, subdomainHashes[s]);
		}
		byte[] ratings = new byte[levels.length];
		for (int k = 0; k < ratings.length; k++) {
			ratings[k] = (byte) rating(SyntheticPopulation.latent(unit, offsets[subdomainOf[k]], levels[k], clauseHashes[k]));
		}
		return ratings;
	}

	/** The rating a unit gives one clause of this layout (as {@link #rate} does). */
	int rate(SyntheticPopulation.UnitProfile unit, int k) {
		double offset = SyntheticPopulation.subdomainOffset(unit, subdomainHashes[subdomainOf[k]]);
		return rating(SyntheticPopulation.latent(unit, offset, levels[k], clauseHashes[k]));
	}
}
