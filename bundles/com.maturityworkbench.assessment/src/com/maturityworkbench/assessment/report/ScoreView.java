package com.maturityworkbench.assessment.report;

import java.util.List;

import com.maturityworkbench.assessment.EnterpriseDetails;
import com.maturityworkbench.scoring.Rational;

/**
 * The view model of one {@code mwb score} run, display-ready: every number as its rounded decimal (half-up, 4
 * places), its exact value and its percentage; no computation is left to the renderers ({@link TextReport},
 * {@link ResultJson}, {@link HtmlReport}). Exactly one of {@code single} and {@code composite} is set.
 *
 * @param status the machine value of the revision's status ({@code draft}, {@code final}), for the JSON
 * @param stage the revision's stage of standardisation as the standard names it (征求意见稿, 送审稿, 报批稿, 发布)
 * @param threshold the threshold of 9.2 (0.8) that {@code metRule} compares A(i) with
 * @param applied the determination under the reading applied ({@code progressive} as declared, or as overridden)
 * @param other the determination under the other reading, for comparison
 * @param details the enterprise's particulars and the panel's written parts (layout 5), for the assessment report
 * @param disagreements the clauses the panel must settle, in file order (empty without a panel, and for a composite)
 */
public record ScoreView(String file, String format, String standard, String revision, String revisionLabel, String status, String stage, List<String> levelNames, String metRule,
		Num threshold, boolean progressiveDeclared, boolean progressiveOverridden, DeterminationView applied, DeterminationView other, ResultView single,
		CompositeView composite, String rounding, EnterpriseDetails details, List<DisagreementView> disagreements) {

	public ScoreView {
		disagreements = List.copyOf(disagreements);
	}

	/**
	 * A clause the panel's members rated more than one scale step apart (8.7.3): its text (null where not at hand), the
	 * members' ratings as the scale names them, the steps between the lowest and highest, the consensus scored.
	 */
	public record DisagreementView(String clause, String text, List<String> ratings, int steps, String consensus) {
		public DisagreementView {
			ratings = List.copyOf(ratings);
		}
	}

	/** A number: rounded (4 decimals, half-up), exact ("0.8", "23/30") and as a percentage of 1 ("15.0000%"). */
	public record Num(String rounded, String exact, String percent) {
		public static Num of(Rational value) {
			return value == null ? null : new Num(Decimals.decimal(value), Decimals.exact(value), Decimals.percent(value));
		}
	}

	/** One level: A(i), whether it passes the threshold alone, whether it counts as met, what it adds to S. */
	public record LevelView(int number, String name, Num score, boolean metAlone, boolean met, Num counted) {
	}

	/** Level determination under one reading; {@code nextLevelFrom} is the lower bound of the next band. */
	public record DeterminationView(boolean progressive, List<LevelView> levels, Num total, int level, String levelName, String levelLabel,
			String nextLevel, Num nextLevelFrom, Num toNextLevel) {
	}

	/** A domain merged by name across the two tables: effective weight and score B(i) per level (null where nothing is scored). */
	public record DomainView(String name, List<String> tables, List<Num> weights, List<Num> scores) {
	}

	/** A subdomain: declared weight, tailored or not, effective weight w'(s) and score C(s,i) per level (null where not scored). */
	public record SubdomainView(String id, String name, String table, String domain, Num weight, boolean tailored, List<Num> effectiveWeights,
			List<Num> scores) {
		public boolean uniformWeight() {
			return effectiveWeights.stream().map(Num::exact).distinct().count() == 1;
		}
	}

	/** A gap of the revision that shaped the score (redistributed cell, subdomain or domain; unweighted row) and the clauses it concerns. */
	public record DraftGapView(String kind, String table, String domain, String subdomain, String level, String reason, List<String> clauseIds,
			String message) {
		public DraftGapView {
			clauseIds = List.copyOf(clauseIds);
		}
	}

	/** Raising one clause ({@code text}: its text, null where the revision's texts are not at hand) to the top rating: the gain in A(i) and S, S after and the level after. */
	public record NextGapView(String subdomain, String subdomainName, String table, String level, String clause, String text, Num rating, Num levelGain,
			Num totalGain, Num totalAfter, String levelAfter) {
	}

	/** One raise of the plan to the next level: the clause and its text (null where not at hand), its rating now, the gain in A(level), S and the level after. */
	public record PlanStepView(String clause, String text, String subdomain, String level, Num rating, Num levelGain, Num totalAfter, String levelAfter) {
	}

	/** The fewest raises to the top rating that bring S to {@code targetTotal}, the lower bound of {@code target}'s band. */
	public record PlanView(String target, Num targetTotal, boolean reachable, List<PlanStepView> steps) {
		public PlanView {
			steps = List.copyOf(steps);
		}
	}

	/**
	 * A subdomain at the level the enterprise works towards (its first level not met; the top level when every level is
	 * met): its score C(s,i) there, its effective weight w'(s,i) and what it leaves of A(i), w' × (1 − C). The strongest
	 * (优秀经验 of 8.7.4) have the highest C, the weakest (短板不足) the largest loss.
	 */
	public record StandingView(String subdomain, String name, String level, Num score, Num weight, Num loss) {
	}

	/**
	 * The result of one enterprise (or one unit). {@code ratedNotScored} counts ratings given for clauses of
	 * requirement rows without weight.
	 */
	public record ResultView(String sector, List<String> tailored, DeterminationView applied, DeterminationView other, List<DomainView> domains,
			List<SubdomainView> subdomains, List<DraftGapView> draftGaps, List<NextGapView> nextLevelGaps, PlanView plan, int ratings, int ratedNotScored,
			List<String> notApplicable, List<StandingView> strongest, List<StandingView> weakest) {
	}

	/** One unit of a composite: output, share of the total output, where its ratings came from, its own result. */
	public record UnitView(String name, String sector, Num output, Num share, String source, String format, ResultView result) {
	}

	/** One enterprise type: its weight (output share), units, aggregated A(i) and units the aggregation left out per level. */
	public record TypeView(String sector, Num weight, List<String> units, List<Num> aggregated, List<List<String>> excluded) {
	}

	/** One raise of the enterprise's plan: the unit and the raise in it (S and the level after are the composite's). */
	public record UnitStepView(String unit, String sector, PlanStepView step) {
	}

	/**
	 * The enterprise's plan to the next level: {@code method} pooled (mean) or exhaustive (median, trimmed), the size
	 * of the exhaustive search and its limit; {@code beyondLimit} when the search was refused.
	 */
	public record CompositePlanView(String target, Num targetTotal, boolean reachable, String method, long searchSize, long searchLimit,
			boolean beyondLimit, List<UnitStepView> steps) {
		public CompositePlanView {
			steps = List.copyOf(steps);
		}
	}

	/** {@code plan} is null at the top level. */
	public record CompositeView(String aggregation, String outputBasis, List<TypeView> types, List<UnitView> units, CompositePlanView plan) {
	}

	public boolean isComposite() {
		return composite != null;
	}
}
