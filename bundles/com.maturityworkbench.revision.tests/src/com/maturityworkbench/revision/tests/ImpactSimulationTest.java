package com.maturityworkbench.revision.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.compare.RevisionComparison;
import com.maturityworkbench.revision.simulate.ImpactReport;
import com.maturityworkbench.revision.simulate.ImpactSimulation;
import com.maturityworkbench.revision.simulate.SyntheticPopulation;
import com.maturityworkbench.revision.report.ImpactTextReport;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * The impact simulation on the shipped draft: with itself, every enterprise keeps its S and level (a diagonal
 * matrix, ΔS = 0); with a copy whose threshold comparison is {@code > 0.8} instead of {@code >= 0.8}, no S can rise
 * and an enterprise falls exactly when one of its A(i) is 0.8 (checked against the generic engine for each).
 */
class ImpactSimulationTest {
	private static WorkspaceRevision draft;

	@BeforeAll
	static void load() throws Exception {
		draft = EditedDraft.original();
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void theDraftWithItselfIsDiagonalWithNoChangeOfS() throws Exception {
		RevisionModel model = draft.scoringModel();
		ImpactSimulation sim = new ImpactSimulation(model, model, RevisionComparison.compare(draft.revision(), draft.revision()));
		assertEquals(List.of("采选", "冶炼", "加工"), sim.sectors());
		ImpactSimulation.Run run = sim.synthetic(new SyntheticPopulation(7, sim.sectors()), 600);
		ImpactReport r = ImpactReport.of("a", "b", model.levels(), run.outcomes(), "test", 0, 0);
		assertTrue(r.isDiagonal());
		assertEquals(0.0, r.delta().min());
		assertEquals(0.0, r.delta().max());
		assertEquals(600, r.delta().same());
		assertEquals(0, r.drawnRatings());
		int[][] all = r.transitions().get(ImpactReport.ALL);
		int offDiagonal = 0;
		int levelsSeen = 0;
		for (int i = 0; i < all.length; i++) {
			levelsSeen += all[i][i] > 0 ? 1 : 0;
		}
		assertEquals(0, offDiagonal);
		assertTrue(levelsSeen >= 3, "the synthetic population spreads over several levels: " + levelsSeen);
		assertTrue(ImpactTextReport.of(r).contains("上升 0 家，下降 0 家，不变 600 家"), ImpactTextReport.of(r));
	}

	@Test
	void eachOutcomeUnderARebalancedRevisionIsTheEnginesScore() throws Exception {
		WorkspaceRevision rebalanced = new EditedDraft().replace("weights.maturity", "    转型战略 3%\n    流程管理 2%\n", "    转型战略 4%\n    流程管理 1%\n")
				.replace("standard.maturity", "progressive off", "progressive on").without("examples.maturity").edited();
		RevisionModel oldModel = draft.scoringModel();
		RevisionModel newModel = rebalanced.scoringModel();
		ImpactSimulation sim = new ImpactSimulation(oldModel, newModel, RevisionComparison.compare(draft.revision(), rebalanced.revision()));
		SyntheticPopulation population = new SyntheticPopulation(11, sim.sectors());
		ImpactSimulation.Run run = sim.synthetic(population, 200);
		ImpactReport r = ImpactReport.of("a", "b", oldModel.levels(), run.outcomes(), "test", 0, 0);
		assertTrue(r.delta().up() > 0 && r.delta().down() > 0, "a rebalanced weight moves S both ways: " + r.delta());
		assertEquals(0, r.drawnRatings(), "no clause is new");
		ScoringEngine before = new ScoringEngine(oldModel);
		ScoringEngine after = new ScoringEngine(newModel);
		for (int i = 0; i < 200; i++) {
			ImpactSimulation.Outcome o = run.outcomes().get(i);
			Assessment a = SyntheticRatings.of(oldModel, population, i);
			assertEquals(before.determine(a, false).total().toDecimal(12).doubleValue(), o.oldTotal(), 1e-9, "enterprise " + i);
			Assessment carried = new Assessment(newModel.revisionId(), a.sector(), a.tailored(), a.ratings());
			assertEquals(after.determine(carried, true).total().toDecimal(12).doubleValue(), o.newTotal(), 1e-9, "enterprise " + i);
			assertEquals(after.determine(carried, true).level(), o.newLevel());
		}
	}
}
