package com.maturityworkbench.cli.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.maturityworkbench.dsl.analysis.SourceText;

/**
 * A fuzzing campaign: N mutants of a base revision, each made from the seed and its number (so one mutant can be
 * made again alone), each run through {@link MutantCheck} with a time limit (a mutant that takes longer is a hang: its
 * worker is abandoned and a new one started). The mutants are checked by {@code threads} lanes at once, each with a
 * {@link MutantCheck} of its own (its own resource sets: nothing parsed is shared between threads); every choice
 * made for a mutant — its text, whether its documents are rendered and its Java compiled, its random ratings —
 * comes from its number alone, and the outcomes are counted in the order of the numbers, so the figures (but the
 * times) do not depend on how the threads were scheduled. Counts what {@link FuzzReport} prints.
 */
public final class FuzzCampaign {
	/** A mutant over this many milliseconds is reported as slow. */
	public static final long SLOW_MILLIS = 2_000;

	/**
	 * The settings of a campaign.
	 *
	 * @param compileEvery the generated Java is compiled for the usable mutants whose number is a multiple of it
	 * @param documentsEvery the binary documents (XLSX, DOCX) are rendered for the usable mutants whose number is a
	 *        multiple of it; the textual artifacts are rendered for every usable mutant
	 * @param threads how many mutants are checked at once
	 * @param first the number of the first mutant (a long campaign may be run in slices: mutant n is the same in each)
	 */
	public record Settings(int inputs, long seed, long hangMillis, int compileEvery, int documentsEvery, int threads, int first) {
		/** The number after the last mutant. */
		public int end() {
			return first + inputs;
		}

		/** What is done for mutant {@code n} beyond the checks every mutant gets. */
		public MutantCheck.Sample sample(int n) {
			return new MutantCheck.Sample(documentsEvery > 0 && n % documentsEvery == 0, compileEvery > 0 && n % compileEvery == 0);
		}
	}

	/** One mutant: its number, the file mutated, the mutations, and its text. */
	public record Mutant(int number, int file, String mutations, String text) {
	}

	/** A mutant's outcome (null for a hang) and how long it took. */
	private record Checked(Mutant mutant, MutantCheck.Outcome outcome, long millis) {
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
		return run(progress, (mutant, outcome) -> {
		});
	}

