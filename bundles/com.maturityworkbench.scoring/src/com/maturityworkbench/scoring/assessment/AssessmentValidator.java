package com.maturityworkbench.scoring.assessment;

import static com.maturityworkbench.scoring.i18n.RuntimeMessages.M;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.i18n.RuntimeMessages;
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
	private final boolean unratedAllowed;
	private final Map<String, SectorModel> sectorModels = new ConcurrentHashMap<>();

	public AssessmentValidator(RevisionModel model) {
		this(model, false);
	}

	/**
	 * @param unratedAllowed whether a clause left unrated is accepted (an assessment in progress, {@code mwb score
	 *        --partial}, which scores the {@link #unrated} clauses at both ends of the scale); every other problem stays
	 */
	public AssessmentValidator(RevisionModel model, boolean unratedAllowed) {
		this.model = model;
		this.unratedAllowed = unratedAllowed;
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
			problems.add(AssessmentProblem.of(M.text("validator.other-revision", assessment.revisionId(), model.revisionId())));
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
				problems.add(AssessmentProblem.atClause(clauseId, M.text("validator.not-on-scale", clauseId, e.getValue().toExactString(), model.scale().describe())));
			}
			SubdomainRef sub = ref.get().subdomain();
			if (sub != null && assessment.tailored().contains(sub.id())) {
				problems.add(AssessmentProblem.atClause(clauseId, M.text("validator.rated-but-tailored", clauseId, sub.id())));
			}
		}
		problems.addAll(notApplicableProblems(sm, assessment));
		if (unratedAllowed) {
			return problems;
		}
		for (SubdomainRef sub : sm.subdomains()) {
			if (assessment.tailored().contains(sub.id())) {
				continue;
			}
			Subdomain s = sub.subdomain();
			for (int level = 0; level < s.cells().size(); level++) {
				for (String clauseId : s.cell(level).clauseIds()) {
					if (!ratings.containsKey(clauseId) && !assessment.notApplicable().contains(clauseId)) {
						problems.add(AssessmentProblem.atClause(clauseId, M.text("validator.missing-rating", clauseId, s.id(), model.levels().get(level))));
					}
				}
			}
		}
		return problems;
	}

	/**
	 * The clauses of the retained subdomains that {@code assessment} neither rates nor rates not applicable, in the
	 * order of the tables: what a complete assessment still has to rate (each one is a {@code validator.missing-rating}
	 * problem of {@link #problems(Assessment)}). Empty for an unknown sector.
	 */
	public List<String> unrated(Assessment assessment) {
		List<String> unrated = new ArrayList<>();
		if (model.sectorTable(assessment.sector()).isEmpty()) {
			return unrated;
		}
		for (SubdomainRef sub : sectorModel(assessment.sector()).subdomains()) {
			if (assessment.tailored().contains(sub.id())) {
				continue;
			}
			Subdomain s = sub.subdomain();
			for (int level = 0; level < s.cells().size(); level++) {
				for (String clauseId : s.cell(level).clauseIds()) {
					if (!assessment.ratings().containsKey(clauseId) && !assessment.notApplicable().contains(clauseId)) {
						unrated.add(clauseId);
					}
				}
			}
		}
		return unrated;
	}

	/**
	 * Problems of the clauses rated not applicable: refused when the revision does not allow it (one problem per
	 * clause, naming the rule), unknown clauses, a clause with a scale rating too, a clause of a tailored subdomain.
	 */
	private List<AssessmentProblem> notApplicableProblems(SectorModel sm, Assessment assessment) {
		List<AssessmentProblem> problems = new ArrayList<>();
		String name = model.rules().notApplicableName();
		for (String clauseId : assessment.notApplicable()) {
			Optional<ClauseRef> ref = sm.clause(clauseId);
			if (ref.isEmpty()) {
				problems.add(AssessmentProblem.atClause(clauseId, unknownClause(sm, clauseId)));
				continue;
			}
			if (!model.rules().notApplicableAllowed()) {
				problems.add(AssessmentProblem.atClause(clauseId, M.text("validator.not-applicable-forbidden", clauseId, name, model.revisionId())));
				continue;
			}
			if (assessment.ratings().containsKey(clauseId)) {
				problems.add(AssessmentProblem.atClause(clauseId, M.text("validator.not-applicable-and-rated", clauseId, name)));
			}
			SubdomainRef sub = ref.get().subdomain();
			if (sub != null && assessment.tailored().contains(sub.id())) {
				problems.add(AssessmentProblem.atClause(clauseId, M.text("validator.rated-but-tailored", clauseId, sub.id())));
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
				problems.add(AssessmentProblem.of(M.text("validator.not-tailorable", id)));
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
						problems.add(AssessmentProblem.of(M.text("validator.tailoring-empties-domain", d.name(), t.id())));
					}
				}
			}
			if (emptied == t.domains().size() && model.tailoring().scope() == TailoringScope.TABLE) {
				problems.add(AssessmentProblem.of(M.text("validator.tailoring-empties-table", t.id())));
			}
		}
		return problems;
	}

	/** Every problem of a composite assessment, unit problems prefixed with the unit's name. */
	public List<AssessmentProblem> problems(CompositeAssessment composite) {
		List<AssessmentProblem> problems = new ArrayList<>();
		if (!composite.revisionId().equals(model.revisionId())) {
			problems.add(AssessmentProblem.of(M.text("validator.composite-other-revision", composite.revisionId(), model.revisionId())));
		}
		if (composite.units().isEmpty()) {
			problems.add(AssessmentProblem.of(M.text("validator.no-units")));
			return problems;
		}
		Set<String> names = new HashSet<>();
		Rational sum = Rational.ZERO;
		for (CompositeUnit unit : composite.units()) {
			if (!names.add(unit.name())) {
				problems.add(AssessmentProblem.of(M.text("validator.unit-name-twice", unit.name())));
			}
			if (!unit.sector().equals(unit.assessment().sector())) {
				problems.add(AssessmentProblem.of(M.text("validator.unit", unit.name(), M.text("validator.unit-type", unit.sector(), unit.assessment().sector()))));
			}
			if (unit.output().signum() <= 0) {
				String key = composite.basis() == OutputBasis.SHARES ? "validator.share-not-positive" : "validator.value-not-positive";
				problems.add(AssessmentProblem.of(M.text("validator.unit", unit.name(), M.text(key, unit.output().toExactString()))));
			}
			sum = sum.add(unit.output());
			for (AssessmentProblem p : problems(unit.assessment())) {
				problems.add(new AssessmentProblem(M.text("validator.unit", unit.name(), p.message()), p.clauseId()));
			}
		}
		if (composite.basis() == OutputBasis.SHARES && !sum.equals(Rational.ONE)) {
			problems.add(AssessmentProblem.of(M.text("validator.shares-sum", sum.toExactString())));
		}
		return problems;
	}

	/** The problem of naming {@code sector}: empty when the revision has it. */
	public Optional<AssessmentProblem> sectorProblem(String sector) {
		return model.sectorTable(sector).isPresent() ? Optional.empty() : Optional.of(unknownSector(sector));
	}

	private AssessmentProblem unknownSector(String sector) {
		return AssessmentProblem.of(M.text("validator.unknown-sector", sector, model.revisionId(), RuntimeMessages.list(model.sectors())));
	}

	private String unknownClause(SectorModel sm, String clauseId) {
		for (ScoredTable t : model.tables()) {
			if (sm.tables().contains(t)) {
				continue;
			}
			boolean inTable = t.subdomains().anyMatch(s -> s.cells().stream().anyMatch(c -> c.clauseIds().contains(clauseId)))
					|| t.unweightedRows().stream().map(UnweightedRow::clauseIds).anyMatch(ids -> ids.contains(clauseId));
			if (inTable) {
				return M.text("validator.clause-of-other-sector", clauseId, t.id(), t.sector(), sm.sector());
			}
		}
		return M.text("validator.unknown-clause", clauseId, model.revisionId());
	}

	private String unknownSubdomain(SectorModel sm, String id) {
		for (ScoredTable t : model.tables()) {
			if (!sm.tables().contains(t) && t.subdomains().anyMatch(s -> s.id().equals(id))) {
				return M.text("validator.tailor-other-sector", id, t.id(), t.sector(), sm.sector());
			}
		}
		return M.text("validator.tailor-unknown", id, model.revisionId());
	}
}
