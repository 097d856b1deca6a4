package com.maturityworkbench.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.Cell;
import com.maturityworkbench.scoring.model.Comparison;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.Subdomain;
import com.maturityworkbench.scoring.result.ScoreResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A second, independent computation on many random inputs: the draft's formulas as printed — domain score
 * B = Σ C·β with β the subdomain's share of the scored part of its domain (2), A = Σ B·α with α the
 * domain's weight, enlarged over the scored domains of its table (1), C the clause mean (3) — written
 * directly from the model here, without the engine's effective weights.
 */
class EngineAgainstFormulasTest {
	private static Rational sum(List<Rational> values) {
		return values.stream().reduce(Rational.ZERO, Rational::add);
	}

	/** A(i) for 0-based {@code level} by formulas (1)-(3). */
	private static Rational levelScore(RevisionModel model, Assessment a, int level) {
		List<ScoredTable> tables = List.of(model.commonTable(), model.sectorTable(a.sector()).orElseThrow());
		Rational all = Rational.ZERO;
		Rational scoredTables = Rational.ZERO;
		Rational score = Rational.ZERO;
		for (ScoredTable t : tables) {
			all = all.add(t.weight());
			List<Domain> scoredDomains = new ArrayList<>();
			for (Domain d : t.domains()) {
				if (!scored(d, a, level).isEmpty()) {
					scoredDomains.add(d);
				}
			}
			if (scoredDomains.isEmpty()) {
				continue;
			}
			scoredTables = scoredTables.add(t.weight());
			Rational scoredWeight = sum(scoredDomains.stream().map(Domain::weight).toList());
			for (Domain d : scoredDomains) {
				Rational alpha = d.weight().divide(scoredWeight).multiply(t.weight());
				List<Subdomain> r = scored(d, a, level);
				Rational retained = sum(r.stream().map(Subdomain::weight).toList());
				Rational b = Rational.ZERO;
				for (Subdomain s : r) {
					Rational beta = s.weight().divide(retained);
					Cell cell = s.cell(level);
					Rational c = sum(cell.clauseIds().stream().map(id -> a.ratings().get(id)).toList()).divide(Rational.valueOf(cell.size()));
					b = b.add(c.multiply(beta));
				}
				score = score.add(b.multiply(alpha));
			}
		}
		return scoredTables.isZero() ? Rational.ZERO : score.multiply(all).divide(scoredTables);
	}

	private static List<Subdomain> scored(Domain d, Assessment a, int level) {
		return d.subdomains().stream().filter(s -> !a.tailored().contains(s.id()) && !s.cell(level).isEmpty()).toList();
	}

	@Test
	void engineAgreesWithTheFormulasOnThreeThousandRandomAssessments() {
		Random random = new Random(7_2024L);
		int compared = 0;
		for (int m = 0; m < 30; m++) {
			RevisionModel model = RandomCases.model(random);
			ScoringEngine engine = new ScoringEngine(model);
			DeterminationRule rule = model.determination();
			for (int k = 0; k < 100; k++) {
				Assessment a = RandomCases.assessment(model, random);
				ScoreResult r = engine.score(a);
				Rational s = Rational.ZERO;
				boolean lowerMet = true;
				for (int level = 0; level < 5; level++) {
					Rational expected = levelScore(model, a, level);
					assertEquals(expected, r.levelScore(level + 1), "model " + m + ", case " + k + ", A(" + (level + 1) + ")");
					int c = expected.compareTo(rule.threshold());
					boolean met = (rule.comparison() == Comparison.AT_LEAST ? c >= 0 : c > 0) && (!rule.progressive() || lowerMet);
					lowerMet = met;
					assertEquals(met, r.met(level + 1));
					s = s.add(met ? Rational.ONE : expected);
				}
				assertEquals(s, r.total());
				int level = 0;
				for (Band b : rule.bands()) {
					if (b.contains(s)) {
						level = model.levelNumber(b.levelName());
					}
				}
				assertEquals(level, r.level());
				// effective weights of scored subdomains always add up to the model's total (100 %)
				for (int l = 1; l <= 5; l++) {
					final int lv = l;
					Rational w = sum(r.subdomains().stream().map(x -> x.effectiveWeight(lv)).toList());
					boolean anything = r.subdomains().stream().anyMatch(x -> x.score(lv) != null);
					assertEquals(anything ? Rational.ONE : Rational.ZERO, w);
				}
				compared++;
			}
		}
		assertEquals(3000, compared);
	}
}
