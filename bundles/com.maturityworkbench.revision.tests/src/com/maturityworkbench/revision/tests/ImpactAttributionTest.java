package com.maturityworkbench.revision.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.simulate.ImpactReport;
import com.maturityworkbench.revision.simulate.ImpactReport.Effect;
import com.maturityworkbench.revision.simulate.ImpactReport.Sensitivity;
import com.maturityworkbench.revision.simulate.ImpactSimulation;
import com.maturityworkbench.revision.simulate.Population;
import com.maturityworkbench.revision.simulate.Population.Member;
import com.maturityworkbench.revision.simulate.SyntheticPopulation;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.Subdomain;

/**
 * The attribution and the sensitivity, against independent computations: a single weight change is the whole effect
 * (remainder 0); progressive on alone is the engine's score of the old revision read progressively; the remainder is
 * the total minus the single effects; the sensitivity of a subdomain is the engine's S under a revision built here by
 * hand (the subdomain +1 percentage point, the rest of its table scaled to keep the table's sum) minus S.
 */
class ImpactAttributionTest {
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
	void aSingleChangeIsTheWholeEffect() throws Exception {
		// a revision whose only change is one rule (a weight cannot change alone: the table's sum would leave its target,
		// and scoring refuses weights that do not add up to 100 %)
		WorkspaceRevision progressive = new EditedDraft().replace("standard.maturity", "progressive off", "progressive on").without("examples.maturity").edited();
		ImpactSimulation sim = new ImpactSimulation(draft.scoringModel(), progressive.scoringModel(), draft.revision(), progressive.revision());
		ImpactReport r = sim.run(sim.synthetic(new SyntheticPopulation(5, sim.sectors()), 300), true, false);
		assertEquals(1, r.attribution().effects().size());
		Effect e = r.attribution().effects().get(0);
		assertEquals("rule.progressive", e.change().kind());
		assertTrue(e.meanDelta() <= 0, "progressive can only lower S: " + e.meanDelta());
		assertEquals(r.attribution().total().meanDelta(), e.meanDelta());
		assertEquals(r.delta().mean(), e.meanDelta(), 1e-12);
		assertEquals(0.0, r.attribution().remainderMean());
		assertEquals(0, r.attribution().remainderMoved());
		for (int i = 0; i < e.matrix().length; i++) {
			assertArrayEquals(r.attribution().total().matrix()[i], e.matrix()[i]);
		}
	}

	@Test
	void progressiveAloneIsTheEnginesProgressiveReadingAndTheRemainderIsWhatIsLeft() throws Exception {
		WorkspaceRevision edited = new EditedDraft().replace("weights.maturity", "    转型战略 3%\n    流程管理 2%\n", "    转型战略 4%\n    流程管理 1%\n")
				.replace("standard.maturity", "progressive off", "progressive on").without("examples.maturity").edited();
		RevisionModel old = draft.scoringModel();
		ImpactSimulation sim = new ImpactSimulation(old, edited.scoringModel(), draft.revision(), edited.revision());
		Population p = sim.synthetic(new SyntheticPopulation(9, sim.sectors()), 150);
		ImpactReport r = sim.run(p, true, false);
		List<String> kinds = r.attribution().effects().stream().map(e -> e.change().kind()).toList();
		assertEquals(List.of("weight", "weight", "rule.progressive"), kinds);
		Effect progressive = r.attribution().effects().get(2);
		double sum = 0;
		int down = 0;
		for (Member m : p.members()) {
			Rational off = MemberAssessments.total(old, m, true, false);
			Rational on = MemberAssessments.total(old, m, true, true);
			sum += MemberAssessments.value(on) - MemberAssessments.value(off);
		}
		assertEquals(sum / p.size(), progressive.meanDelta(), 1e-12);
		assertTrue(progressive.meanDelta() <= 0, "progressive can only lower S");
		assertEquals(0, progressive.up());
		double singles = r.attribution().effects().stream().mapToDouble(Effect::meanDelta).sum();
		assertEquals(r.attribution().total().meanDelta() - singles, r.attribution().remainderMean(), 1e-15);
		assertEquals(r.delta().mean(), r.attribution().total().meanDelta(), 1e-12);
	}

	@Test
	void theSensitivityIsTheEnginesDifferenceUnderAHandMadeRevision() throws Exception {
		RevisionModel model = draft.scoringModel();
		ImpactSimulation sim = new ImpactSimulation(model, model, draft.revision(), draft.revision());
		Population p = sim.synthetic(new SyntheticPopulation(21, sim.sectors()), 120);
		ImpactReport r = sim.run(p, false, true);
		check(model, p, r, "表1", "转型战略", p.size());
		int smelting = (int) p.members().stream().filter(m -> m.units().stream().anyMatch(u -> u.sector().equals("冶炼"))).count();
		check(model, p, r, "表3", "生产作业", smelting);
	}

	private static void check(RevisionModel model, Population p, ImpactReport r, String table, String name, int enterprises) {
		Sensitivity s = r.sensitivity().stream().filter(x -> x.table().equals(table) && x.subdomain().equals(name)).findFirst().orElseThrow();
		assertEquals(enterprises, s.enterprises());
		RevisionModel hand = handMade(model, table, name);
		double sum = 0;
		for (Member m : p.members()) {
			if (m.units().stream().anyMatch(u -> table.equals("表1") || model.sectorTable(u.sector()).orElseThrow().id().equals(table))) {
				sum += MemberAssessments.value(MemberAssessments.total(hand, m, false)) - MemberAssessments.value(MemberAssessments.total(model, m, false));
			}
		}
		assertEquals(sum / enterprises, s.meanDelta(), 1e-12, table + " " + name);
		assertTrue(s.meanDelta() != 0, "the weight matters: " + table + " " + name);
	}

	/** The revision with {@code name} of {@code table} 1 percentage point heavier and the table's other weights scaled to keep its sum. */
	private static RevisionModel handMade(RevisionModel m, String table, String name) {
		List<ScoredTable> tables = new ArrayList<>();
		for (ScoredTable t : m.tables()) {
			if (!t.id().equals(table)) {
				tables.add(t);
				continue;
			}
			Rational sum = Rational.ZERO;
			Rational w = null;
			for (Domain d : t.domains()) {
				for (Subdomain s : d.subdomains()) {
					sum = sum.add(s.weight());
					if (s.name().equals(name)) {
						w = s.weight();
					}
				}
			}
			Rational point = Rational.of(1, 100);
			Rational factor = sum.subtract(w).subtract(point).divide(sum.subtract(w));
			List<Domain> domains = new ArrayList<>();
			for (Domain d : t.domains()) {
				List<Subdomain> subdomains = new ArrayList<>();
				for (Subdomain s : d.subdomains()) {
					Rational weight = s.name().equals(name) ? s.weight().add(point) : s.weight().multiply(factor);
					subdomains.add(new Subdomain(s.id(), s.name(), weight, s.cells()));
				}
				domains.add(new Domain(d.name(), subdomains));
			}
			ScoredTable rebuilt = new ScoredTable(t.id(), t.part(), t.sector(), domains, t.unweightedRows());
			assertEquals(sum, rebuilt.weight(), "the table's sum is kept");
			tables.add(rebuilt);
		}
		return new RevisionModel(m.standardCode(), m.revisionId(), m.status(), m.levels(), m.scale(), tables, m.tailoring(), m.determination(),
				m.composite(), m.rules());
	}
}
