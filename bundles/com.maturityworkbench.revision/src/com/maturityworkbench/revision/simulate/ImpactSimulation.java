package com.maturityworkbench.revision.simulate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.revision.compare.ClauseMapping;
import com.maturityworkbench.revision.compare.RevisionComparison;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.revision.compare.RevisionOutline;
import com.maturityworkbench.revision.compare.SubdomainMatch;
import com.maturityworkbench.revision.simulate.ImpactReport.Attribution;
import com.maturityworkbench.revision.simulate.ImpactReport.Effect;
import com.maturityworkbench.revision.simulate.ImpactReport.Sensitivity;
import com.maturityworkbench.revision.simulate.ImpactReport.Timings;
import com.maturityworkbench.revision.simulate.Population.Member;
import com.maturityworkbench.revision.simulate.Population.Unit;
import com.maturityworkbench.revision.simulate.Scenario.Scores;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.Subdomain;
import com.maturityworkbench.scoring.model.TablePart;

/**
 * Scores a population of enterprises under two revisions of a standard. Each enterprise's ratings of the old
 * revision are carried to the new one through the clause map (same, relabelled, changed and moved clauses keep their
 * rating, on the new scale's nearest value); a clause new in the new revision is rated from the enterprise's profile,
 * and the population counts such ratings. Scoring uses the runtime's compiled scorers, built in memory, exact in
 * integers; composites are aggregated by the revision's composite rule. Then, on request, the attribution (each change
 * of the diff applied alone to the old revision) and the sensitivity of S to each subdomain's weight in the new one.
 */
public final class ImpactSimulation {
	/** +1 percentage point, the sensitivity's step. */
	public static final Rational ONE_POINT = Rational.of(1, 100);

	private final RevisionModel old;
	private final RevisionModel nu;
	private final RevisionDiff diff;
	private final ChangeAttribution changes;
	private final Map<String, SectorScorers> oldLayouts = new LinkedHashMap<>();
	private final Map<String, SectorScorers> newLayouts = new LinkedHashMap<>();
	private final Map<String, int[]> carried = new HashMap<>();
	private final Scenario oldScenario;
	private final Scenario newScenario;

	public ImpactSimulation(RevisionModel old, RevisionModel nu, Revision oldRevision, Revision newRevision) {
		this(old, nu, RevisionOutline.of(oldRevision), RevisionOutline.of(newRevision));
	}

	public ImpactSimulation(RevisionModel old, RevisionModel nu, RevisionOutline oldOutline, RevisionOutline newOutline) {
		this.old = old;
		this.nu = nu;
		this.diff = RevisionComparison.compare(oldOutline, newOutline);
		this.changes = new ChangeAttribution(old, nu, oldOutline, newOutline, diff);
		Map<String, String> newIdToOld = new HashMap<>();
		for (ClauseMapping m : diff.clauses().mappings()) {
			if (m.old() != null && m.nu() != null) {
				newIdToOld.put(m.nu().id(), m.old().id());
			}
		}
		Map<String, String> newSubdomainToOld = new HashMap<>();
		for (SubdomainMatch m : diff.subdomains()) {
			if (m.old() != null && m.nu() != null) {
				newSubdomainToOld.put(m.nu().key(), m.old().key());
			}
		}
		ScoringEngine oldEngine = new ScoringEngine(old);
		ScoringEngine newEngine = new ScoringEngine(nu);
		for (String sector : sectors()) {
			SectorScorers o = new SectorScorers(old, oldEngine, sector, key -> key);
			SectorScorers n = new SectorScorers(nu, newEngine, sector, key -> newSubdomainToOld.getOrDefault(key, key));
			oldLayouts.put(sector, o);
			newLayouts.put(sector, n);
			int[] from = new int[n.clauseCount()];
			for (int k = 0; k < from.length; k++) {
				String oldId = newIdToOld.get(n.clauseIds.get(k));
				Integer at = oldId == null ? null : o.position.get(oldId);
				from[k] = at == null ? -1 : at;
			}
			carried.put(sector, from);
		}
		oldScenario = new Scenario(old, oldEngine, oldLayouts, false, oldLayouts, newLayouts);
		newScenario = new Scenario(nu, newEngine, newLayouts, true, oldLayouts, newLayouts);
	}

	/** The sectors both revisions have. */
	public List<String> sectors() {
		return old.sectors().stream().filter(nu.sectors()::contains).toList();
	}

	public RevisionDiff diff() {
		return diff;
	}

	/** The changes the attribution applies one by one. */
	public ChangeAttribution changes() {
		return changes;
	}

	/** {@code count} synthetic enterprises, rated under both revisions (in parallel; the result does not depend on it). */
	public Population synthetic(SyntheticPopulation population, int count) {
		Stopwatch watch = new Stopwatch();
		Member[] members = new Member[count];
		IntStream.range(0, count).parallel().forEach(i -> members[i] = member(population.enterprise(i)));
		long drawn = 0;
		for (Member m : members) {
			drawn += m.drawn();
		}
		double[] millis = watch.millis();
		return new Population(Population.Source.SYNTHETIC, String.valueOf(population.seed()), List.of(members), drawn, List.of(), millis[0], millis[1]);
	}

