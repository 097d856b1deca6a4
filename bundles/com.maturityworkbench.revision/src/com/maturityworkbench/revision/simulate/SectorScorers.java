package com.maturityworkbench.revision.simulate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.scoring.compiled.CompiledScorer;
import com.maturityworkbench.scoring.compiled.CompiledScorerBuilder;
import com.maturityworkbench.scoring.model.ClauseRef;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;

/**
 * One revision's compiled scorer for one sector (nothing tailored), with what the population needs of every clause
 * in the scorer's order: its level (1-based) and the key of its subdomain (its name, drafting notes aside).
 */
final class SectorScorers {
	final CompiledScorer scorer;
	final List<String> clauseIds;
	final int[] levels;
	final String[] subdomainKeys;
	final double[] scaleValues;
	final Map<String, Integer> position = new HashMap<>();

	SectorScorers(RevisionModel model, String sector) {
		scorer = CompiledScorerBuilder.build(model, sector, Set.of());
		clauseIds = scorer.clauseIds();
		SectorModel sm = SectorModel.of(model, sector);
		levels = new int[clauseIds.size()];
		subdomainKeys = new String[clauseIds.size()];
		for (int k = 0; k < clauseIds.size(); k++) {
			ClauseRef ref = sm.clause(clauseIds.get(k)).orElseThrow();
			levels[k] = ref.levelIndex() + 1;
			subdomainKeys[k] = SubdomainNames.normalize(ref.subdomain().subdomain().name());
			position.put(clauseIds.get(k), k);
		}
		scaleValues = model.scale().values().stream().map(RatingValue::value).mapToDouble(v -> v.toDecimal(12).doubleValue()).toArray();
	}
}
