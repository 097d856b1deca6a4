package com.maturityworkbench.assessment.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.AssessmentValidator;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.model.RatingScale;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * {@code mwb score --partial}: an assessment in progress, read with its unrated clauses accepted
 * ({@link AssessmentFiles#read(java.nio.file.Path, String, AssessmentMapper.Revisions, boolean)}), scored twice by the
 * one pipeline ({@link AssessmentScoring}): every unrated clause at the lowest rating of the scale (不满足: a lower bound)
 * and at the highest (全部满足: an upper bound). S, A(i) and the level cannot fall when a rating rises (A(i) is a sum
 * of non-negative weights times ratings, a met level counts 1 ≥ A(i)), so the final result lies between the two; a
 * composite aggregated by {@code trimmed} is the exception, since raising a unit can make it an outlier. Every figure
 * of either bound is provisional.
 */
public final class PartialScoring {
	/** A clause still to rate: its unit (null for one enterprise), id and text (null where the texts are not at hand). */
	public record Unrated(String unit, String clause, String text) {
	}

	/** Both bounds, the ratings given to the unrated clauses (names and values of the scale) and the clauses. */
	public record PartialView(ScoreView lower, ScoreView upper, String lowerRating, String upperRating, List<Unrated> unrated) {
		public PartialView {
			unrated = List.copyOf(unrated);
		}
	}

	private PartialScoring() {
	}

	/**
	 * @param input read with unrated clauses allowed
	 * @param progressive the reading asked for, or null for the revision's
	 * @param texts a clause's text by id (null when unknown)
	 */
	public static PartialView score(AssessmentFiles.Input input, Boolean progressive, Function<String, String> texts) {
		RevisionModel model = input.model();
		RatingValue lowest = lowest(model.scale());
		RatingValue highest = highest(model.scale());
		AssessmentValidator validator = new AssessmentValidator(model, true);
		List<Unrated> unrated = new ArrayList<>();
		AssessmentFiles.Input low;
		AssessmentFiles.Input high;
		if (input instanceof AssessmentFiles.SingleInput single) {
			Assessment a = single.mapped().assessment();
			List<String> ids = validator.unrated(a);
			ids.forEach(id -> unrated.add(new Unrated(null, id, texts.apply(id))));
			low = single(single, filled(a, ids, lowest.value()));
			high = single(single, filled(a, ids, highest.value()));
		} else {
			AssessmentFiles.CompositeInput composite = (AssessmentFiles.CompositeInput) input;
			List<CompositeUnit> lowUnits = new ArrayList<>();
			List<CompositeUnit> highUnits = new ArrayList<>();
			for (CompositeUnit u : composite.composite().units()) {
				List<String> ids = validator.unrated(u.assessment());
				ids.forEach(id -> unrated.add(new Unrated(u.name(), id, texts.apply(id))));
				lowUnits.add(new CompositeUnit(u.name(), u.sector(), u.output(), filled(u.assessment(), ids, lowest.value())));
				highUnits.add(new CompositeUnit(u.name(), u.sector(), u.output(), filled(u.assessment(), ids, highest.value())));
			}
			low = composite(composite, lowUnits);
			high = composite(composite, highUnits);
		}
		return new PartialView(AssessmentScoring.score(low, progressive, texts), AssessmentScoring.score(high, progressive, texts), lowest.name(),
				highest.name(), unrated);
	}

	private static AssessmentFiles.Input single(AssessmentFiles.SingleInput input, Assessment filled) {
		AssessmentMapper.Mapped m = input.mapped();
		return new AssessmentFiles.SingleInput(input.file(), new AssessmentMapper.Mapped(filled, m.model(), m.rows()));
	}

	private static AssessmentFiles.Input composite(AssessmentFiles.CompositeInput input, List<CompositeUnit> units) {
		CompositeAssessment c = input.composite();
		return new AssessmentFiles.CompositeInput(input.file(), new CompositeAssessment(c.revisionId(), c.basis(), units), input.model(), input.sources(), input.details());
	}

	private static Assessment filled(Assessment a, List<String> unrated, Rational rating) {
		Map<String, Rational> ratings = new LinkedHashMap<>(a.ratings());
		unrated.forEach(id -> ratings.put(id, rating));
		return a.withRatings(ratings);
	}

	private static RatingValue lowest(RatingScale scale) {
		return scale.values().stream().reduce((x, y) -> y.value().compareTo(x.value()) < 0 ? y : x).orElseThrow();
	}

	private static RatingValue highest(RatingScale scale) {
		return scale.values().stream().reduce((x, y) -> y.value().compareTo(x.value()) > 0 ? y : x).orElseThrow();
	}
}