	private Member member(SyntheticPopulation.Enterprise e) {
		List<Unit> units = new ArrayList<>(e.units().size());
		int drawn = 0;
		for (int u = 0; u < e.units().size(); u++) {
			SyntheticPopulation.UnitProfile profile = e.units().get(u);
			SectorScorers o = oldLayouts.get(profile.sector());
			SectorScorers n = newLayouts.get(profile.sector());
			byte[] oldRatings = o.rate(profile);
			int[] from = carried.get(profile.sector());
			byte[] newRatings = new byte[from.length];
			for (int k = 0; k < from.length; k++) {
				if (from[k] >= 0) {
					newRatings[k] = (byte) SyntheticPopulation.nearest(o.scaleValues[oldRatings[from[k]]], n.scaleValues);
				} else {
					newRatings[k] = (byte) n.rate(profile, k);
					drawn++;
				}
			}
			units.add(new Unit(String.valueOf(u + 1), profile.sector(), profile.output(), oldRatings, newRatings));
		}
		return new Member(String.valueOf(e.number()), e.composite(), List.copyOf(units), drawn);
	}

	/** A real population: the assessments of a folder, carried to the new revision (see {@link AssessmentPopulation}). */
	public Population folder(Path folder, String shownAs, long seed) throws IOException {
		return AssessmentPopulation.read(folder, shownAs, seed, old, nu, oldLayouts, newLayouts, carried, changes.oldToNewSubdomainIds());
	}

	/** One enterprise's S and level under the old and the new revision. */
	public record Outcome(double oldTotal, int oldLevel, double newTotal, int newLevel) {
	}

	/** Every enterprise's outcome, in population order. */
	public List<Outcome> outcomes(Population population) {
		Scores before = oldScenario.score(population);
		Scores after = newScenario.score(population);
		List<Outcome> outcomes = new ArrayList<>(population.size());
		for (int i = 0; i < population.size(); i++) {
			outcomes.add(new Outcome(before.totals()[i], before.levels()[i], after.totals()[i], after.levels()[i]));
		}
		return outcomes;
	}

	/** Everything the report shows: scores under both revisions, and on request the attribution and the sensitivity (over every enterprise). */
	public ImpactReport run(Population population, boolean attribution, boolean sensitivity) {
		return run(population, attribution, sensitivity ? SensitivityScope.ALL : SensitivityScope.OFF);
	}

	/**
	 * Scores under both revisions, on request the attribution, and the sensitivity over the enterprises {@code scope}
	 * names (a sample is scored once more under the new revision, its base, as part of the sensitivity's time).
	 */
	public ImpactReport run(Population population, boolean attribution, SensitivityScope scope) {
		Stopwatch watch = new Stopwatch();
		Scores before = oldScenario.score(population);
		Scores after = newScenario.score(population);
		double[] scoring = watch.millis();
		watch = new Stopwatch();
		Attribution a = attribution ? attribution(population, before, after) : null;
		double[] attributing = watch.millis();
		watch = new Stopwatch();
		SensitivityScope resolved = scope.resolved(population.size());
		List<Sensitivity> s = switch (resolved.mode()) {
		case OFF -> null;
		case ALL -> sensitivity(population, after);
		case SAMPLE -> {
			Population sample = resolved.draw(population);
			yield sensitivity(sample, newScenario.score(sample));
		}
		};
		double[] sensing = watch.millis();
		return ImpactReport.of(old.revisionId(), nu.revisionId(), nu.levels(), population, before, after, a, s, resolved,
				new Timings(population.generationMillis(), scoring[0], attributing[0], sensing[0], population.generationCpuMillis(), scoring[1],
						attributing[1], sensing[1]));
	}

	private Attribution attribution(Population population, Scores before, Scores after) {
		List<Effect> effects = new ArrayList<>();
		for (ImpactChange c : changes.changes()) {
			Scores alone = Scenario.variant(c.variant(), false, oldLayouts, newLayouts).score(population, before, untouched(population, c.sectors()));
			effects.add(Effect.of(c, nu.levelCount(), before, alone));
		}
		return Attribution.of(effects, changes.unattributed(), Effect.of(null, nu.levelCount(), before, after));
	}

	private List<Sensitivity> sensitivity(Population population, Scores after) {
		List<Sensitivity> result = new ArrayList<>();
		for (ScoredTable t : nu.tables()) {
			Set<String> sectors = t.part() == TablePart.COMMON ? null : Set.of(t.sector());
			if (sectors != null && !sectors().contains(t.sector())) {
				continue;
			}
			IntPredicate skip = untouched(population, sectors);
			for (Domain d : t.domains()) {
				for (Subdomain s : d.subdomains()) {
					RevisionModel variant = ModelEdits.rebalanced(nu, s.id(), ONE_POINT);
					Scores plus = Scenario.variant(variant, true, oldLayouts, newLayouts).score(population, after, skip);
					result.add(Sensitivity.of(t.id(), d.name(), s, population, skip, after, plus));
				}
			}
		}
		return result;
	}

	/** The members none of whose units is of one of {@code sectors} (none when {@code sectors} is null: every member can change). */
	private static IntPredicate untouched(Population population, Set<String> sectors) {
		if (sectors == null) {
			return i -> false;
		}
		return i -> population.members().get(i).units().stream().noneMatch(u -> sectors.contains(u.sector()));
	}
}
