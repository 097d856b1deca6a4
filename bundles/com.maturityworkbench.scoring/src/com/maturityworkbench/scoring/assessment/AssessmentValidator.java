package com.maturityworkbench.scoring.assessment;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.ClauseRef;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.Subdomain;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.scoring.model.TailoringScope;
import com.maturityworkbench.scoring.model.UnweightedRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks assessments against one revision model. Problems are reported in input order: revision, sector,
 * tailoring (in the order given), ratings (in the order given), then missing ratings (in table order).
 * Thread-safe; caches one {@link SectorModel} per sector.
 */
public final class AssessmentValidator {
	private final RevisionModel model;
	private final Map<String, SectorModel> sectorModels = new ConcurrentHashMap<>();

	public AssessmentValidator(RevisionModel model) {
		this.model = model;
	}

	public RevisionModel model() {
		return model;
	}

	/** The effective tables of {@code sector}; {@link AssessmentException} when the revision has no such sector. */
	public SectorModel sectorModel(String sector) {
		SectorModel cached = sectorModels.get(sector);
		if (cached != null) {
			return cached;
		}
		if (model.sectorTable(sector).isEmpty()) {
			throw new AssessmentException(List.of(unknownSector(sector)));
		}
		return sectorModels.computeIfAbsent(sector, s -> SectorModel.of(model, s));
	}

	/** @throws AssessmentException carrying every problem when there is at least one */
	public void validate(Assessment assessment) {
		List<AssessmentProblem> problems = problems(assessment);
		if (!problems.isEmpty()) {
			throw new AssessmentException(problems);
		}
	}

	/** @throws AssessmentException when the tailoring is not valid for the sector */
	public void validateTailoring(String sector, Set<String> tailored) {
		List<AssessmentProblem> problems = tailoringProblems(sectorModel(sector), tailored);
		if (!problems.isEmpty()) {
			throw new AssessmentException(problems);
		}
	}

	public void validate(CompositeAssessment composite) {
		List<AssessmentProblem> problems = problems(composite);
		if (!problems.isEmpty()) {
			throw new AssessmentException(problems);
		}
	}

	/** Every problem of {@code assessment}; empty when it can be scored. */
	public List<AssessmentProblem> problems(Assessment assessment) {
		List<AssessmentProblem> problems = new ArrayList<>();
		if (!assessment.revisionId().equals(model.revisionId())) {
			problems.add(AssessmentProblem.of("the assessment is for revision \"" + assessment.revisionId() + "\" but the model is revision \""
					+ model.revisionId() + "\""));
		}
		if (model.sectorTable(assessment.sector()).isEmpty()) {
			problems.add(unknownSector(assessment.sector()));
			return problems;
		}
		SectorModel sm = sectorModel(assessment.sector());
		problems.addAll(tailoringProblems(sm, assessment.tailored()));
		Map<String, Rational> ratings = assessment.ratings();
		for (Map.Entry<String, Rational> e : ratings.entrySet()) {
			String clauseId = e.getKey();
			Optional<ClauseRef> ref = sm.clause(clauseId);
			if (ref.isEmpty()) {
				problems.add(AssessmentProblem.atClause(clauseId, unknownClause(sm, clauseId)));
				continue;
			}
			if (!model.scale().contains(e.getValue())) {
				problems.add(AssessmentProblem.atClause(clauseId, "rating " + e.getValue().toExactString() + " of clause \"" + clauseId
						+ "\" is not on the scale (" + model.scale().describe() + ")"));
			}
			SubdomainRef sub = ref.get().subdomain();
			if (sub != null && assessment.tailored().contains(sub.id())) {
				problems.add(AssessmentProblem.atClause(clauseId,
						"clause \"" + clauseId + "\" is rated but its subdomain \"" + sub.id() + "\" is tailored out"));
			}
		}
		for (SubdomainRef sub : sm.subdomains()) {
			if (assessment.tailored().contains(sub.id())) {
				continue;
			}
			Subdomain s = sub.subdomain();
			for (int level = 0; level < s.cells().size(); level++) {
				for (String clauseId : s.cell(level).clauseIds()) {
					if (!ratings.containsKey(clauseId)) {
						problems.add(AssessmentProblem.atClause(clauseId, "missing rating for clause \"" + clauseId + "\" (subdomain \"" + s.id()
								+ "\", level " + model.levels().get(level) + ")"));
					}
				}
			}
		}
		return problems;
	}

