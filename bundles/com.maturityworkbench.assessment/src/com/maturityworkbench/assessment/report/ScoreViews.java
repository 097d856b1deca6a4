package com.maturityworkbench.assessment.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.EnterpriseDetails;
import com.maturityworkbench.assessment.PanelDisagreements;
import com.maturityworkbench.assessment.WrittenAssessment;
import com.maturityworkbench.assessment.report.ScoreView.DisagreementView;
import com.maturityworkbench.assessment.report.ScoreView.CompositePlanView;
import com.maturityworkbench.assessment.report.ScoreView.CompositeView;
import com.maturityworkbench.assessment.report.ScoreView.DeterminationView;
import com.maturityworkbench.assessment.report.ScoreView.DomainView;
import com.maturityworkbench.assessment.report.ScoreView.DraftGapView;
import com.maturityworkbench.assessment.report.ScoreView.LevelView;
import com.maturityworkbench.assessment.report.ScoreView.NextGapView;
import com.maturityworkbench.assessment.report.ScoreView.PlanStepView;
import com.maturityworkbench.assessment.report.ScoreView.PlanView;
import com.maturityworkbench.assessment.report.ScoreView.UnitStepView;
import com.maturityworkbench.assessment.report.ScoreView.Num;
import com.maturityworkbench.assessment.report.ScoreView.ResultView;
import com.maturityworkbench.assessment.report.ScoreView.StandingView;
import com.maturityworkbench.assessment.report.ScoreView.SubdomainView;
import com.maturityworkbench.assessment.report.ScoreView.TypeView;
import com.maturityworkbench.assessment.report.ScoreView.UnitView;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.result.BothReadings;
import com.maturityworkbench.scoring.result.CompositePlan;
import com.maturityworkbench.scoring.result.CompositeResult;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.DomainScore;
import com.maturityworkbench.scoring.result.DraftGap;
import com.maturityworkbench.scoring.result.LevelScore;
import com.maturityworkbench.scoring.result.NextLevelGap;
import com.maturityworkbench.scoring.result.NextLevelPlan;
import com.maturityworkbench.scoring.result.PlanStep;
import com.maturityworkbench.scoring.result.ScoreResult;
import com.maturityworkbench.scoring.result.SubdomainScore;
import com.maturityworkbench.scoring.result.TypeAggregate;
import com.maturityworkbench.scoring.result.UnitResult;

/** Builds the {@link ScoreView} of a scored assessment from the engine's exact results (the only rounding is in {@link Num}). */
public final class ScoreViews {
	/** How many next-level gaps a report lists. */
	public static final int NEXT_GAPS = 20;
	/** The format of a composite assessment (its units may come from files of other formats). */
	static final String COMPOSITE_FORMAT = "JSON";

	private ScoreViews() {
	}

	/**
	 * @param progressive the reading to report as applied
	 * @param overridden whether it was chosen on the command line rather than declared by the revision
	 */
	public static ScoreView single(AssessmentFiles.SingleInput input, BothReadings<ScoreResult> both, boolean progressive, boolean overridden,
			Function<String, String> texts) {
		RevisionModel model = input.model();
		ResultView result = result(model, input.mapped().assessment(), both, progressive, texts);
		return new ScoreView(input.file(), input.mapped().rows().format(), model.standardCode(), model.revisionId(), model.revisionLabel(), status(model), model.stage(), model.levels(),
				metRule(model), Num.of(model.determination().threshold()), model.determination().progressive(), overridden, result.applied(), result.other(), result, null, Decimals.note(),
				EnterpriseDetails.of(input.mapped().rows()), disagreements(model, input.mapped().panel(), input.mapped().assessment(), texts));
	}

