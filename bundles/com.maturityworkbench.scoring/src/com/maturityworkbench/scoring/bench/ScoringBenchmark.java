package com.maturityworkbench.scoring.bench;

import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.compiled.CompiledScore;
import com.maturityworkbench.scoring.compiled.CompiledScorer;
import com.maturityworkbench.scoring.compiled.CompiledScorerBuilder;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.result.Determination;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Throughput of the scoring engine and of the compiled scorer on a synthetic model of the real size
 * ({@link SyntheticModel}: 21 + 19 subdomains, about 1,400 clauses), single-threaded. Each measurement warms
 * up, then reports the median of several timed rounds in assessments per second.
 *
 * <pre>java -cp com.maturityworkbench.scoring.jar com.maturityworkbench.scoring.bench.ScoringBenchmark [rounds] [seconds per round]</pre>
 */
public final class ScoringBenchmark {
	private static volatile long sink;

	private ScoringBenchmark() {
	}

	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
		double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
		run(SyntheticModel.build(), SyntheticModel.SECTOR, rounds, seconds, System.out);
	}

	/**
	 * Scores 256 seeded random assessments of {@code sector} over and over, single-threaded, with the generic engine
	 * and with the compiled scorer (the code path of the generated per-revision runtime), and prints assessments/s.
	 */
	public static void run(RevisionModel model, String sector, int rounds, double seconds, java.io.PrintStream out) {
		SectorModel sm = SectorModel.of(model, sector);
		out.printf("model: %d subdomains, %d clauses (%s); %d rounds of %.1f s after warm-up; %s %s, %d cores%n", sm.subdomains().size(),
				sm.clauseOrder().size(), sector, rounds, seconds, System.getProperty("java.vm.name"), System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
		ScoringEngine engine = new ScoringEngine(model);
		Random random = new Random(42);
		List<Assessment> assessments = new ArrayList<>();
		for (int k = 0; k < 256; k++) {
			assessments.add(SyntheticModel.randomAssessment(model, sector, Set.of(), random));
		}
		CompiledScorer scorer = CompiledScorerBuilder.build(engine, sector, Set.of());
		int[][] ratings = assessments.stream().map(a -> scorer.ratingIndexes(a.ratings())).toArray(int[][]::new);
		checkEqual(engine, scorer, assessments, ratings);

		int n = assessments.size();
		double[] full = measure(rounds, seconds, i -> engine.score(assessments.get(i % n)).level());
		double[] determine = measure(rounds, seconds, i -> engine.determine(assessments.get(i % n), false).level());
		double[] compiled = measure(rounds, seconds, i -> scorer.score(ratings[i % n]).level());
		double[] withMapping = measure(rounds, seconds, i -> scorer.score(scorer.ratingIndexes(assessments.get(i % n).ratings())).level());
		report(out, "engine score() (full result, gap list)", full);
		report(out, "engine determine() (A(i), S, level)", determine);
		report(out, "compiled scorer (int[] ratings)", compiled);
		report(out, "compiled scorer incl. Map -> int[]", withMapping);
		out.printf("compiled / engine determine(): %.0f×%n", median(compiled) / median(determine));
		out.println("(sink " + sink + ")");
	}

	private static void checkEqual(ScoringEngine engine, CompiledScorer scorer, List<Assessment> assessments, int[][] ratings) {
		for (int k = 0; k < assessments.size(); k++) {
			Determination d = engine.determine(assessments.get(k), false);
			CompiledScore s = scorer.score(ratings[k], false);
			if (!d.total().equals(s.total()) || d.level() != s.level() || s.usedFallback()) {
				throw new IllegalStateException("compiled scorer differs from the engine on assessment " + k);
			}
		}
	}

	/** Runs {@code work} for a warm-up and {@code rounds} timed rounds; returns assessments/s per round. */
	private static double[] measure(int rounds, double seconds, IntUnaryOperator work) {
		long budget = (long) (seconds * 1e9);
		runFor(work, budget * 2);
		double[] rates = new double[rounds];
		for (int r = 0; r < rounds; r++) {
			rates[r] = runFor(work, budget);
		}
		return rates;
	}

	private static double runFor(IntUnaryOperator work, long nanos) {
		long start = System.nanoTime();
		long end = start + nanos;
		long count = 0;
		long acc = 0;
		long now;
		do {
			for (int k = 0; k < 16; k++) {
				acc += work.applyAsInt((int) (count + k));
			}
			count += 16;
			now = System.nanoTime();
		} while (now < end);
		sink += acc;
		return count / ((now - start) / 1e9);
	}

	private static double median(double[] rates) {
		double[] sorted = rates.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static void report(java.io.PrintStream out, String what, double[] rates) {
		double[] sorted = rates.clone();
		Arrays.sort(sorted);
		double median = sorted[sorted.length / 2];
		out.printf("%-40s median %,12.0f assessments/s  (min %,.0f, max %,.0f)%n", what, median, sorted[0], sorted[sorted.length - 1]);
	}
}
