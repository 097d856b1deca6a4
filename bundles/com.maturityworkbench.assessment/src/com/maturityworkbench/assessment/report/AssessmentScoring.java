package com.maturityworkbench.assessment.report;

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
		return score(new ScoringEngine(input.model()), input, progressive);
	}

	/**
	 * Scores with {@code engine}, which must be an engine of the input's revision (the standalone jar keeps one per
	 * compiled revision).
	 */
	public static ScoreView score(ScoringEngine engine, AssessmentFiles.Input input, Boolean progressive) {
		if (!engine.model().revisionId().equals(input.model().revisionId())) {
			throw new IllegalArgumentException("an engine of revision " + engine.model().revisionId() + " cannot score an assessment of " + input.model().revisionId());
		}
		boolean applied = progressive != null ? progressive : input.model().determination().progressive();
		boolean overridden = progressive != null;
		if (input instanceof AssessmentFiles.SingleInput single) {
			return ScoreViews.single(single, engine.scoreBothReadings(single.mapped().assessment()), applied, overridden);
		}
		AssessmentFiles.CompositeInput composite = (AssessmentFiles.CompositeInput) input;
		return ScoreViews.composite(composite, engine.scoreCompositeBothReadings(composite.composite()), applied, overridden);
	}
}
