package com.maturityworkbench.ui.views.simulation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;

/**
 * One enterprise being simulated (or one unit of a composite): its sector, output, tailored subdomains and the ratings
 * given so far. A clause not rated yet counts as the lowest rating of the scale (不满足): a simulation starts from
 * nothing met. Ratings of tailored subdomains are kept, so that untailoring brings them back, but not scored.
 */
final class SimulationUnit {
	String name;
	String sector;
	Rational output = Rational.ONE;
	final Set<String> tailored = new LinkedHashSet<>();
	final Map<String, Rational> ratings = new LinkedHashMap<>();

	SimulationUnit(String name, String sector) {
		this.name = name;
		this.sector = sector;
	}

	static Rational lowest(RevisionModel model) {
		return model.scale().values().stream().map(v -> v.value()).reduce(Rational::min).orElseThrow();
	}

	Rational rating(RevisionModel model, String clauseId) {
		Rational r = ratings.get(clauseId);
		return r == null ? lowest(model) : r;
	}

	void rate(List<String> clauseIds, Rational value) {
		clauseIds.forEach(id -> ratings.put(id, value));
	}

	/** The assessment the engine scores: every clause of the retained subdomains rated. */
	Assessment assessment(RevisionModel model) {
		SectorModel sm = SectorModel.of(model, sector);
		Map<String, Rational> scored = new LinkedHashMap<>();
		for (SubdomainRef s : sm.subdomains()) {
			if (tailored.contains(s.id())) {
				continue;
			}
			for (var cell : s.subdomain().cells()) {
				for (String id : cell.clauseIds()) {
					scored.put(id, rating(model, id));
				}
			}
		}
		Set<String> tailoredHere = new LinkedHashSet<>();
		tailored.stream().filter(id -> sm.subdomain(id).isPresent()).forEach(tailoredHere::add);
		return new Assessment(model.revisionId(), sector, tailoredHere, scored);
	}

	/** Takes over an assessment read from a file. */
	void load(Assessment assessment) {
		sector = assessment.sector();
		tailored.clear();
		tailored.addAll(assessment.tailored());
		ratings.clear();
		ratings.putAll(assessment.ratings());
	}
}
