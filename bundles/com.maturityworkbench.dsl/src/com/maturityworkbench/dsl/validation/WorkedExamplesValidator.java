package com.maturityworkbench.dsl.validation;

import java.util.List;

import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.ExampleRating;
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
		if (example.getSector() == null || example.getSector().getName() == null || example.getRatings().stream().anyMatch(r -> r.getRating() == null
				|| r.getRating().getValue() == null)) {
			return; // unresolved references are reported by linking
		}
		Revision revision = revision(example);
		RevisionModel model = cached(new ScoringModelOf(revision), () -> {
			try {
				return ScoringModelBuilder.build(revision);
			} catch (ModelException | IllegalArgumentException e) {
				return null;
			}
		});
		if (model == null) {
			rule(example, String.format("计算示例“%s”无法验算：本修订版的评分模型无法建立（见其他检查结果）", example.getName()), Literals.WORKED_EXAMPLE__NAME,
					IssueCodes.EXAMPLE_NOT_SCORABLE);
			return;
		}
		WorkedExamples.Rated rated;
		try {
			rated = WorkedExamples.assessment(example, model);
		} catch (AssessmentException e) {
			rule(example, String.format("计算示例“%s”无法验算：%s", example.getName(), e.getMessage()), Literals.WORKED_EXAMPLE__SECTOR,
					IssueCodes.EXAMPLE_NOT_SCORABLE);
			return;
		}
		for (ExampleRating unknown : rated.unknownClauses()) {
			rule(unknown, String.format("计算示例“%s”：%s行业的有效模型中没有条款“%s”", example.getName(), example.getSector().getName(), unknown.getClause()),
					Literals.EXAMPLE_RATING__CLAUSE, IssueCodes.EXAMPLE_UNKNOWN_CLAUSE);
		}
		if (!rated.unrated().isEmpty()) {
			List<String> some = rated.unrated().subList(0, Math.min(3, rated.unrated().size()));
			rule(example, String.format("计算示例“%s”有 %d 条条款未评分（如 %s）：每条条款都要评分，可先写 rate all", example.getName(), rated.unrated().size(),
					String.join("、", some)), Literals.WORKED_EXAMPLE__NAME, IssueCodes.EXAMPLE_UNRATED);
			return;
		}
		List<WorkedExamples.Check> checks;
		try {
			checks = WorkedExamples.check(example, rated.assessment(), model);
		} catch (AssessmentException | ModelException e) {
			rule(example, String.format("计算示例“%s”无法验算：%s", example.getName(), e.getMessage()), Literals.WORKED_EXAMPLE__NAME,
					IssueCodes.EXAMPLE_NOT_SCORABLE);
			return;
		}
		for (WorkedExamples.Check c : checks) {
			if (c.holds()) {
				continue;
			}
			String message = c.expected().getResult() != null
					? String.format("计算示例“%s”：等级写作 %s，按本修订版的规则为 %s", example.getName(), c.written(), c.computed())
					: String.format("计算示例“%s”：%s 写作 %s，按本修订版的规则算得 %s（精确值 %s）", example.getName(), c.what(), c.written(), c.computed(), c.exact());
			error(message, c.expected(), null, -1, IssueCodes.EXAMPLE_MISMATCH, c.computed());
		}
	}
}
