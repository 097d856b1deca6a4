package com.maturityworkbench.revision.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.report.ImpactTextReport;
import com.maturityworkbench.revision.simulate.ImpactReport;
import com.maturityworkbench.revision.simulate.ImpactSimulation;
import com.maturityworkbench.revision.simulate.Population;
import com.maturityworkbench.revision.simulate.Population.Member;
import com.maturityworkbench.revision.simulate.SyntheticPopulation;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.ClauseRef;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;

/**
 * The impact simulation on the shipped draft: with itself, every enterprise keeps its S and level (a diagonal
 * matrix, ΔS = 0), composites included; under a rebalanced revision with progressive on, every outcome — single or
 * composite — is the generic engine's score of the same ratings; the generator's ratings follow its documented formula
 * (computed here with e^x, not the cut points) and depend only on the seed.
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
		ImpactSimulation sim = new ImpactSimulation(model, model, draft.revision(), draft.revision());
		assertEquals(List.of("采选", "冶炼", "加工"), sim.sectors());
		Population p = sim.synthetic(new SyntheticPopulation(7, sim.sectors()), 600);
		ImpactReport r = sim.run(p, true, true);
		assertTrue(r.isDiagonal());
		assertEquals(0.0, r.delta().min());
		assertEquals(0.0, r.delta().max());
		assertEquals(600, r.delta().same());
		assertEquals(0, r.drawnRatings());
		assertTrue(r.composites() > 30 && r.composites() < 100, "about one in ten is composite: " + r.composites());
		assertEquals(List.of("采选", "冶炼", "加工", ImpactReport.COMPOSITE).stream().sorted().toList(), r.sectors().stream().sorted().toList());
		int[][] all = r.transitions().get(ImpactReport.ALL);
		int levelsSeen = 0;
		for (int i = 0; i < all.length; i++) {
			levelsSeen += all[i][i] > 0 ? 1 : 0;
		}
		assertTrue(levelsSeen >= 3, "the synthetic population spreads over several levels: " + levelsSeen);
		assertTrue(r.attribution().effects().isEmpty());
		assertEquals(0.0, r.attribution().remainderMean());
		assertEquals(0, r.attribution().remainderMoved());
		long subdomains = model.tables().stream().mapToLong(t -> t.subdomains().count()).sum();
		assertEquals(subdomains, r.sensitivity().size());
		String text = ImpactTextReport.of(r);
		assertTrue(text.contains("上升 0 家，下降 0 家，不变 600 家"), text);
		assertTrue(text.contains("人群：合成人群（种子 7），共 600 家企业（其中综合型企业 " + r.composites() + " 家）"), text);
		assertTrue(text.contains("等级转移矩阵（行：原修订版的等级，列：新修订版的等级）：综合型企业"), text);
	}

	@Test
	void eachOutcomeUnderARebalancedRevisionIsTheEnginesScore() throws Exception {
		WorkspaceRevision rebalanced = new EditedDraft().replace("weights.maturity", "    转型战略 3%\n    流程管理 2%\n", "    转型战略 4%\n    流程管理 1%\n")
				.replace("standard.maturity", "progressive off", "progressive on").without("examples.maturity").edited();
		RevisionModel oldModel = draft.scoringModel();
		RevisionModel newModel = rebalanced.scoringModel();
		ImpactSimulation sim = new ImpactSimulation(oldModel, newModel, draft.revision(), rebalanced.revision());
		Population p = sim.synthetic(new SyntheticPopulation(11, sim.sectors()), 200);
		ImpactReport r = sim.run(p, false, false);
		assertTrue(r.delta().up() > 0 && r.delta().down() > 0, "a rebalanced weight moves S both ways: " + r.delta());
		assertEquals(0, r.drawnRatings(), "no clause is new");
		List<ImpactSimulation.Outcome> outcomes = sim.outcomes(p);
		int composites = 0;
		for (int i = 0; i < p.size(); i++) {
			Member m = p.members().get(i);
			ImpactSimulation.Outcome o = outcomes.get(i);
			composites += m.composite() ? 1 : 0;
			assertEquals(MemberAssessments.value(MemberAssessments.total(oldModel, m, true)), o.oldTotal(), 1e-9, "enterprise " + i);
			assertEquals(MemberAssessments.value(MemberAssessments.total(newModel, m, false)), o.newTotal(), 1e-9, "enterprise " + i);
			assertEquals(MemberAssessments.level(newModel, m, false), o.newLevel(), "enterprise " + i);
			for (int u = 0; u < m.units().size(); u++) {
				assertArrayEquals(m.units().get(u).oldRatings(), m.units().get(u).newRatings(), "every clause carried with its rating");
			}
		}
		assertTrue(composites > 0, "composites are cross-checked too");
	}

	@Test
	void theRatingsFollowTheDocumentedFormulaAndTheSeed() throws Exception {
		RevisionModel model = draft.scoringModel();
		ImpactSimulation sim = new ImpactSimulation(model, model, draft.revision(), draft.revision());
		SyntheticPopulation population = new SyntheticPopulation(3, sim.sectors());
		Population p = sim.synthetic(population, 40);
		double[] scale = model.scale().values().stream().map(RatingValue::value).mapToDouble(v -> v.toDecimal(12).doubleValue()).toArray();
		for (int i = 0; i < p.size(); i++) {
			SyntheticPopulation.Enterprise e = population.enterprise(i);
			assertEquals(e.composite(), p.members().get(i).composite());
			for (int u = 0; u < e.units().size(); u++) {
				SyntheticPopulation.UnitProfile profile = e.units().get(u);
				SectorModel sm = SectorModel.of(model, profile.sector());
				byte[] ratings = p.members().get(i).units().get(u).oldRatings();
				for (int k = 0; k < sm.clauseOrder().size(); k++) {
					ClauseRef ref = sm.clause(sm.clauseOrder().get(k)).orElseThrow();
					double offset = SyntheticPopulation.subdomainOffset(profile, SyntheticPopulation.key(SubdomainNames.normalize(ref.subdomain().subdomain().name())));
					double x = SyntheticPopulation.latent(profile, offset, ref.levelIndex() + 1, SyntheticPopulation.key(ref.clauseId()));
					assertEquals(SyntheticPopulation.nearest(1 / (1 + Math.exp(-2.5 * x)), scale), ratings[k], "enterprise " + i + " clause " + ref.clauseId());
				}
			}
		}
		Population again = sim.synthetic(new SyntheticPopulation(3, sim.sectors()), 40);
		Population other = sim.synthetic(new SyntheticPopulation(4, sim.sectors()), 40);
		boolean differs = false;
		for (int i = 0; i < 40; i++) {
			assertArrayEquals(p.members().get(i).units().get(0).oldRatings(), again.members().get(i).units().get(0).oldRatings());
			differs |= !Arrays.equals(p.members().get(i).units().get(0).oldRatings(), other.members().get(i).units().get(0).oldRatings());
		}
		assertTrue(differs, "another seed, another population");
		assertFalse(p.members().stream().allMatch(m -> m.units().get(0).oldRatings()[0] == p.members().get(0).units().get(0).oldRatings()[0]),
				"ratings vary between enterprises");
	}
}
