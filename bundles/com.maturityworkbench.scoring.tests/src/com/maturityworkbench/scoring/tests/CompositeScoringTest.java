package com.maturityworkbench.scoring.tests;

import static com.maturityworkbench.scoring.tests.HandModel.MINING;
import static com.maturityworkbench.scoring.tests.HandModel.SMELTING;
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
import com.maturityworkbench.scoring.result.TypeAggregate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Annex A. A unit rated r on every clause has C = r everywhere and A(i) = r (its weights sum to 1), so the
 * units' level scores are chosen by their ratings.
 */
class CompositeScoringTest {
	private static CompositeUnit unit(RevisionModel model, String name, String sector, long output, Assessment a) {
		return new CompositeUnit(name, sector, Rational.valueOf(output), a);
	}

	private static CompositeAssessment threeSmeltersAndAMine(RevisionModel model) {
		return new CompositeAssessment(HandModel.REVISION, OutputBasis.VALUES, List.of(
				unit(model, "冶炼一厂", SMELTING, 100, Ratings.of(model, SMELTING).all("1").build()),
				unit(model, "冶炼二厂", SMELTING, 200, Ratings.of(model, SMELTING).all("0.8").build()),
				unit(model, "冶炼三厂", SMELTING, 100, Ratings.of(model, SMELTING).all("0.5").build()),
				unit(model, "矿山", MINING, 100, Ratings.of(model, MINING).all("0").build())));
	}

	@Test
	void compositeWithMeanWeightsTypesByOutputValue() {
		RevisionModel model = HandModel.hand().aggregation(Aggregation.MEAN).build();
		CompositeResult r = new ScoringEngine(model).scoreComposite(threeSmeltersAndAMine(model));
		assertEquals(Aggregation.MEAN, r.aggregation());
		// type weights: 冶炼 (100 + 200 + 100) / 500 = 4/5, 采选 100 / 500 = 1/5 (types in the revision's sector order)
		TypeAggregate mining = r.types().get(0);
		TypeAggregate smelting = r.types().get(1);
		assertEquals(MINING, mining.sector());
		assertEquals(Rational.of(1, 5), mining.weight());
		assertEquals(Rational.of(4, 5), smelting.weight());
		// mean of the smelters: (1 + 0.8 + 0.5) / 3 = 23/30
		assertEquals(Rational.of(23, 30), smelting.aggregated().get(0));
		// A_SUM(i) = 4/5 · 23/30 + 1/5 · 0 = 92/150 = 46/75 = 0.6133...
		assertEquals(Rational.of(46, 75), r.levelScore(1));
		// no level met: S = 5 · 46/75 = 46/15 = 3.0666... → 三级
		assertEquals(Rational.of(46, 15), r.total());
		assertEquals(3, r.level());
		// unit shares of the output
		assertEquals(Rational.of(2, 5), r.units().get(1).share());
	}

	@Test
	void compositeWithMedianTakesTheMiddleUnitOfEachType() {
		RevisionModel model = HandModel.hand().aggregation(Aggregation.MEDIAN).build();
		CompositeResult r = new ScoringEngine(model).scoreComposite(threeSmeltersAndAMine(model));
		assertEquals(Aggregation.MEDIAN, r.aggregation());
		// median of 1, 0.8, 0.5 = 0.8; A_SUM = 4/5 · 0.8 + 1/5 · 0 = 16/25; S = 5 · 16/25 = 16/5 = 3.2 → 三级
		assertEquals(Rational.of(16, 25), r.levelScore(2));
		assertEquals(Rational.of(16, 5), r.total());
	}

	/** Five smelters: A = 1, 0.9, 0.9, 0.8 and 0 (an outlier). 技术 of 表3 is 10%, 环保管理 10%. */
	private static CompositeAssessment fiveSmelters(RevisionModel model) {
		Ratings noTechnology = Ratings.of(model, SMELTING).subdomain("表3.技术创新与改造", "0").subdomain("表3.中试验证", "0");
		return new CompositeAssessment(HandModel.REVISION, OutputBasis.SHARES, List.of(
				new CompositeUnit("一厂", SMELTING, Rational.parse("0.2"), Ratings.of(model, SMELTING).build()),
				new CompositeUnit("二厂", SMELTING, Rational.parse("0.2"), noTechnology.build()),
				new CompositeUnit("三厂", SMELTING, Rational.parse("0.2"), noTechnology.build()),
				new CompositeUnit("四厂", SMELTING, Rational.parse("0.2"), noTechnology.subdomain("表3.环保管理", "0").build()),
				new CompositeUnit("五厂", SMELTING, Rational.parse("0.2"), Ratings.of(model, SMELTING).all("0").build())));
	}

	@Test
	void compositeWithTrimmedExcludesTheOutlier() {
		RevisionModel model = HandModel.hand().aggregation(Aggregation.TRIMMED).build();
		CompositeResult r = new ScoringEngine(model).scoreComposite(fiveSmelters(model));
		assertEquals(Aggregation.TRIMMED, r.aggregation());
		// unit A(1): 1, 0.9, 0.9, 0.8, 0; median 0.9, MAD 0.1, limit 3 · 1.4826 · 0.1 = 0.44478 → 五厂 (0.9 away) dropped
		assertEquals(Rational.parse("0.8"), r.units().get(3).result().levelScore(1));
		assertEquals(List.of("五厂"), r.types().get(0).excludedUnits().get(0));
		// mean of the rest (1 + 0.9 + 0.9 + 0.8) / 4 = 0.9, weight 1 → every level met, S = 5 → 五级
		assertEquals(Rational.parse("0.9"), r.levelScore(1));
		assertEquals(5, r.level());
	}

	@Test
	void sameUnitsWithMeanKeepTheOutlier() {
		RevisionModel model = HandModel.hand().aggregation(Aggregation.MEAN).build();
		CompositeResult r = new ScoringEngine(model).scoreComposite(fiveSmelters(model));
		// (1 + 0.9 + 0.9 + 0.8 + 0) / 5 = 0.72, not met; S = 5 · 0.72 = 3.6 → 三级
		assertEquals(Rational.parse("0.72"), r.levelScore(1));
		assertEquals(Rational.parse("3.6"), r.total());
		assertEquals(3, r.level());
	}
}
