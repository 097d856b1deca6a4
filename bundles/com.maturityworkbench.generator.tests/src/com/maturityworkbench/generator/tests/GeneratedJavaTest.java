package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.scoring.compiled.CompiledRevision;
import com.maturityworkbench.scoring.compiled.CompiledTables;
import com.maturityworkbench.scoring.compiled.RevisionScorer;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.SectorModel;

/**
 * The generated Java of the small fixture — data and rules only — compiled in the test (javax.tools) and scored by the
 * runtime through its registration, with the standalone scorer of the assessment library, on sample assessments whose
 * results are worked out by hand.
 *
 * <p>Effective model of a 冶炼 enterprise: 表1 (40%) 组织建设 25%, 协同办公 10%, 成本管理 5% (domain 数字化运营 = 15%) and
 * 表2 (60%) 生产作业 40%, 能源管理 20%. 成本管理 has an unmarked empty cell at 二级 and 协同办公 a marked one at 三级: their
 * 5% / 10% go to the other subdomain of 数字化运营, which then carries 15% at that level.
 */
class GeneratedJavaTest {
	private static SmallFixtureRuns runs;
	private static GenerationModel model;

	@BeforeAll
	static void compile() throws Exception {
		runs = SmallFixtureRuns.compile();
		model = runs.model();
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	/** The baked model is the model ScoringModelBuilder builds from the EMF model; both sectors' tables are baked. */
	@Test
	void registrationHandsOverTheBakedModelAndTables() {
		CompiledRevision r = runs.registration();
		assertEquals(model.scoring(), r.model());
		assertEquals(List.of("冶炼", "加工"), r.bakedTables().stream().map(CompiledTables::sector).toList());
		// the baked clause order is the runtime's rating order of the untailored sector
		for (CompiledTables t : r.bakedTables()) {
			assertEquals(SectorModel.of(model.scoring(), t.sector()).clauseOrder(), t.clauseIds());
		}
		RevisionScorer scorer = RevisionScorer.of(r);
		assertTrue(scorer.isBaked("冶炼") && scorer.isBaked("加工"));
	}

	/**
	 * A(1) = .25·(1+.5)/2 + .10·1 + .05·.5 + .40·(1+1)/2 + .20·1 = .1875 + .1 + .025 + .4 + .2 = .9125 (met, ≥ 0.8);
	 * A(2) = .25·.8 + .15·.8 + .40·.8 + .20·.5 = .2 + .12 + .32 + .1 = .74 (成本管理 empty: 协同办公 carries 15%);
	 * A(3) = .25·(.5+0)/2 + .15·0 + .40·.5 + .20·0 = .0625 + .2 = .2625 (协同办公 marked empty: 成本管理 carries 15%);
	 * S = 1 + .74 + .2625 = 2.0025 → 二级 [1.8, 2.8).
	 */
	@Test
	void untailoredSmeltingAssessmentScoresAsWorkedOutByHand() throws Exception {
		SmallFixtureRuns.Run run = runs.score(runs.write("smelting.json", SmallFixtureRuns.smelting()));
		assertEquals(0, run.exit(), run.err());
		assertEquals("", run.err());
		Map<String, Object> r = run.json();
		assertEquals(List.of("0.9125", "0.74", "0.2625"), r.get("levelScoresExact"));
		assertEquals(List.of("0.9125", "0.7400", "0.2625"), r.get("levelScores"));
		assertEquals(List.of(true, false, false), r.get("met"));
		assertEquals("2.0025", r.get("totalExact"));
		assertEquals("2.0025", r.get("total"));
		assertEquals("二级", r.get("levelName"));
		assertEquals("T/TEST 001—2025", r.get("standard"));
		assertEquals("draft", r.get("status"));
		assertEquals("single", r.get("kind"));
	}

	/**
	 * 能源管理 tailored out: 生产作业 carries the whole 数字化生产 domain, 60%. A(1) = .1875 + .1 + .025 + .6 = .9125;
	 * A(2) = .2 + .12 + .6·.8 = .8 — exactly the threshold, met under "≥"; A(3) = .0625 + 0 + .6·.5 = .3625;
	 * S = 1 + 1 + .3625 = 2.3625 → 二级. The tailored assessment is scored by tables built at run time.
	 */
	@Test
	void tailoredAssessmentRedistributesWithinTheDomain() throws Exception {
		SmallFixtureRuns.Run run = runs.score(runs.write("tailored.json", SmallFixtureRuns.tailoredSmelting()));
		assertEquals(0, run.exit(), run.err());
		Map<String, Object> r = run.json();
		assertEquals(List.of("0.9125", "0.8", "0.3625"), r.get("levelScoresExact"));
		assertEquals(List.of(true, true, false), r.get("met"));
		assertEquals("2.3625", r.get("totalExact"));
		assertEquals(List.of("表2.能源管理"), r.get("tailored"));
		assertEquals(2, ((Number) r.get("level")).intValue());
	}

	/**
	 * Composite (median per type): 冶炼 units A (output 300, the ratings above) and B (100, all 全部满足), 加工 unit C (100,
	 * all 不满足). Type weights 400/500 = .8 and .2; the median of two values is their mean: A_SUM(1) = .8·(.9125+1)/2 =
	 * .765, A_SUM(2) = .8·(.74+1)/2 = .696, A_SUM(3) = .8·(.2625+1)/2 = .505; nothing met, S = 1.966 → 二级.
	 */
	@Test
	void compositeEnterpriseAggregatesByTheDeclaredMedian() throws Exception {
		SmallFixtureRuns.Run run = runs.score(runs.write("composite.json", SmallFixtureRuns.composite(model.scoring())));
		assertEquals(0, run.exit(), run.err());
		Map<String, Object> r = run.json();
		assertEquals("composite", r.get("kind"));
		Map<?, ?> composite = (Map<?, ?>) r.get("composite");
		assertEquals("median", composite.get("aggregation"));
		assertEquals(List.of("0.8", "0.2"), ((List<?>) composite.get("types")).stream().map(t -> ((Map<?, ?>) t).get("weightExact")).toList());
		assertEquals(List.of("0.765", "0.696", "0.505"), r.get("levelScoresExact"));
		assertEquals("1.966", r.get("totalExact"));
		assertEquals("二级", r.get("levelName"));
		// each unit carries its own result: unit A is the worked example above
		Map<?, ?> unitA = (Map<?, ?>) ((List<?>) composite.get("units")).get(0);
		assertEquals("冶炼一厂", unitA.get("name"));
		assertEquals("2.0025", unitA.get("totalExact"));
		assertEquals("0.6", unitA.get("shareExact"));
	}
}
