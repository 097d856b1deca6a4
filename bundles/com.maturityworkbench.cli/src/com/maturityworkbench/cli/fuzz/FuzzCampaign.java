package com.maturityworkbench.cli.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.maturityworkbench.dsl.analysis.SourceText;

/**
 * A fuzzing campaign: N mutants of a base revision, each made from the seed and its number (so one mutant can be
 * made again alone), each run through {@link MutantCheck} on a worker thread with a time limit (a mutant that takes
 * longer is a hang: the worker is abandoned and a new one started). Counts what {@link FuzzReport} prints.
 */
public final class FuzzCampaign {
	/** A mutant over this many milliseconds is reported as slow. */
	public static final long SLOW_MILLIS = 2_000;

	/** The settings of a campaign. */
	public record Settings(int inputs, long seed, long hangMillis, int compileEvery) {
	}

	/** One mutant: its number, the file mutated, the mutations, and its text. */
	public record Mutant(int number, int file, String mutations, String text) {
	}

	private final List<SourceText> base;
	private final Supplier<MutantCheck> checks;
	private final Settings settings;

	public FuzzCampaign(List<SourceText> base, Supplier<MutantCheck> checks, Settings settings) {
		this.base = List.copyOf(base);
		this.checks = checks;
		this.settings = settings;
	}

	/** Mutant number {@code n} of the campaign's seed. */
	public Mutant mutant(int n) {
		SplittableRandom random = new SplittableRandom(settings.seed() * 1_000_003L + n);
		int file = random.nextInt(base.size());
		Mutator.Mutated m = Mutator.mutate(base.get(file).text(), random);
		return new Mutant(n, file, base.get(file).label() + ": " + m.mutations(), m.text());
	}

	/** The base with the mutant in place of its file. */
	public List<SourceText> sources(Mutant mutant) {
		List<SourceText> sources = new ArrayList<>(base);
		SourceText original = base.get(mutant.file());
		sources.set(mutant.file(), new SourceText(original.label(), original.absolutePath(), mutant.text()));
		return sources;
	}

	/** Runs every mutant; {@code progress} hears of each finished thousand. */
	public FuzzReport run(Consumer<FuzzReport> progress) {
		FuzzReport report = new FuzzReport(settings);
		ExecutorService worker = newWorker();
		MutantCheck[] check = { checks.get() };
		long start = System.nanoTime();
		for (int n = 0; n < settings.inputs(); n++) {
			Mutant mutant = mutant(n);
			List<SourceText> sources = sources(mutant);
			boolean compile = settings.compileEvery() > 0 && n % settings.compileEvery() == 0;
			long seed = settings.seed() + n;
			MutantCheck c = check[0];
			long t0 = System.nanoTime();
			Future<MutantCheck.Outcome> future = worker.submit(() -> c.check(sources, mutant.file(), compile, seed));
			try {
				MutantCheck.Outcome outcome = future.get(settings.hangMillis(), TimeUnit.MILLISECONDS);
				report.add(mutant, outcome, (System.nanoTime() - t0) / 1_000_000);
			} catch (TimeoutException e) {
				future.cancel(true);
				worker.shutdownNow();
				worker = newWorker();
				check[0] = checks.get();
				report.hang(mutant, settings.hangMillis());
			} catch (ExecutionException e) {
				report.add(mutant, new MutantCheck.Outcome(false, false, 0,
						List.of(new MutantCheck.Problem(MutantCheck.Kind.CRASH, "check", String.valueOf(e.getCause()), e.getCause()))),
						(System.nanoTime() - t0) / 1_000_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			if ((n + 1) % 1000 == 0) {
				report.elapsed((System.nanoTime() - start) / 1_000_000);
				progress.accept(report);
			}
		}
		worker.shutdownNow();
		report.elapsed((System.nanoTime() - start) / 1_000_000);
		return report;
	}

	private static ExecutorService newWorker() {
		return Executors.newSingleThreadExecutor(r -> {
			// deep nesting recurses deeply in the parser and EMF: a large stack, as the command line's main thread has
			Thread t = new Thread(null, r, "mwb fuzz", 512L * 1024 * 1024);
			t.setDaemon(true);
			return t;
		});
	}
}