	public static ScoreView composite(AssessmentFiles.CompositeInput input, BothReadings<CompositeResult> both, boolean progressive, boolean overridden,
			Function<String, String> texts) {
		RevisionModel model = input.model();
		CompositeResult applied = progressive ? both.progressive() : both.independent();
		CompositeResult other = progressive ? both.independent() : both.progressive();
		List<UnitView> units = new ArrayList<>();
		for (int i = 0; i < applied.units().size(); i++) {
			UnitResult u = applied.units().get(i);
			UnitResult o = other.units().get(i);
			AssessmentFiles.UnitSource source = input.sources().get(i);
			Assessment assessment = input.composite().units().get(i).assessment();
			BothReadings<ScoreResult> unitBoth = progressive ? new BothReadings<>(o.result(), u.result()) : new BothReadings<>(u.result(), o.result());
			units.add(new UnitView(u.name(), u.sector(), Num.of(u.output()), Num.of(u.share()), source.file(), source.format(),
					result(model, assessment, unitBoth, progressive, texts)));
		}
		List<TypeView> types = new ArrayList<>();
		for (TypeAggregate t : applied.types()) {
			types.add(new TypeView(t.sector(), Num.of(t.weight()), t.unitNames(), nums(t.aggregated()), t.excludedUnits()));
		}
		CompositeView composite = new CompositeView(applied.aggregation().name().toLowerCase(Locale.ROOT),
				input.composite().basis().name().toLowerCase(Locale.ROOT), types, units, plan(model, applied.plan(), texts));
		return new ScoreView(input.file(), COMPOSITE_FORMAT, model.standardCode(), model.revisionId(), model.revisionLabel(), status(model), model.stage(), model.levels(), metRule(model),
				Num.of(model.determination().threshold()), model.determination().progressive(), overridden, determination(model, applied.determination()), determination(model, other.determination()),
				null, composite, Decimals.note(), input.details(), List.of());
	}

	/** The panel's disagreements (8.7.3) in the order of the enterprise's clauses, each with its clause's text and the consensus scored. */
	private static List<DisagreementView> disagreements(RevisionModel model, java.util.Map<String, List<Rational>> panel, Assessment assessment,
			Function<String, String> texts) {
		List<DisagreementView> found = new ArrayList<>();
		List<String> order = SectorModel.of(model, assessment.sector()).clauseOrder();
		List<PanelDisagreements.Disagreement> settle = new ArrayList<>(PanelDisagreements.of(model, panel));
		settle.sort(java.util.Comparator.comparingInt((PanelDisagreements.Disagreement d) -> order.indexOf(d.clauseId()) < 0 ? Integer.MAX_VALUE : order.indexOf(d.clauseId()))
				.thenComparing(PanelDisagreements.Disagreement::clauseId));
		for (PanelDisagreements.Disagreement d : settle) {
			Rational consensus = assessment.ratings().get(d.clauseId());
			found.add(new DisagreementView(d.clauseId(), texts.apply(d.clauseId()), d.ratings().stream().map(r -> WrittenAssessment.ratingText(model, r)).toList(), d.steps(),
					consensus == null ? "" : WrittenAssessment.ratingText(model, consensus)));
		}
		return found;
	}

	private static ResultView result(RevisionModel model, Assessment assessment, BothReadings<ScoreResult> both, boolean progressive,
			Function<String, String> texts) {
		ScoreResult r = progressive ? both.progressive() : both.independent();
		ScoreResult o = progressive ? both.independent() : both.progressive();
		List<DomainView> domains = new ArrayList<>();
		for (DomainScore d : r.domains()) {
			domains.add(new DomainView(d.name(), d.tableIds(), nums(d.weights()), nums(d.scores())));
		}
		List<SubdomainView> subdomains = new ArrayList<>();
		for (SubdomainScore s : r.subdomains()) {
			subdomains.add(new SubdomainView(s.id(), s.name(), s.tableId(), s.domainName(), Num.of(s.weight()), s.tailored(), nums(s.effectiveWeights()),
					nums(s.scores())));
		}
		List<DraftGapView> gaps = new ArrayList<>();
		for (DraftGap g : r.draftGaps()) {
			gaps.add(new DraftGapView(g.kind().name(), g.tableId(), g.domainName(), g.subdomainId(), g.levelName(), g.reason(), g.clauseIds(),
					g.message()));
		}
		List<NextGapView> next = new ArrayList<>();
		for (NextLevelGap g : r.nextLevelGaps()) {
			if (g.totalIncrease().signum() <= 0 || next.size() >= NEXT_GAPS) {
				continue;
			}
			next.add(new NextGapView(g.subdomainId(), g.subdomainName(), g.tableId(), g.levelName(), g.clauseId(), texts.apply(g.clauseId()), Num.of(g.currentRating()),
					Num.of(g.levelScoreIncrease()), Num.of(g.totalIncrease()), Num.of(g.totalAfter()), levelLabel(model, g.levelAfter())));
		}
		SectorModel sm = SectorModel.of(model, assessment.sector());
		int notScored = (int) assessment.ratings().keySet().stream().filter(id -> sm.clause(id).map(c -> !c.isScored()).orElse(false)).count();
		return new ResultView(r.sector(), List.copyOf(r.tailored()), determination(model, r.determination()), determination(model, o.determination()),
				domains, subdomains, gaps, next, plan(model, r.nextLevelPlan(), texts), assessment.ratings().size(), notScored, List.copyOf(r.notApplicable()),
				standing(model, r, true), standing(model, r, false));
	}