	/**
	 * Runs every mutant; {@code progress} hears of each finished thousand, {@code each} of every mutant's outcome
	 * (null for a hang), in the order of their numbers.
	 */
	public FuzzReport run(Consumer<FuzzReport> progress, BiConsumer<Mutant, MutantCheck.Outcome> each) {
		FuzzReport report = new FuzzReport(settings);
		warmUp();
		Map<Integer, Checked> done = new ConcurrentHashMap<>();
		AtomicInteger next = new AtomicInteger(settings.first());
		List<Thread> lanes = new ArrayList<>();
		for (int i = 1; i <= Math.max(1, settings.threads()); i++) {
			Thread lane = new Thread(() -> lane(next, done), "mwb fuzz lane " + i);
			lane.setDaemon(true);
			lanes.add(lane);
			lane.start();
		}
		long start = System.nanoTime();
		try {
			for (int n = settings.first(); n < settings.end(); n++) {
				Checked c;
				while ((c = done.remove(n)) == null) {
					LockSupport.parkNanos(5_000_000);
					if (Thread.interrupted()) {
						throw new InterruptedException();
					}
				}
				each.accept(c.mutant(), c.outcome());
				if (c.outcome() == null) {
					report.hang(c.mutant(), settings.hangMillis());
				} else {
					report.add(c.mutant(), c.outcome(), c.millis());
				}
				if ((n + 1 - settings.first()) % 1000 == 0) {
					report.elapsed((System.nanoTime() - start) / 1_000_000);
					progress.accept(report);
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			lanes.forEach(Thread::interrupt);
		}
		report.elapsed((System.nanoTime() - start) / 1_000_000);
		return report;
	}

	/**
	 * The base checked once, through every stage, before the lanes start: Xtext's services fill their caches on first
	 * use, and two lanes filling them at once failed the serializer once in 3,000 mutants (an
	 * {@code IllegalStateException} of the semantic sequencer for mutant 1 of seed 11, which checks cleanly alone).
	 * Its outcome is not a mutant's: the unmutated draft is the shipped tests' concern.
	 */
	private void warmUp() {
		Thread warm = new Thread(null, () -> checks.get().check(base, 0, new MutantCheck.Sample(true, true), settings.seed()), "mwb fuzz warm-up",
				512L * 1024 * 1024);
		warm.start();
		try {
			warm.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * One lane: takes the next mutant number until none is left, checks it on a worker thread of its own. A mutant's
	 * time is the CPU time of that thread (the machine may be shared: its wall-clock time says more about the other
	 * programs); a mutant is a hang when that thread has spent the limit on it, or after ten times the limit on the
	 * clock (a thread that waits forever spends no CPU time).
	 */
	private void lane(AtomicInteger next, Map<Integer, Checked> done) {
		Worker worker = new Worker();
		MutantCheck check = checks.get();
		try {
			for (int n = next.getAndIncrement(); n < settings.end() && !Thread.currentThread().isInterrupted(); n = next.getAndIncrement()) {
				Mutant mutant = null;
				long cpu0 = worker.cpuNanos();
				try {
					mutant = mutant(n);
					List<SourceText> sources = sources(mutant);
					MutantCheck c = check;
					Mutant m = mutant;
					long seed = settings.seed() + n;
					MutantCheck.Sample sample = settings.sample(n);
					Future<MutantCheck.Outcome> future = worker.executor.submit(() -> c.check(sources, m.file(), sample, seed));
					MutantCheck.Outcome outcome = worker.await(future, cpu0, settings.hangMillis());
					if (outcome == null) {
						future.cancel(true);
						worker.executor.shutdownNow();
						worker = new Worker();
						check = checks.get();
						done.put(n, new Checked(mutant, null, settings.hangMillis()));
					} else {
						done.put(n, new Checked(mutant, outcome, (worker.cpuNanos() - cpu0) / 1_000_000));
					}
				} catch (ExecutionException | RuntimeException e) {
					Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
					Mutant m = mutant != null ? mutant : new Mutant(n, 0, "?", "");
					done.put(n, new Checked(m, new MutantCheck.Outcome(false, false, 0,
							List.of(new MutantCheck.Problem(MutantCheck.Kind.CRASH, "check", String.valueOf(cause), cause)), Map.of()),
							(worker.cpuNanos() - cpu0) / 1_000_000));
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			worker.executor.shutdownNow();
		}
	}

	/** The thread a lane checks its mutants on, and the CPU time it has spent. */
	private static final class Worker {
		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
		final ExecutorService executor;
		private volatile Thread thread;

		Worker() {
			executor = Executors.newSingleThreadExecutor(r -> {
				// deep nesting recurses deeply in the parser and EMF: a large stack, as the command line's main thread has
				Thread t = new Thread(null, r, "mwb fuzz", 512L * 1024 * 1024);
				t.setDaemon(true);
				thread = t;
				return t;
			});
		}

		long cpuNanos() {
			Thread t = thread;
			long cpu = t == null ? 0 : THREADS.getThreadCpuTime(t.getId());
			return Math.max(0, cpu);
		}

		/** The outcome, or null when the worker spent {@code limitMillis} of CPU time (or ten times that on the clock). */
		MutantCheck.Outcome await(Future<MutantCheck.Outcome> future, long cpu0, long limitMillis) throws InterruptedException, ExecutionException {
			long start = System.nanoTime();
			while (true) {
				try {
					return future.get(100, TimeUnit.MILLISECONDS);
				} catch (TimeoutException e) {
					if (cpuNanos() - cpu0 > limitMillis * 1_000_000 || System.nanoTime() - start > limitMillis * 10_000_000) {
						return null;
					}
				}
			}
		}
	}
}
