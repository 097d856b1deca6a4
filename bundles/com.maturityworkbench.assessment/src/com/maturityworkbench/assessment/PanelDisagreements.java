package com.maturityworkbench.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * The clauses the assessment panel must settle (8.7.3): those whose members' ratings lie more than one step of the
 * revision's scale apart. The distance of two ratings is the number of scale values above the lower and up to the
 * higher (全部满足 and 部分满足: 大部分满足 and 全部满足, two steps; 全部满足 and 大部分满足: one step), so ratings off the
 * scale are measured too. For the reports.
 */
public final class PanelDisagreements {
	/** A clause, its members' ratings in order, and how many scale steps lie between the lowest and the highest. */
	public record Disagreement(String clauseId, List<Rational> ratings, int steps) {
	}

	private PanelDisagreements() {
	}

	/** The clauses of {@code panel} (clause id → members' ratings, as {@link AssessmentMapper.Mapped#panel()}) to settle, in its order. */
	public static List<Disagreement> of(RevisionModel model, Map<String, List<Rational>> panel) {
		List<Disagreement> found = new ArrayList<>();
		panel.forEach((id, ratings) -> {
			int steps = steps(model, ratings);
			if (steps > 1) {
				found.add(new Disagreement(id, ratings, steps));
			}
		});
		return found;
	}

	/** The scale steps between the lowest and the highest of {@code ratings}. */
	public static int steps(RevisionModel model, List<Rational> ratings) {
		Rational low = ratings.stream().reduce(Rational::min).orElseThrow();
		Rational high = ratings.stream().reduce(Rational::max).orElseThrow();
		int steps = 0;
		for (RatingValue v : model.scale().values()) {
			if (v.value().compareTo(low) > 0 && v.value().compareTo(high) <= 0) {
				steps++;
			}
		}
		return steps;
	}
}
