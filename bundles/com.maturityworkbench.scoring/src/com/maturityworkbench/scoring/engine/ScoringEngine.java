package com.maturityworkbench.scoring.engine;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.AssessmentException;
import com.maturityworkbench.scoring.assessment.AssessmentValidator;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.ModelException;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.scoring.result.BothReadings;
import com.maturityworkbench.scoring.result.CompositeResult;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.DomainScore;
import com.maturityworkbench.scoring.result.ScoreResult;
import com.maturityworkbench.scoring.result.SubdomainScore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scoring engine of one revision: the one implementation of the scoring semantics (section 9.1-9.2,
 * 6.1 tailoring, Annex A), exact rational arithmetic throughout. Validator, simulator, CLI, generated scoring
 * code and tests all score through it (the compiled scorer is a specialisation checked against it).
 *
 * <p>Thread-safe and immutable apart from a bounded cache of effective models.
 *
 * @see EffectiveModel weight redistribution (tailoring, empty cells, empty domains)
 * @see LevelDetermination met flags, S and the level
 */
public final class ScoringEngine {
	private static final int CACHE_LIMIT = 1024;

	/** The draft gaps of an effective model carry messages: one cache entry per language. */
	private record Key(String sector, Set<String> tailored, Set<String> notApplicable, Language language) {
	}

	private final RevisionModel model;
	private final AssessmentValidator validator;
	private final ScaleUnits scaleUnits;
	private final Map<Key, EffectiveModel> effectiveModels = new ConcurrentHashMap<>();

	public ScoringEngine(RevisionModel model) {
		this.model = model;
		this.validator = new AssessmentValidator(model);
		this.scaleUnits = new ScaleUnits(model.scale());
	}

	public RevisionModel model() {
		return model;
	}

	public AssessmentValidator validator() {
		return validator;
	}

	/**
	 * The effective model of an enterprise of {@code sector} that tailored out {@code tailored}.
	 *
	 * @throws AssessmentException for an unknown sector or a tailoring the revision does not allow
	 * @throws ModelException for a final revision with an unmarked empty cell
	 */
	public EffectiveModel effectiveModel(String sector, Set<String> tailored) {
		return effectiveModel(sector, tailored, Set.of());
	}

	/** The effective model of an assessment: its sector, its tailoring and its clauses rated not applicable. */
	public EffectiveModel effectiveModel(Assessment assessment) {
		return effectiveModel(assessment.sector(), assessment.tailored(), assessment.notApplicable());
	}

	private EffectiveModel effectiveModel(String sector, Set<String> tailored, Set<String> notApplicable) {
		Key key = new Key(sector, Set.copyOf(tailored), Set.copyOf(notApplicable), Language.current());
		EffectiveModel cached = effectiveModels.get(key);
		if (cached != null) {
			return cached;
		}
		validator.validateTailoring(sector, tailored);
		SectorModel sm = validator.sectorModel(sector);
		EffectiveModel em = EffectiveModel.of(sm, tailored, notApplicable);
		if (effectiveModels.size() >= CACHE_LIMIT) {
			effectiveModels.clear();
		}
		effectiveModels.put(key, em);
		return em;
	}

	/** Scores under the revision's declared reading of {@code progressive}. */
	public ScoreResult score(Assessment assessment) {
		return score(assessment, model.determination().progressive());
	}

	/**
	 * Scores one assessment.
	 *
	 * @param progressive whether a level counts as met only when every lower level is met
	 * @throws AssessmentException when the assessment does not fit the model (all problems attached)
	 */
	public ScoreResult score(Assessment assessment, boolean progressive) {
		validator.validate(assessment);
		return scoreValidated(assessment, progressive);
	}

	/** Both readings of 9.2 side by side, as the simulator shows them. */
	public BothReadings<ScoreResult> scoreBothReadings(Assessment assessment) {
		validator.validate(assessment);
		return new BothReadings<>(scoreValidated(assessment, false), scoreValidated(assessment, true));
	}

