package com.maturityworkbench.cli.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a fuzzing campaign: how many mutants, how fast, how many parsed, were usable (then generated and
 * scored), and every problem found, grouped: crashes by exception and first stack frames, the other broken
 * invariants by kind and message. Each group keeps its first mutant, to be made again and minimised.
 */
public final class FuzzReport {
	/** Problems that look alike: the count, the first mutant, its problem. */
	public static final class Group {
		private final MutantCheck.Kind kind;
		private final String signature;
		private final FuzzCampaign.Mutant first;
		private final MutantCheck.Problem problem;
		private int count;

		Group(MutantCheck.Kind kind, String signature, FuzzCampaign.Mutant first, MutantCheck.Problem problem) {
			this.kind = kind;
			this.signature = signature;
			this.first = first;
			this.problem = problem;
		}

		public MutantCheck.Kind kind() {
			return kind;
		}

		/** The exception and its first frames, or the problem's message with its numbers left out. */
		public String signature() {
			return signature;
		}

		public FuzzCampaign.Mutant first() {
			return first;
		}

		public MutantCheck.Problem problem() {
			return problem;
		}

		public int count() {
			return count;
		}
	}

	/** How many stack frames tell one crash from another. */
	public static final int FRAMES = 4;
	/** The checks' base class: its frames are not the check that failed, the one calling it is. */
	private static final String CHECKS_BASE = "com.maturityworkbench.dsl.validation.MaturityCheck";
	/** The most frames shown to reach the first of mwb's own. */
	public static final int MAX_FRAMES = 14;

	private final FuzzCampaign.Settings settings;
	private final Map<String, Group> groups = new LinkedHashMap<>();
	private int inputs;
	private int clean;
	private int syntaxErrors;
	private int usable;
	private int compiled;
	private int documents;
	private final Map<String, Long> stageNanos = new LinkedHashMap<>();
	private int slow;
	private int hangs;
	private long slowest;
	private long elapsedMillis;

	FuzzReport(FuzzCampaign.Settings settings) {
		this.settings = settings;
	}

	void add(FuzzCampaign.Mutant mutant, MutantCheck.Outcome outcome, long millis) {
		inputs++;
		if (outcome.clean()) {
			clean++;
		}
		if (outcome.syntaxErrors()) {
			syntaxErrors++;
		}
		if (outcome.usable()) {
			usable++;
			MutantCheck.Sample sample = settings.sample(mutant.number());
			compiled += sample.compileJava() ? 1 : 0;
			documents += sample.documents() ? 1 : 0;
		}
		outcome.stageNanos().forEach((stage, nanos) -> stageNanos.merge(stage, nanos, Long::sum));
		if (millis > FuzzCampaign.SLOW_MILLIS) {
			slow++;
		}
		slowest = Math.max(slowest, millis);
		for (MutantCheck.Problem p : outcome.problems()) {
			String signature = p.exception() != null ? signature(p.exception()) : p.stage() + ": " + p.detail().replaceAll("[0-9]+", "N");
			groups.computeIfAbsent(p.kind() + " " + signature, k -> new Group(p.kind(), signature, mutant, p)).count++;
		}
	}

	void hang(FuzzCampaign.Mutant mutant, long limitMillis) {
		inputs++;
		hangs++;
		slow++;
		slowest = Math.max(slowest, limitMillis);
		MutantCheck.Problem p = new MutantCheck.Problem(MutantCheck.Kind.CRASH, "hang", "no result after " + limitMillis + " ms", null);
		groups.computeIfAbsent("HANG", k -> new Group(MutantCheck.Kind.CRASH, "hang", mutant, p)).count++;
	}

	void elapsed(long millis) {
		elapsedMillis = millis;
	}

	/**
	 * The exception's class and its first {@value #FRAMES} frames, or more: up to the first frame of mwb's own code
	 * (at most {@value #MAX_FRAMES}), so that a library's exception shows which of our calls it came from; then, when
	 * that one is further down, the first of ours is added after a "…".
	 */
	static String signature(Throwable e) {
		List<String> frames = new ArrayList<>();
		StackTraceElement[] stack = e.getStackTrace();
		int ours = -1;
		for (int i = 0; i < stack.length; i++) {
			if (stack[i].getClassName().startsWith("com.maturityworkbench.") && !stack[i].getClassName().equals(CHECKS_BASE)) {
				ours = i;
				break;
			}
		}
		int shown = Math.max(FRAMES, Math.min(ours < 0 ? FRAMES : ours + 1, MAX_FRAMES));
		Arrays.stream(stack).limit(shown).forEach(f -> frames.add(f.toString()));
		if (ours >= shown) {
			frames.add("… " + stack[ours]);
		}
		return e.getClass().getName() + (frames.isEmpty() ? "" : "\n\tat " + String.join("\n\tat ", frames));
	}

	/** How many mutants were checked at once. */
	public int threads() {
		return settings.threads();
	}

	public int inputs() {
		return inputs;
	}

	/** Mutants for which every invariant held (their diagnostics came out clean, whatever they say). */
	public int clean() {
		return clean;
	}

	public int syntaxErrors() {
		return syntaxErrors;
	}

	/** Mutants that validate passed: generated in memory and scored. */
	public int usable() {
		return usable;
	}

	/** Usable mutants whose generated Java was compiled too. */
	public int compiled() {
		return compiled;
	}

	/** Usable mutants whose binary documents (XLSX, DOCX) were rendered too. */
	public int documents() {
		return documents;
	}

	/** The time the checks spent in each stage, in milliseconds, summed over the mutants (hangs left out). */
	public Map<String, Long> stageMillis() {
		Map<String, Long> millis = new LinkedHashMap<>();
		stageNanos.forEach((stage, nanos) -> millis.put(stage, nanos / 1_000_000));
		return millis;
	}

	/** Mutants over {@link FuzzCampaign#SLOW_MILLIS} (hangs included). */
	public int slow() {
		return slow;
	}

	public int hangs() {
		return hangs;
	}

	public long slowestMillis() {
		return slowest;
	}

	public long elapsedMillis() {
		return elapsedMillis;
	}

	public double inputsPerSecond() {
		return elapsedMillis == 0 ? 0 : inputs * 1000.0 / elapsedMillis;
	}

	public List<Group> groups() {
		return Collections.unmodifiableList(new ArrayList<>(groups.values()));
	}

	/** How many mutants had a problem of this kind. */
	public int count(MutantCheck.Kind kind) {
		return groups.values().stream().filter(g -> g.kind() == kind && !g.signature().equals("hang")).mapToInt(Group::count).sum();
	}
}
