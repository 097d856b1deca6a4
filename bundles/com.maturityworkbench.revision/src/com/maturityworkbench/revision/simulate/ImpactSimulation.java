package com.maturityworkbench.revision.simulate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

import com.maturityworkbench.revision.compare.ClauseMap;
import com.maturityworkbench.revision.compare.ClauseMapping;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.revision.compare.SubdomainMatch;
import com.maturityworkbench.revision.simulate.SyntheticPopulation.Enterprise;
import com.maturityworkbench.scoring.compiled.CompiledScore;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * Scores a population of enterprises under two revisions of a standard. Each enterprise's ratings of the old
 * revision are carried to the new one through the clause map (same, relabelled, changed and moved clauses keep their
 * rating); a clause new in the new revision is rated from the enterprise's profile, and the outcome says how many
 * such ratings were drawn. Scoring uses the runtime's compiled scorers, built in memory, exact in integers.
 */
public final class ImpactSimulation {
	private final RevisionModel old;
	private final RevisionModel nu;
	private final Map<String, String> newIdToOld = new HashMap<>();
	private final Map<String, String> newSubdomainToOld = new HashMap<>();

	public ImpactSimulation(RevisionModel old, RevisionModel nu, RevisionDiff diff) {
		this.old = old;
		this.nu = nu;
		ClauseMap map = diff.clauses();
		for (ClauseMapping m : map.mappings()) {
			if (m.old() != null && m.nu() != null) {
				newIdToOld.put(m.nu().id(), m.old().id());
			}
		}
		for (SubdomainMatch m : diff.subdomains()) {
			if (m.old() != null && m.nu() != null) {
				newSubdomainToOld.put(m.nu().key(), m.old().key());
			}
		}
	}

	/** The sectors both revisions have. */
	public List<String> sectors() {
		return old.sectors().stream().filter(nu.sectors()::contains).toList();
	}

	/** One enterprise's outcome. */
	public record Outcome(String sector, double oldTotal, int oldLevel, double newTotal, int newLevel, int drawn) {
	}

	/** The outcomes of a population, in order, and the time spent drawing ratings and scoring (all threads together). */
	public record Run(List<Outcome> outcomes, double generationMillis, double scoringMillis) {
	}

	/** The outcomes of {@code count} synthetic enterprises, in order (scored in parallel; the result does not depend on it). */
	public Run synthetic(SyntheticPopulation population, int count) {
		Map<String, SectorScorers[]> scorers = scorers();
		LongAdder generation = new LongAdder();
		LongAdder scoring = new LongAdder();
		List<Outcome> outcomes = IntStream.range(0, count).parallel().mapToObj(i -> {
			long t0 = System.nanoTime();
			Enterprise e = population.enterprise(i);
			SectorScorers[] pair = scorers.get(e.sector());
			int[] oldRatings = new int[pair[0].clauseIds.size()];
			Map<String, Double> offsets = new HashMap<>();
			for (int k = 0; k < oldRatings.length; k++) {
				double offset = offsets.computeIfAbsent(pair[0].subdomainKeys[k], key -> SyntheticPopulation.subdomainOffset(e, key));
				oldRatings[k] = SyntheticPopulation.rating(e, offset, pair[0].levels[k], pair[0].clauseIds.get(k), pair[0].scaleValues);
			}
			generation.add(System.nanoTime() - t0);
			return carry(e, pair, oldRatings, offsets, generation, scoring);
		}).toList();
		return new Run(outcomes, generation.sum() / 1e6, scoring.sum() / 1e6);
	}

	private Map<String, SectorScorers[]> scorers() {
		Map<String, SectorScorers[]> scorers = new LinkedHashMap<>();
		for (String sector : sectors()) {
			scorers.put(sector, new SectorScorers[] { new SectorScorers(old, sector), new SectorScorers(nu, sector) });
		}
		return scorers;
	}

	private Outcome carry(Enterprise e, SectorScorers[] pair, int[] oldRatings, Map<String, Double> offsets, LongAdder generation,
			LongAdder scoring) {
		long t0 = System.nanoTime();
		SectorScorers o = pair[0];
		SectorScorers n = pair[1];
		int[] newRatings = new int[n.clauseIds.size()];
		int drawn = 0;
		for (int k = 0; k < newRatings.length; k++) {
			String oldId = newIdToOld.get(n.clauseIds.get(k));
			Integer at = oldId == null ? null : o.position.get(oldId);
			if (at != null) {
				newRatings[k] = SyntheticPopulation.nearest(o.scaleValues[oldRatings[at]], n.scaleValues);
			} else {
				String key = newSubdomainToOld.getOrDefault(n.subdomainKeys[k], n.subdomainKeys[k]);
				double offset = offsets.computeIfAbsent(key, x -> SyntheticPopulation.subdomainOffset(e, x));
				newRatings[k] = SyntheticPopulation.rating(e, offset, n.levels[k], n.clauseIds.get(k), n.scaleValues);
				drawn++;
			}
		}
		long t1 = System.nanoTime();
		CompiledScore before = o.scorer.score(oldRatings, old.determination().progressive());
		CompiledScore after = n.scorer.score(newRatings, nu.determination().progressive());
		long t2 = System.nanoTime();
		generation.add(t1 - t0);
		scoring.add(t2 - t1);
		return new Outcome(e.sector(), before.totalValue(), before.level(), after.totalValue(), after.level(), drawn);
	}
}