	/** Only A(i) and the determination: no per-domain report, no gap list. */
	public Determination determine(Assessment assessment, boolean progressive) {
		validator.validate(assessment);
		EffectiveModel em = effectiveModel(assessment);
		return LevelDetermination.determine(model, new CellScores(em, scaleUnits, assessment.ratings()).levelScores(), progressive);
	}

	/** A(1..n) of an assessment. */
	public List<Rational> levelScores(Assessment assessment) {
		validator.validate(assessment);
		EffectiveModel em = effectiveModel(assessment);
		return new CellScores(em, scaleUnits, assessment.ratings()).levelScores();
	}

	public CompositeResult scoreComposite(CompositeAssessment composite) {
		return scoreComposite(composite, model.determination().progressive());
	}

	public CompositeResult scoreComposite(CompositeAssessment composite, boolean progressive) {
		validator.validate(composite);
		return CompositeScorer.score(this, composite, progressive);
	}

	public BothReadings<CompositeResult> scoreCompositeBothReadings(CompositeAssessment composite) {
		validator.validate(composite);
		return new BothReadings<>(CompositeScorer.score(this, composite, false), CompositeScorer.score(this, composite, true));
	}

	/** Level determination of given level scores (also used for what-if questions). */
	public Determination determine(List<Rational> levelScores, boolean progressive) {
		return LevelDetermination.determine(model, levelScores, progressive);
	}

	ScoreResult scoreValidated(Assessment assessment, boolean progressive) {
		EffectiveModel em = effectiveModel(assessment);
		CellScores cells = new CellScores(em, scaleUnits, assessment.ratings());
		Determination d = LevelDetermination.determine(model, cells.levelScores(), progressive);
		List<SubdomainScore> subdomains = new ArrayList<>();
		Map<String, DomainAccumulator> domains = new LinkedHashMap<>();
		for (SubdomainRef s : em.sectorModel().subdomains()) {
			List<Rational> weights = new ArrayList<>();
			for (int level = 0; level < model.levelCount(); level++) {
				weights.add(em.weight(s, level));
			}
			SubdomainScore score = new SubdomainScore(s.id(), s.subdomain().name(), s.table().id(), s.domain().name(), s.subdomain().weight(),
					em.isTailored(s.id()), weights, cells.scores(s));
			subdomains.add(score);
			domains.computeIfAbsent(s.domain().name(), n -> new DomainAccumulator(n, model.levelCount())).add(s.table().id(), score);
		}
		List<DomainScore> domainScores = domains.values().stream().map(DomainAccumulator::toScore).toList();
		return new ScoreResult(model.standardCode(), model.revisionId(), model.status(), assessment.sector(), assessment.tailored(), d, domainScores,
				subdomains, em.draftGaps(), NextLevelGapFinder.find(em, assessment.ratings(), cells, d),
				NextLevelPlanner.plan(em, assessment.ratings(), d), assessment.notApplicable());
	}

	/** Sums the subdomains of one domain name (across tables) per level. */
	private static final class DomainAccumulator {
		private final String name;
		private final List<String> tableIds = new ArrayList<>();
		private final Rational[] weights;
		private final Rational[] contributions;

		DomainAccumulator(String name, int levels) {
			this.name = name;
			this.weights = new Rational[levels];
			this.contributions = new Rational[levels];
			Arrays.fill(weights, Rational.ZERO);
			Arrays.fill(contributions, Rational.ZERO);
		}

		void add(String tableId, SubdomainScore s) {
			if (!tableIds.contains(tableId)) {
				tableIds.add(tableId);
			}
			for (int level = 0; level < weights.length; level++) {
				weights[level] = weights[level].add(s.effectiveWeights().get(level));
				contributions[level] = contributions[level].add(s.contribution(level + 1));
			}
		}

		DomainScore toScore() {
			List<Rational> scores = new ArrayList<>();
			for (int level = 0; level < weights.length; level++) {
				scores.add(weights[level].isZero() ? null : contributions[level].divide(weights[level]));
			}
			return new DomainScore(name, tableIds, List.of(weights), List.of(contributions), scores);
		}
	}
}
