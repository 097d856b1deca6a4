package com.maturityworkbench.scoring.compiled;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.AssessmentException;
import com.maturityworkbench.scoring.engine.EffectiveModel;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.RatingScale;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives {@link CompiledTables} from an effective model (revision + sector + tailoring) — the same effective
 * weights the generic engine uses, brought to integers over one common denominator per level — and builds
 * compiled scorers whose fallback is the generic engine.
 */
public final class CompiledScorerBuilder {
	private CompiledScorerBuilder() {
	}

	/** A compiled scorer for {@code sector} with {@code tailored} tailored out, falling back to a new engine. */
	public static CompiledScorer build(RevisionModel model, String sector, Set<String> tailored) {
		return build(new ScoringEngine(model), sector, tailored);
	}

	/**
	 * A compiled scorer for {@code sector} with {@code tailored} tailored out, falling back to {@code engine};
	 * when the tables do not fit in longs, a scorer that always uses the engine.
	 *
	 * @throws AssessmentException when the sector or the tailoring is not valid
	 */
	public static CompiledScorer build(ScoringEngine engine, String sector, Set<String> tailored) {
		EffectiveModel em = engine.effectiveModel(sector, tailored);
		CompiledScorer.Fallback fallback = (ratings, progressive) -> engine.determine(toAssessment(em, ratings), progressive);
		try {
			return new CompiledScorer(tables(em), fallback);
		} catch (ArithmeticException notRepresentable) {
			List<Rational> scale = em.model().scale().values().stream().map(RatingValue::value).toList();
			return CompiledScorer.fallbackOnly(em.sectorModel().clauseOrder(), scale, fallback);
		}
	}

	/**
	 * The integer tables of {@code em}.
	 *
	 * @throws ArithmeticException when a denominator, factor or possible intermediate value does not fit in a long
	 */
	public static CompiledTables tables(EffectiveModel em) {
		RevisionModel model = em.model();
		SectorModel sm = em.sectorModel();
		int levels = model.levelCount();
		RatingScale scale = model.scale();
		BigInteger ratingDen = scale.commonDenominator();
		int[] ratingValues = new int[scale.size()];
		int maxRating = 0;
		for (int k = 0; k < scale.size(); k++) {
			Rational v = scale.value(k);
			ratingValues[k] = v.numerator().multiply(ratingDen.divide(v.denominator())).intValueExact();
			maxRating = Math.max(maxRating, ratingValues[k]);
		}
		List<int[]> cells = new ArrayList<>(); // level, from, to
		List<Rational> perClause = new ArrayList<>(); // w'/n
		int position = 0;
		for (SubdomainRef s : sm.subdomains()) {
			for (int level = 0; level < levels; level++) {
				int n = s.subdomain().cell(level).size();
				if (em.isScored(s, level)) {
					cells.add(new int[] { level, position, position + n });
					perClause.add(em.weight(s, level).divide(Rational.valueOf(n)));
				}
				position += n;
			}
		}
		BigInteger[] d = new BigInteger[levels];
		Arrays.fill(d, BigInteger.ONE);
		for (int c = 0; c < cells.size(); c++) {
			int level = cells.get(c)[0];
			BigInteger den = perClause.get(c).denominator();
			d[level] = d[level].divide(d[level].gcd(den)).multiply(den);
		}
		int[] cellLevel = new int[cells.size()];
		int[] cellFrom = new int[cells.size()];
		int[] cellTo = new int[cells.size()];
		long[] cellFactor = new long[cells.size()];
		BigInteger[] maxNumerator = new BigInteger[levels];
		Arrays.fill(maxNumerator, BigInteger.ZERO);
		for (int c = 0; c < cells.size(); c++) {
			int[] cell = cells.get(c);
			cellLevel[c] = cell[0];
			cellFrom[c] = cell[1];
			cellTo[c] = cell[2];
			Rational q = perClause.get(c);
			BigInteger factor = q.numerator().multiply(d[cell[0]].divide(q.denominator()));
			cellFactor[c] = factor.longValueExact();
			BigInteger maxSum = BigInteger.valueOf((long) (cell[2] - cell[1]) * maxRating);
			maxNumerator[cell[0]] = maxNumerator[cell[0]].add(factor.multiply(maxSum));
		}
		long[] levelDenominators = new long[levels];
		for (int i = 0; i < levels; i++) {
			levelDenominators[i] = d[i].multiply(ratingDen).longValueExact();
			maxNumerator[i].longValueExact(); // N(i) can never overflow
		}
		DeterminationRule rule = model.determination();
		List<Band> bands = rule.bands();
		int[] bandLevels = new int[bands.size()];
		long[] lowNum = new long[bands.size()];
		long[] lowDen = new long[bands.size()];
		long[] highNum = new long[bands.size()];
		long[] highDen = new long[bands.size()];
		boolean[] closed = new boolean[bands.size()];
		for (int b = 0; b < bands.size(); b++) {
			Band band = bands.get(b);
			bandLevels[b] = model.levelNumber(band.levelName());
			lowNum[b] = band.low().numerator().longValueExact();
			lowDen[b] = band.low().denominator().longValueExact();
			highNum[b] = band.high().numerator().longValueExact();
			highDen[b] = band.high().denominator().longValueExact();
			closed[b] = band.highClosed();
		}
		return new CompiledTables(model.revisionId(), sm.sector(), List.copyOf(em.tailored()), sm.clauseOrder().toArray(String[]::new),
				model.levels().toArray(String[]::new), ratingValues, ratingDen.longValueExact(), cellLevel, cellFrom, cellTo, cellFactor,
				levelDenominators, rule.comparison(), rule.threshold().numerator().longValueExact(), rule.threshold().denominator().longValueExact(),
				rule.progressive(), bandLevels, lowNum, lowDen, highNum, highDen, closed);
	}

	/** The assessment the int[] ratings stand for (clauses of tailored subdomains left out). */
	public static Assessment toAssessment(EffectiveModel em, int[] ratingIndexes) {
		List<String> order = em.sectorModel().clauseOrder();
		if (ratingIndexes.length != order.size()) {
			throw new IllegalArgumentException(ratingIndexes.length + " ratings for " + order.size() + " clauses");
		}
		RatingScale scale = em.model().scale();
		Map<String, Rational> ratings = new LinkedHashMap<>();
		for (int k = 0; k < order.size(); k++) {
			String clauseId = order.get(k);
			SubdomainRef s = em.sectorModel().clause(clauseId).orElseThrow().subdomain();
			if (em.isTailored(s.id())) {
				continue;
			}
			int index = ratingIndexes[k];
			if (index < 0 || index >= scale.size()) {
				throw new AssessmentException("rating index " + index + " of clause \"" + clauseId + "\" is not a scale index (0.." + (scale.size() - 1) + ")",
						clauseId);
			}
			ratings.put(clauseId, scale.value(index));
		}
		return new Assessment(em.model().revisionId(), em.sector(), em.tailored(), ratings);
	}
}
