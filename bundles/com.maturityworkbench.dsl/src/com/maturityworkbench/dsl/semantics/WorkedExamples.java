package com.maturityworkbench.dsl.semantics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.maturityworkbench.dsl.maturity.ExampleRating;
import com.maturityworkbench.dsl.maturity.ExampleUnit;
import com.maturityworkbench.dsl.maturity.ExpectedValue;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.maturity.WorkedExample;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.assessment.OutputBasis;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.Subdomain;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.scoring.result.Determination;

/**
 * A worked example (计算示例) of a revision as an assessment of its scoring model: its sector, its tailored subdomains,
 * and the ratings its {@code rate} lines give, applied in order to the clauses of the sector's effective model (every
 * clause of a subdomain not tailored out), a later line overriding an earlier one; and the comparison of the values
 * it expects with the ones the scoring engine computes. A composite example (附录A) is rated unit by unit the same
 * way; its units' output values (or shares) make the composite assessment, and its expected values are the
 * composite's A_SUM(i), S and level. One place for the validator, the documentation and {@code mwb score}.
 */
public final class WorkedExamples {
	private WorkedExamples() {
	}

	/** The example as an assessment: the clause ids rated, in table order, and those its lines leave unrated. */
	public record Rated(Assessment assessment, List<String> unrated, List<ExampleRating> unknownClauses) {
	}

	/** One expected value against the computed one. */
	public record Check(ExpectedValue expected, String what, String written, String computed, String exact, boolean holds) {
	}

	/** A composite example as a composite assessment; {@code units} are the units as rated, in order. */
	public record RatedComposite(CompositeAssessment composite, List<Rated> units) {
		/** Every unit rates every clause of its effective model and names only clauses that exist. */
		public boolean complete() {
			return units.stream().allMatch(u -> u.unrated().isEmpty() && u.unknownClauses().isEmpty());
		}
	}

	/** A sector example as an assessment. */
	public static Rated assessment(WorkedExample example, RevisionModel model) {
		return rated(example.getSector().getName(), example.getTailored(), example.getRatings(), model);
	}

	/**
	 * A composite example as a composite assessment: by output values, or by shares when its units give shares
	 * ({@code share 30%}).
	 */
	public static RatedComposite composite(WorkedExample example, RevisionModel model) {
		List<Rated> rated = new ArrayList<>();
		List<CompositeUnit> units = new ArrayList<>();
		boolean shares = example.getUnits().stream().anyMatch(u -> u.getShare() != null);
		for (ExampleUnit u : example.getUnits()) {
			Rated r = rated(u.getSector().getName(), u.getTailored(), u.getRatings(), model);
			rated.add(r);
			units.add(new CompositeUnit(u.getName(), u.getSector().getName(), output(u), r.assessment()));
		}
		return new RatedComposite(new CompositeAssessment(model.revisionId(), shares ? OutputBasis.SHARES : OutputBasis.VALUES, units), rated);
	}

	/** A unit's output value, or its share as a fraction (30% → 0.3); zero when it gives neither (a parse error). */
	public static Rational output(ExampleUnit u) {
		if (u.getShare() != null) {
			return Rational.parse(u.getShare().substring(0, u.getShare().length() - 1)).divide(Rational.valueOf(100));
		}
		return u.getOutput() == null ? Rational.ZERO : Rational.parse(u.getOutput());
	}

	/** The determination of an example under the revision's declared reading: the enterprise's, or the composite's. */
	public static Determination determine(WorkedExample example, RevisionModel model) {
		ScoringEngine engine = new ScoringEngine(model);
		boolean progressive = model.determination().progressive();
		if (example.isComposite()) {
			return engine.scoreComposite(composite(example, model).composite(), progressive).determination();
		}
		return engine.determine(assessment(example, model).assessment(), progressive);
	}

	private static Rated rated(String sector, List<WeightedSubdomain> tailoredSubdomains, List<ExampleRating> lines, RevisionModel model) {
		Set<String> tailored = new LinkedHashSet<>();
		for (WeightedSubdomain s : tailoredSubdomains) {
			tailored.add(ScoringModelBuilder.subdomainId(s));
		}
		SectorModel sm = new ScoringEngine(model).validator().sectorModel(sector);
		Map<String, String> levelOf = new LinkedHashMap<>();
		for (SubdomainRef ref : sm.subdomains()) {
			if (tailored.contains(ref.id())) {
				continue;
			}
			Subdomain s = ref.subdomain();
			for (int level = 0; level < s.cells().size(); level++) {
				for (String clauseId : s.cell(level).clauseIds()) {
					levelOf.put(clauseId, model.levels().get(level));
				}
			}
		}
		Map<String, Rational> ratings = new LinkedHashMap<>();
		List<ExampleRating> unknown = new ArrayList<>();
		for (ExampleRating r : lines) {
			Rational value = Rational.parse(r.getRating().getValue());
			if (r.getClause() != null) {
				if (levelOf.containsKey(r.getClause())) {
					ratings.put(r.getClause(), value);
				} else {
					unknown.add(r);
				}
				continue;
			}
			String table = r.getTable() == null ? null : r.getTable().getName() + ".";
			String level = r.getLevel() == null ? null : r.getLevel().getName();
			levelOf.forEach((id, l) -> {
				if ((table == null || id.startsWith(table)) && (level == null || level.equals(l))) {
					ratings.put(id, value);
				}
			});
		}
		Map<String, Rational> ordered = new LinkedHashMap<>();
		List<String> unrated = new ArrayList<>();
		for (String id : levelOf.keySet()) {
			if (ratings.containsKey(id)) {
				ordered.put(id, ratings.get(id));
			} else {
				unrated.add(id);
			}
		}
		return new Rated(new Assessment(model.revisionId(), sector, tailored, ordered), unrated, unknown);
	}

	/**
	 * Each expected value of the example against the engine's, under the revision's declared reading of progressive
	 * (for a composite: A_SUM(i), S and the level of the composite).
	 */
	public static List<Check> check(WorkedExample example, RevisionModel model) {
		Determination d = determine(example, model);
		List<Check> checks = new ArrayList<>();
		for (ExpectedValue e : example.getExpected()) {
			if (e.getResult() != null) {
				String computed = d.levelName() == null ? "—" : d.levelName();
				checks.add(new Check(e, "等级", e.getResult().getName(), computed, computed, e.getResult().getName().equals(d.levelName())));
				continue;
			}
			Rational exact = e.isTotal() ? d.total() : d.score(model.levelNumber(e.getLevel().getName()));
			String what = e.isTotal() ? "S" : (example.isComposite() ? "A_SUM(" : "A(") + e.getLevel().getName() + ")";
			BigDecimal written = new BigDecimal(e.getValue());
			BigDecimal computed = exact.toDecimal(Math.max(0, written.scale()));
			checks.add(new Check(e, what, e.getValue(), computed.toPlainString(), exact.toExactString(), computed.compareTo(written) == 0));
		}
		return checks;
	}
}