	/** How many subdomains the 评估报告 names as the strongest and as the weakest. */
	public static final int STANDING = 3;

	/**
	 * The strongest (highest C, at least the threshold) or the weakest (largest w' × (1 − C), above 0) subdomains at the
	 * level the enterprise works towards: its first level not met, or the top level; ties in table order.
	 */
	static List<StandingView> standing(RevisionModel model, ScoreResult r, boolean strongest) {
		int level = 0;
		while (level < r.determination().levels().size() - 1 && r.determination().levels().get(level).met()) {
			level++;
		}
		Rational threshold = model.determination().threshold();
		record Candidate(SubdomainScore s, Rational score, Rational weight, Rational loss) {
		}
		List<Candidate> candidates = new ArrayList<>();
		for (SubdomainScore s : r.subdomains()) {
			Rational score = s.scores().get(level);
			if (s.tailored() || score == null) {
				continue;
			}
			Rational weight = s.effectiveWeights().get(level);
			Rational loss = weight.multiply(Rational.ONE.subtract(score));
			if (strongest ? score.compareTo(threshold) >= 0 : loss.signum() > 0) {
				candidates.add(new Candidate(s, score, weight, loss));
			}
		}
		candidates.sort((a, b) -> strongest ? b.score().compareTo(a.score()) : b.loss().compareTo(a.loss()));
		String levelName = model.levels().get(level);
		return candidates.stream().limit(STANDING)
				.map(c -> new StandingView(c.s().id(), c.s().name(), levelName, Num.of(c.score()), Num.of(c.weight()), Num.of(c.loss()))).toList();
	}

	/** The plan to the next level, null at the top level. */
	static PlanView plan(RevisionModel model, NextLevelPlan plan, Function<String, String> texts) {
		if (plan.atTopLevel()) {
			return null;
		}
		List<PlanStepView> steps = plan.steps().stream().map(s -> step(model, s, texts)).toList();
		return new PlanView(plan.targetLevelName(), Num.of(plan.targetTotal()), plan.reachable(), steps);
	}

	/** The enterprise's plan of a composite, null at the top level. */
	static CompositePlanView plan(RevisionModel model, CompositePlan plan, Function<String, String> texts) {
		if (plan.atTopLevel()) {
			return null;
		}
		List<UnitStepView> steps = plan.steps().stream().map(s -> new UnitStepView(s.unitName(), s.sector(), step(model, s.step(), texts))).toList();
		return new CompositePlanView(plan.targetLevelName(), Num.of(plan.targetTotal()), plan.reachable(), plan.method().name().toLowerCase(Locale.ROOT),
				plan.searchSize(), plan.searchLimit(), plan.beyondLimit(), steps);
	}

	private static PlanStepView step(RevisionModel model, PlanStep s, Function<String, String> texts) {
		return new PlanStepView(s.clauseId(), texts.apply(s.clauseId()), s.subdomainId(), s.levelName(), Num.of(s.ratingBefore()), Num.of(s.levelScoreIncrease()),
				Num.of(s.totalAfter()), levelLabel(model, s.levelAfter()));
	}

	static DeterminationView determination(RevisionModel model, Determination d) {
		List<LevelView> levels = new ArrayList<>();
		for (LevelScore l : d.levels()) {
			levels.add(new LevelView(l.number(), l.name(), Num.of(l.score()), l.metAlone(), l.met(), Num.of(l.counted())));
		}
		Rational from = null;
		if (d.nextLevelName() != null) {
			for (Band b : model.determination().bands()) {
				if (b.levelName().equals(d.nextLevelName())) {
					from = b.low();
				}
			}
		}
		return new DeterminationView(d.progressive(), levels, Num.of(d.total()), d.level(), d.levelName(), d.levelLabel(), d.nextLevelName(), Num.of(from),
				Num.of(d.toNextLevel()));
	}

	private static String levelLabel(RevisionModel model, int level) {
		return level == 0 ? "低于" + model.levels().get(0) : model.levels().get(level - 1);
	}

	private static String status(RevisionModel model) {
		return model.status().name().toLowerCase(Locale.ROOT);
	}

	/** "A(i) ≥ 0.8" */
	private static String metRule(RevisionModel model) {
		return "A(i) " + (model.determination().comparison().symbol().equals(">=") ? "≥" : ">") + " "
				+ model.determination().threshold().toExactString();
	}

	private static List<Num> nums(List<Rational> values) {
		List<Num> r = new ArrayList<>();
		for (Rational v : values) {
			r.add(Num.of(v));
		}
		return r;
	}
}
