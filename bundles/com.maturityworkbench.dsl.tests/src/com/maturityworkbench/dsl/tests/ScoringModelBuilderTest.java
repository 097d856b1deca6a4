package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.semantics.RevisionLocator;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.Comparison;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.UnweightedRow;
import com.maturityworkbench.scoring.result.ScoreResult;

/** The scoring description built from the shipped draft: weights, clause ids, unweighted rows, declared rules. */
class ScoringModelBuilderTest {
	private static RevisionModel model;

	@BeforeAll
	static void build() throws Exception {
		LoadedRevision loaded = ShippedDraft.injector().getInstance(RevisionLoader.class).load(ShippedDraft.sources(s -> s));
		model = ScoringModelBuilder
				.build(ShippedDraft.injector().getInstance(RevisionLocator.class).revisionOf(loaded.files().get(0).model()));
	}

	@Test
	void tablesCarryTheWeightsOfTables1To4AsExactFractions() {
		assertEquals(List.of("表1", "表2", "表3", "表4"), model.tables().stream().map(ScoredTable::id).toList());
		assertEquals(Rational.of(49, 100), model.commonTable().weight());
		for (String sector : List.of("采选", "冶炼", "加工")) {
			assertEquals(Rational.of(51, 100), model.sectorTable(sector).orElseThrow().weight(), sector);
		}
		assertEquals(List.of("一级", "二级", "三级", "四级", "五级"), model.levels());
		assertEquals(Rational.of(4, 5), model.determination().threshold());
		assertEquals(Comparison.AT_LEAST, model.determination().comparison());
	}

	/**
	 * 表7 rows whose names match no weight of 表3 (研发管理, 业务数据化, 数据业务化, 数字化营销, 生产协同) and the drifted
	 * ones (技术创新, 设备管理, 仓储配送) are not scored; 表3 subdomains without a row have empty cells.
	 */
	@Test
	void smeltingRowsWithoutWeightAreListedNotScored() {
		ScoredTable smelting = model.sectorTable("冶炼").orElseThrow();
		assertEquals(List.of("表7.研发管理", "表7.技术创新", "表7.业务数据化", "表7.数据业务化", "表7.数字化营销", "表7.设备管理", "表7.仓储配送", "表7.生产协同"),
				smelting.unweightedRows().stream().map(UnweightedRow::name).toList());
		// 表5 has a row for all 21 subdomains of 表1: 416 rated clauses; 表7 rows matched to 表3 weights hold the rest
		SectorModel sm = SectorModel.of(model, "冶炼");
		long common = sm.clauseOrder().stream().filter(id -> id.startsWith("表5.")).count();
		assertEquals(416, common);
	}

	/** Every clause fully met: A(i) = Σ w' · 1 = 1 at every level (gaps redistributed), S = 5, 五级. */
	@Test
	void allFullyMetScoresOneAtEveryLevel() {
		ScoreResult r = score("冶炼", Rational.ONE);
		assertEquals(List.of(Rational.ONE, Rational.ONE, Rational.ONE, Rational.ONE, Rational.ONE), r.determination().scores());
		assertEquals(Rational.of(5, 1), r.total());
		assertEquals(5, r.level());
	}

	/**
	 * Every clause 大部分满足 (0.8): A(i) = 0.8 exactly at every level; with "≥ 0.8" every level is met, S = 5 → 五级;
	 * with "> 0.8" none is, S = 5 × 0.8 = 4.0 → 四级 [3.8, 4.8).
	 */
	@Test
	void everythingMostlyMetSitsExactlyOnTheThreshold() {
		ScoreResult ge = score("采选", Rational.of(4, 5));
		assertEquals(Rational.of(4, 5), ge.levelScore(3));
		assertEquals(5, ge.level());
		RevisionModel strict = new RevisionModel(model.standardCode(), model.revisionId(), model.status(), model.levels(),
				model.scale(), model.tables(), model.tailoring(), model.determination().withComparison(Comparison.GREATER_THAN),
				model.composite());
		ScoreResult gt = new ScoringEngine(strict).score(assessment(strict, "采选", Rational.of(4, 5)));
		assertEquals(Rational.of(4, 1), gt.total());
		assertEquals(4, gt.level());
	}

	private static ScoreResult score(String sector, Rational rating) {
		return new ScoringEngine(model).score(assessment(model, sector, rating));
	}

	private static Assessment assessment(RevisionModel m, String sector, Rational rating) {
		Map<String, Rational> ratings = new HashMap<>();
		for (String id : SectorModel.of(m, sector).clauseOrder()) {
			ratings.put(id, rating);
		}
		return new Assessment(m.revisionId(), sector, Set.of(), ratings);
	}
}
