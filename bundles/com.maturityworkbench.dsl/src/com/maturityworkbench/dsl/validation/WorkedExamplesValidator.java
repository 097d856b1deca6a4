package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import java.util.List;

import org.eclipse.xtext.validation.Check;

import org.eclipse.emf.ecore.EObject;

import com.maturityworkbench.dsl.maturity.ExampleRating;
import com.maturityworkbench.dsl.maturity.ExampleUnit;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.WorkedExample;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.dsl.semantics.WorkedExamples;
import com.maturityworkbench.scoring.assessment.AssessmentException;
import com.maturityworkbench.scoring.model.ModelException;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * Recomputes every worked example (计算示例) with the revision's own rules: each value it expects must be the one the
 * scoring engine computes, at the decimals written; an error names the value and both numbers. An example must rate
 * every clause of its sector's effective model, and name only clauses that exist.
 */
public class WorkedExamplesValidator extends MaturityCheck {

	private record ScoringModelOf(Revision revision) {
	}

	@Check
	public void expectedValuesHold(WorkedExample example) {
		if (unresolved(example)) {
			return; // unresolved references are reported by linking
		}
		Revision revision = revision(example);
		RevisionModel model = cached(new ScoringModelOf(revision), () -> {
			if (!revision.parsedWhole()) {
				return null; // values left out by the parser: the syntax errors say where
			}
			try {
				return ScoringModelBuilder.build(revision);
			} catch (ModelException | IllegalArgumentException e) {
				return null;
			}
		});
		if (model == null) {
			rule(example, text("examples.not-scorable", example.getName()), Literals.WORKED_EXAMPLE__NAME,
					IssueCodes.EXAMPLE_NOT_SCORABLE);
			return;
		}
		boolean complete;
		try {
			if (example.isComposite()) {
				WorkedExamples.RatedComposite rated = WorkedExamples.composite(example, model);
				complete = true;
				for (int i = 0; i < rated.units().size(); i++) {
					ExampleUnit unit = example.getUnits().get(i);
					complete &= reportIncomplete(example, text("examples.unit", unit.getName(), unit.getSector().getName()), unit, rated.units().get(i));
				}
			} else {
				complete = reportIncomplete(example, text("examples.sector", example.getSector().getName()), example, WorkedExamples.assessment(example, model));
			}
		} catch (AssessmentException e) {
			rule(example, text("examples.cannot-check", example.getName(), e.getMessage()),
					example.isComposite() ? Literals.WORKED_EXAMPLE__NAME : Literals.WORKED_EXAMPLE__SECTOR, IssueCodes.EXAMPLE_NOT_SCORABLE);
			return;
		}
		if (!complete) {
			return;
		}
		List<WorkedExamples.Check> checks;
		try {
			checks = WorkedExamples.check(example, model);
		} catch (AssessmentException | ModelException e) {
			rule(example, text("examples.cannot-check", example.getName(), e.getMessage()), Literals.WORKED_EXAMPLE__NAME,
					IssueCodes.EXAMPLE_NOT_SCORABLE);
			return;
		}
		for (WorkedExamples.Check c : checks) {
			if (c.holds()) {
				continue;
			}
			String message = c.expected().getResult() != null
					? text("examples.level-mismatch", example.getName(), c.written(), c.computed())
					: text("examples.value-mismatch", example.getName(), c.what(), c.written(), c.computed(), c.exact());
			error(message, c.expected(), null, -1, IssueCodes.EXAMPLE_MISMATCH, c.computed());
		}
	}

	private static boolean unresolved(WorkedExample example) {
		if (example.isComposite()) {
			return example.getUnits().stream().anyMatch(u -> u.getSector() == null || u.getSector().getName() == null || unresolvedRatings(u.getRatings()));
		}
		return example.getSector() == null || example.getSector().getName() == null || unresolvedRatings(example.getRatings());
	}

	private static boolean unresolvedRatings(List<ExampleRating> ratings) {
		return ratings.stream().anyMatch(r -> r.getRating() == null || r.getRating().getValue() == null);
	}

	/**
	 * Reports the clauses an enterprise (or unit) {@code who} names that do not exist, and the clauses it leaves unrated
	 * (on {@code where}); true when there is neither.
	 */
	private boolean reportIncomplete(WorkedExample example, String who, EObject where, WorkedExamples.Rated rated) {
		for (ExampleRating unknown : rated.unknownClauses()) {
			rule(unknown, text("examples.unknown-clause", example.getName(), who, unknown.getClause()), Literals.EXAMPLE_RATING__CLAUSE,
					IssueCodes.EXAMPLE_UNKNOWN_CLAUSE);
		}
		if (!rated.unrated().isEmpty()) {
			List<String> some = rated.unrated().subList(0, Math.min(3, rated.unrated().size()));
			int count = rated.unrated().size();
			String message = where == example
					? ValidationMessages.counted("examples.unrated", count, example.getName(), count, ValidationMessages.names(some))
					: ValidationMessages.counted("examples.unrated-unit", count, example.getName(), who, count, ValidationMessages.names(some));
			rule(where, message, where == example ? Literals.WORKED_EXAMPLE__NAME : Literals.EXAMPLE_UNIT__NAME, IssueCodes.EXAMPLE_UNRATED);
		}
		return rated.unknownClauses().isEmpty() && rated.unrated().isEmpty();
	}
}
