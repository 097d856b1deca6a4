package com.maturityworkbench.revision.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.report.ImpactHtmlReport;
import com.maturityworkbench.revision.report.ImpactJson;
import com.maturityworkbench.revision.report.ImpactTextReport;
import com.maturityworkbench.revision.simulate.ImpactReport;
import com.maturityworkbench.revision.simulate.ImpactReport.Sensitivity;
import com.maturityworkbench.revision.simulate.ImpactSimulation;
import com.maturityworkbench.revision.simulate.Population;
import com.maturityworkbench.revision.simulate.SensitivityScope;
import com.maturityworkbench.revision.simulate.SyntheticPopulation;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * The sensitivity computed over every enterprise, none, or a seeded sample (the shipped draft → the illustrative
 * 送审稿): a sample's sensitivity is exactly the whole-population sensitivity of the sampled enterprises taken as a
 * population of their own (a second path through the simulation); the sample has the size asked, distinct members of
 * the population, is the same for the same seed and another for another seed; a sample not smaller than the population
 * is the population; the default takes all up to 10,000 enterprises and a sample of 10,000 above; off computes
 * nothing, and every report says which it was.
 */
class SensitivityScopeTest {
	private static ImpactSimulation sim;
	private static Population population;

	@BeforeAll
	static void load() throws Exception {
		RevisionWorkspaceService service = ShippedDraft.injector().getInstance(RevisionWorkspaceService.class);
		WorkspaceRevision draft = service.openRevision(ShippedDraft.folder().toString());
		WorkspaceRevision illustrative = service.openRevision(ShippedDraft.illustrativeFolder().toString());
		sim = new ImpactSimulation(draft.scoringModel(), illustrative.scoringModel(), draft.revision(), illustrative.revision());
		population = sim.synthetic(new SyntheticPopulation(3, sim.sectors()), 240);
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void aSampleIsTheSensitivityOfTheSampledEnterprises() {
		SensitivityScope scope = SensitivityScope.sample(60, 11);
		Population sample = scope.draw(population);
		assertEquals(60, sample.size());
		Set<Population.Member> members = new HashSet<>(sample.members());
		assertEquals(60, members.size(), "drawn without replacement");
		assertTrue(population.members().containsAll(members));
		ImpactReport sampled = sim.run(population, false, scope);
		ImpactReport alone = sim.run(sample, false, SensitivityScope.ALL);
		assertEquals(alone.sensitivity(), sampled.sensitivity());
		// every enterprise is assessed on 表1: its subdomains' sensitivity counts the whole sample
		Sensitivity common = sampled.sensitivity().stream().filter(s -> s.table().equals("表1")).findFirst().orElseThrow();
		assertEquals(60, common.enterprises());
		// the transitions are still those of the whole population
		assertEquals(240, sampled.enterprises());
		assertEquals(sim.run(population, false, SensitivityScope.OFF).delta(), sampled.delta());
		assertEquals(sample.members(), SensitivityScope.sample(60, 11).draw(population).members(), "the same seed, the same sample");
		assertNotEquals(sample.members(), SensitivityScope.sample(60, 12).draw(population).members());
	}

	@Test
	void aSampleNotSmallerThanThePopulationIsAllOfIt() {
		ImpactReport all = sim.run(population, false, SensitivityScope.ALL);
		ImpactReport big = sim.run(population, false, SensitivityScope.sample(240, 5));
		assertEquals(SensitivityScope.ALL, big.sensitivityScope());
		assertEquals(all.sensitivity(), big.sensitivity());
		assertEquals(240, all.sensitivity().stream().filter(s -> s.table().equals("表1")).findFirst().orElseThrow().enterprises());
	}

	@Test
	void theDefaultIsAllUpToTenThousandAndASampleAbove() {
		assertEquals(SensitivityScope.ALL, SensitivityScope.auto(10_000, 4));
		assertEquals(SensitivityScope.sample(10_000, 4), SensitivityScope.auto(10_001, 4));
		assertEquals(SensitivityScope.sample(10_000, 4), SensitivityScope.auto(100_000, 4));
	}

	@Test
	void offComputesNothingAndEveryReportSaysWhich() {
		ImpactReport off = sim.run(population, true, SensitivityScope.OFF);
		assertNull(off.sensitivity());
		assertTrue(ImpactTextReport.of(off).contains("\n未计算敏感度（--sensitivity off；--sensitivity all 或 --sensitivity N 可计算）。\n"));
		assertTrue(ImpactHtmlReport.of(off).contains("<p class=\"note\">未计算敏感度（--sensitivity off；"));
		JsonObject json = JsonParser.parseString(ImpactJson.of(off)).getAsJsonObject();
		assertTrue(!json.has("sensitivity"));
		assertEquals("off", json.getAsJsonObject("sensitivityScope").get("mode").getAsString());
		ImpactReport sampled = sim.run(population, false, SensitivityScope.sample(60, 11));
		assertTrue(ImpactTextReport.of(sampled).contains("\n  按随机抽取的 60 家企业计算（人群共 240 家，抽样种子 11；--sensitivity all 按全部企业计算）。\n"),
				ImpactTextReport.of(sampled));
		JsonObject scope = JsonParser.parseString(ImpactJson.of(sampled)).getAsJsonObject().getAsJsonObject("sensitivityScope");
		assertEquals(List.of("sample", "60", "11"), List.of(scope.get("mode").getAsString(), scope.get("enterprises").getAsString(), scope.get("seed").getAsString()));
		Language.set(Language.EN);
		assertTrue(ImpactTextReport.of(sampled).contains("computed over a random sample of 60 enterprises (of 240, sampling seed 11;"));
	}
}
