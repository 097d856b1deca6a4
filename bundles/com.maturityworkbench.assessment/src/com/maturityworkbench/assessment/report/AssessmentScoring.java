package com.maturityworkbench.assessment.report;

import java.util.function.Function;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.ModelException;

/**
 * The one score pipeline of {@code mwb score} and of the standalone jar: an assessment as {@link AssessmentFiles#read}
 * returns it is scored by the engine under both readings of {@code progressive}, and the reading applied is the
 * revision's or the one asked for; the result is the {@link ScoreView} every report renders.
 */
public final class AssessmentScoring {
	private AssessmentScoring() {
	}

	/**
	 * Scores with a new engine over the input's revision.
	 *
	 * @param progressive the reading asked for ({@code --progressive on|off}), or null for the revision's
	 * @throws com.maturityworkbench.scoring.assessment.AssessmentException when the assessment does not fit the revision
	 * @throws ModelException when the revision cannot be scored (a final revision with an unmarked empty cell)
	 */
	public static ScoreView score(AssessmentFiles.Input input, Boolean progressive) {
		return score(new ScoringEngine(input.model()), input, progressive, NO_TEXTS);
	}

	/** Scores with a new engine; {@code texts} gives a clause's text by its id (null when unknown) for the plan and the gains. */
	public static ScoreView score(AssessmentFiles.Input input, Boolean progressive, Function<String, String> texts) {
		return score(new ScoringEngine(input.model()), input, progressive, texts);
	}

	/** Where the revision's clause texts are not at hand (the standalone jar): the reports name clauses by id only. */
	public static final Function<String, String> NO_TEXTS = id -> null;

	/**
	 * Scores with {@code engine}, which must be an engine of the input's revision (the standalone jar keeps one per
	 * compiled revision).
	 */
	public static ScoreView score(ScoringEngine engine, AssessmentFiles.Input input, Boolean progressive) {
		return score(engine, input, progressive, NO_TEXTS);
	}

	public static ScoreView score(ScoringEngine engine, AssessmentFiles.Input input, Boolean progressive, Function<String, String> texts) {
		if (!engine.model().revisionId().equals(input.model().revisionId())) {
			throw new IllegalArgumentException("an engine of revision " + engine.model().revisionId() + " cannot score an assessment of " + input.model().revisionId());
		}
		boolean applied = progressive != null ? progressive : input.model().determination().progressive();
		boolean overridden = progressive != null;
		if (input instanceof AssessmentFiles.SingleInput single) {
			return ScoreViews.single(single, engine.scoreBothReadings(single.mapped().assessment()), applied, overridden, texts);
		}
		AssessmentFiles.CompositeInput composite = (AssessmentFiles.CompositeInput) input;
		return ScoreViews.composite(composite, engine.scoreCompositeBothReadings(composite.composite()), applied, overridden, texts);
	}
}
