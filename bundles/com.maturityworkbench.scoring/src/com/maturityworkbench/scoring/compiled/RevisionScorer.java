package com.maturityworkbench.scoring.compiled;

import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.engine.EffectiveModel;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.ModelException;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.ScoreResult;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact scoring of one revision with its baked tables: the level scores A(i), met flags, S and the level come from
 * compiled tables — the baked ones for an untailored assessment, tables built at run time from the model for a
 * tailored one or for a sector without baked tables — and the full report (domains, subdomains, draft gaps,
 * next-level gaps) from the scoring engine over the same model. Thread-safe.
 */
public final class RevisionScorer {
	private final ScoringEngine engine;
	private final Map<String, CompiledScorer> untailored;

	/**
	 * @param baked tables of untailored sectors of {@code model}, as {@link CompiledScorerBuilder#tables} derives them
	 * @throws ModelException when a table is not one of {@code model}'s untailored sectors or its clause order differs
	 */
	public RevisionScorer(RevisionModel model, Collection<CompiledTables> baked) {
		this.engine = new ScoringEngine(model);
		Map<String, CompiledScorer> scorers = new LinkedHashMap<>();
		for (CompiledTables tables : baked) {
			scorers.put(tables.sector(), bakedScorer(tables));
		}
		this.untailored = Collections.unmodifiableMap(scorers);
	}

	/** The scorer of a generated revision: its model and its baked tables. */
	public static RevisionScorer of(CompiledRevision revision) {
		return new RevisionScorer(revision.model(), revision.bakedTables());
	}

	/** A scorer over baked tables whose fallback (on a long overflow) is the engine. */
	private CompiledScorer bakedScorer(CompiledTables tables) {
		RevisionModel model = engine.model();
		if (!tables.revisionId().equals(model.revisionId()) || model.sectorTable(tables.sector()).isEmpty() || !tables.tailored().isEmpty()) {
			throw new ModelException("baked tables of " + tables + " do not belong to an untailored sector of revision " + model.revisionId());
		}
		EffectiveModel em = engine.effectiveModel(tables.sector(), Set.of());
		if (!tables.clauseIds().equals(em.sectorModel().clauseOrder())) {
			throw new ModelException("baked tables of sector " + tables.sector() + " rate other clauses than revision " + model.revisionId() + " has");
		}
		return new CompiledScorer(tables, (ratings, progressive) -> engine.determine(CompiledScorerBuilder.toAssessment(em, ratings), progressive));
	}

	public RevisionModel model() {
		return engine.model();
	}

	public ScoringEngine engine() {
		return engine;
	}

	/** Sectors in table order. */
	public List<String> sectors() {
		return engine.model().sectors();
	}

	/** Whether the untailored tables of {@code sector} are baked (otherwise they are built when first needed). */
	public boolean isBaked(String sector) {
		return untailored.containsKey(sector);
	}

	/**
	 * The compiled scorer of {@code sector} with {@code tailored} tailored out: the baked tables when nothing is
	 * tailored, otherwise tables built from the model.
	 *
	 * @throws com.maturityworkbench.scoring.assessment.AssessmentException for an unknown sector or a tailoring the revision does not allow
	 */
	public CompiledScorer scorer(String sector, Set<String> tailored) {
		if (tailored.isEmpty()) {
			CompiledScorer baked = untailored.get(sector);
			if (baked != null) {
				return baked;
			}
		}
		return CompiledScorerBuilder.build(engine, sector, tailored);
	}

	/** A(i), met flags, S and the level under the revision's declared reading of "progressive". */
	public CompiledScore determine(Assessment assessment) {
		return determine(assessment, engine.model().determination().progressive());
	}

	/**
	 * A(i), met flags, S and the level by the compiled tables.
	 *
	 * @throws com.maturityworkbench.scoring.assessment.AssessmentException when the assessment does not fit the revision
	 */
	public CompiledScore determine(Assessment assessment, boolean progressive) {
		engine.validator().validate(assessment);
		if (!assessment.notApplicable().isEmpty()) {
			// the baked tables hold every clause of a cell in n: an assessment with not-applicable clauses is the engine's
			return new CompiledScore(engine.determine(assessment, progressive));
		}
		CompiledScorer scorer = scorer(assessment.sector(), assessment.tailored());
		return scorer.score(scorer.ratingIndexes(assessment.ratings()), progressive);
	}

	/** The full result under the declared reading, from the engine. */
	public ScoreResult score(Assessment assessment) {
		return engine.score(assessment);
	}
}
