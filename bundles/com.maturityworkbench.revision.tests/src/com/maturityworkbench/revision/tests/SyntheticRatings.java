package com.maturityworkbench.revision.tests;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.revision.simulate.SyntheticPopulation;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.model.ClauseRef;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;

/** A synthetic enterprise's ratings of one revision as an ordinary assessment, for the generic engine. */
final class SyntheticRatings {
	private SyntheticRatings() {
	}

	static Assessment of(RevisionModel model, SyntheticPopulation population, int number) {
		SyntheticPopulation.Enterprise e = population.enterprise(number);
		SectorModel sm = SectorModel.of(model, e.sector());
		List<Rational> scale = model.scale().values().stream().map(RatingValue::value).toList();
		double[] values = scale.stream().mapToDouble(v -> v.toDecimal(12).doubleValue()).toArray();
		Map<String, Double> offsets = new HashMap<>();
		Map<String, Rational> ratings = new LinkedHashMap<>();
		for (String id : sm.clauseOrder()) {
			ClauseRef ref = sm.clause(id).orElseThrow();
			String key = SubdomainNames.normalize(ref.subdomain().subdomain().name());
			double offset = offsets.computeIfAbsent(key, k -> SyntheticPopulation.subdomainOffset(e, k));
			ratings.put(id, scale.get(SyntheticPopulation.rating(e, offset, ref.levelIndex() + 1, id, values)));
		}
		return new Assessment(model.revisionId(), e.sector(), Set.of(), ratings);
	}
}
