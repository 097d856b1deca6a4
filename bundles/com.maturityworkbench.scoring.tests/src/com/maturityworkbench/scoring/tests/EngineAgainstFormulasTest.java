package com.maturityworkbench.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.assessment.OutputBasis;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.Aggregation;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.CompositeResult;
import com.maturityworkbench.scoring.result.ScoreResult;
import com.maturityworkbench.scoring.result.TypeAggregate;
import com.maturityworkbench.scoring.testing.Formulas;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A second, independent computation on many random inputs: the draft's formulas as printed, written out once in
 * {@link Formulas} (the oracle of every test bundle) directly from the model, without the engine's effective weights.
 */
class EngineAgainstFormulasTest {
	@Test
	void engineAgreesWithTheFormulasOnThreeThousandRandomAssessments() {
		Random random = new Random(7_2024L);
		int compared = 0;
		for (int m = 0; m < 30; m++) {
			RevisionModel model = RandomCases.model(random);
			ScoringEngine engine = new ScoringEngine(model);
			for (int k = 0; k < 100; k++) {
				Assessment a = RandomCases.assessment(model, random);
				ScoreResult r = engine.score(a);
				Formulas.Outcome expected = Formulas.score(model, a);
				for (int level = 0; level < 5; level++) {
					assertEquals(expected.levelScores().get(level), r.levelScore(level + 1), "model " + m + ", case " + k + ", A(" + (level + 1) + ")");
					assertEquals(expected.met().get(level), r.met(level + 1));
				}
				assertEquals(expected.total(), r.total());
				assertEquals(expected.level(), r.level());
				// effective weights of scored subdomains always add up to the model's total (100 %)
				for (int l = 1; l <= 5; l++) {
					final int lv = l;
					Rational w = Formulas.sum(r.subdomains().stream().map(x -> x.effectiveWeight(lv)).toList());
					boolean anything = r.subdomains().stream().anyMatch(x -> x.score(lv) != null);
					assertEquals(anything ? Rational.ONE : Rational.ZERO, w);
				}
				compared++;
			}
		}
		assertEquals(3000, compared);
	}

	/**
	 * Annex A on random composites of 2-5 units of random sectors and outputs, for each aggregation: the type weights,
	 * the per-type aggregation and A_SUM of the oracle equal the engine's.
	 */
	@Test
	void compositesAgreeWithAnnexAForEveryAggregation() {
		Random random = new Random(2024_0601L);
		int compared = 0;
		for (Aggregation aggregation : Aggregation.values()) {
			RevisionModel model = HandModel.hand().aggregation(aggregation).build();
			ScoringEngine engine = new ScoringEngine(model);
			for (int k = 0; k < 100; k++) {
				List<CompositeUnit> units = new ArrayList<>();
				int n = 2 + random.nextInt(4);
				for (int u = 0; u < n; u++) {
					Assessment a = RandomCases.assessment(model, random);
					units.add(new CompositeUnit("单元" + u, a.sector(), Rational.valueOf(1 + random.nextInt(5000)), a));
				}
				CompositeAssessment c = new CompositeAssessment(model.revisionId(), OutputBasis.VALUES, units);
				CompositeResult r = engine.scoreComposite(c);
				Formulas.Outcome expected = Formulas.score(model, c);
				for (int level = 1; level <= 5; level++) {
					assertEquals(expected.levelScores().get(level - 1), r.levelScore(level), aggregation + ", case " + k + ", A_SUM(" + level + ")");
				}
				assertEquals(expected.met(), r.determination().levels().stream().map(l -> l.met()).toList());
				assertEquals(expected.total(), r.total());
				assertEquals(expected.level(), r.level());
				for (TypeAggregate t : r.types()) {
					assertEquals(Formulas.typeWeight(c, t.sector()), t.weight());
				}
				compared++;
			}
		}
		assertEquals(300, compared);
	}
}