	/** Problems of tailoring {@code tailored} out of the effective model {@code sm}. */
	public List<AssessmentProblem> tailoringProblems(SectorModel sm, Set<String> tailored) {
		List<AssessmentProblem> problems = new ArrayList<>();
		Set<String> valid = new HashSet<>();
		for (String id : tailored) {
			if (sm.subdomain(id).isEmpty()) {
				problems.add(AssessmentProblem.of(unknownSubdomain(sm, id)));
			} else if (!model.tailoring().allows(id)) {
				problems.add(AssessmentProblem.of("subdomain \"" + id + "\" may not be tailored: the revision's tailoring rule does not allow it"));
			} else {
				valid.add(id);
			}
		}
		for (ScoredTable t : sm.tables()) {
			int emptied = 0;
			for (Domain d : t.domains()) {
				if (d.subdomains().stream().allMatch(s -> valid.contains(s.id()))) {
					emptied++;
					if (model.tailoring().scope() == TailoringScope.DOMAIN) {
						problems.add(AssessmentProblem.of("tailoring removes every subdomain of domain \"" + d.name() + "\" of table " + t.id()
								+ "; the revision redistributes tailored weight only within a domain"));
					}
				}
			}
			if (emptied == t.domains().size() && model.tailoring().scope() == TailoringScope.TABLE) {
				problems.add(AssessmentProblem.of("tailoring removes every subdomain of table " + t.id() + "; its weight has nowhere to go"));
			}
		}
		return problems;
	}

	/** Every problem of a composite assessment, unit problems prefixed with the unit's name. */
	public List<AssessmentProblem> problems(CompositeAssessment composite) {
		List<AssessmentProblem> problems = new ArrayList<>();
		if (!composite.revisionId().equals(model.revisionId())) {
			problems.add(AssessmentProblem.of("the composite assessment is for revision \"" + composite.revisionId() + "\" but the model is revision \""
					+ model.revisionId() + "\""));
		}
		if (composite.units().isEmpty()) {
			problems.add(AssessmentProblem.of("a composite assessment needs at least one unit"));
			return problems;
		}
		Set<String> names = new HashSet<>();
		Rational sum = Rational.ZERO;
		for (CompositeUnit unit : composite.units()) {
			String prefix = "unit \"" + unit.name() + "\": ";
			if (!names.add(unit.name())) {
				problems.add(AssessmentProblem.of("unit name \"" + unit.name() + "\" is used twice"));
			}
			if (!unit.sector().equals(unit.assessment().sector())) {
				problems.add(AssessmentProblem.of(prefix + "the unit is of type " + unit.sector() + " but its assessment is for sector "
						+ unit.assessment().sector()));
			}
			if (unit.output().signum() <= 0) {
				String what = composite.basis() == OutputBasis.SHARES ? "output share" : "output value";
				problems.add(AssessmentProblem.of(prefix + what + " must be positive, got " + unit.output().toExactString()));
			}
			sum = sum.add(unit.output());
			for (AssessmentProblem p : problems(unit.assessment())) {
				problems.add(new AssessmentProblem(prefix + p.message(), p.clauseId()));
			}
		}
		if (composite.basis() == OutputBasis.SHARES && !sum.equals(Rational.ONE)) {
			problems.add(AssessmentProblem.of("output shares sum to " + sum.toExactString() + ", not 1"));
		}
		return problems;
	}

	private AssessmentProblem unknownSector(String sector) {
		return AssessmentProblem.of("unknown sector \"" + sector + "\"; revision \"" + model.revisionId() + "\" has sectors "
				+ String.join(", ", model.sectors()));
	}

	private String unknownClause(SectorModel sm, String clauseId) {
		for (ScoredTable t : model.tables()) {
			if (sm.tables().contains(t)) {
				continue;
			}
			boolean inTable = t.subdomains().anyMatch(s -> s.cells().stream().anyMatch(c -> c.clauseIds().contains(clauseId)))
					|| t.unweightedRows().stream().map(UnweightedRow::clauseIds).anyMatch(ids -> ids.contains(clauseId));
			if (inTable) {
				return "clause \"" + clauseId + "\" belongs to table " + t.id() + " (" + t.sector() + "), not to the model of sector " + sm.sector();
			}
		}
		return "unknown clause \"" + clauseId + "\": revision \"" + model.revisionId() + "\" has no such clause";
	}

	private String unknownSubdomain(SectorModel sm, String id) {
		for (ScoredTable t : model.tables()) {
			if (!sm.tables().contains(t) && t.subdomains().anyMatch(s -> s.id().equals(id))) {
				return "cannot tailor \"" + id + "\": it belongs to table " + t.id() + " (" + t.sector() + "), not to the model of sector " + sm.sector();
			}
		}
		return "cannot tailor \"" + id + "\": revision \"" + model.revisionId() + "\" has no such subdomain";
	}
}
