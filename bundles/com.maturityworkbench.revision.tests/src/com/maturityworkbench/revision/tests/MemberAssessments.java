package com.maturityworkbench.revision.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.revision.simulate.Population.Member;
import com.maturityworkbench.revision.simulate.Population.Unit;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.assessment.OutputBasis;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;

/**
 * A member of a simulated population as ordinary assessments of one revision, scored by the generic engine: the
 * second method the tests compare the compiled simulation with.
 */
final class MemberAssessments {
	private MemberAssessments() {
	}

	/** A unit's ratings under {@code model} (its old ratings when {@code old}, else its new ones) as an assessment. */
	static Assessment of(RevisionModel model, Unit unit, boolean old) {
		List<String> order = SectorModel.of(model, unit.sector()).clauseOrder();
		byte[] ratings = old ? unit.oldRatings() : unit.newRatings();
		Map<String, Rational> values = new LinkedHashMap<>();
		for (int k = 0; k < order.size(); k++) {
			if (ratings[k] >= 0) {
				values.put(order.get(k), model.scale().value(ratings[k]));
			}
		}
		return new Assessment(model.revisionId(), unit.sector(), old ? unit.oldTailored() : unit.newTailored(), values);
	}

	/** S of a member under {@code model} by the engine, with the model's own reading of progressive. */
	static Rational total(RevisionModel model, Member m, boolean old) {
		return total(model, m, old, model.determination().progressive());
	}

	static Rational total(RevisionModel model, Member m, boolean old, boolean progressive) {
		ScoringEngine engine = new ScoringEngine(model);
		if (!m.composite()) {
			return engine.determine(of(model, m.units().get(0), old), progressive).total();
		}
		return engine.scoreComposite(composite(model, m, old), progressive).total();
	}

	static int level(RevisionModel model, Member m, boolean old) {
		ScoringEngine engine = new ScoringEngine(model);
		boolean progressive = model.determination().progressive();
		if (!m.composite()) {
			return engine.determine(of(model, m.units().get(0), old), progressive).level();
		}
		return engine.scoreComposite(composite(model, m, old), progressive).level();
	}

	/** A composite member as the runtime's composite assessment (Annex A), its units with their output values. */
	static CompositeAssessment composite(RevisionModel model, Member m, boolean old) {
		List<CompositeUnit> units = new ArrayList<>();
		for (Unit u : m.units()) {
			units.add(new CompositeUnit(u.name(), u.sector(), u.output(), of(model, u, old)));
		}
		return new CompositeAssessment(model.revisionId(), OutputBasis.VALUES, units);
	}

	static double value(Rational r) {
		return r.toDecimal(12).doubleValue();
	}
}
