package com.maturityworkbench.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionChecker;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.scoring.bench.ScoringBenchmark;
import com.maturityworkbench.scoring.model.RevisionModel;

/** {@code mwb bench}: parse and validate a revision repeatedly in fresh resource sets; prints warm timings. */
final class BenchCommand {
	private final PrintStream out;
	private final PrintStream err;

	BenchCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(Options options) throws InputProblem {
		List<SourceText> sources = Workspace.read(options.paths());
		String sector = options.values().get("scoring");
		if (sector != null) {
			return scoring(sources, sector, options.intValue("rounds", 7));
		}
		int rounds = options.intValue("rounds", 30);
		long chars = sources.stream().mapToLong(s -> s.text().length()).sum();
		RevisionChecker checker = Workspace.injector().getInstance(RevisionChecker.class);
		long startCold = System.nanoTime();
		int findings = checker.check(Workspace.load(sources)).size();
		double cold = (System.nanoTime() - startCold) / 1e6;
		for (int i = 0; i < 10; i++) {
			checker.check(Workspace.load(sources));
		}
		List<Double> parse = new ArrayList<>();
		List<Double> total = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			long t0 = System.nanoTime();
			LoadedRevision loaded = Workspace.load(sources);
			long t1 = System.nanoTime();
			List<Finding> result = checker.check(loaded);
			long t2 = System.nanoTime();
			if (result.size() != findings) {
				throw new IllegalStateException("findings differ between rounds");
			}
			parse.add((t1 - t0) / 1e6);
			total.add((t2 - t0) / 1e6);
		}
		out.printf("parse+validate %d files, %d chars, %d findings%n", sources.size(), chars, findings);
		out.printf("first run in this JVM: %.1f ms%n", cold);
		out.printf("warm (%d rounds after 10 warm-up): median %.1f ms (parse %.1f ms), min %.1f ms, max %.1f ms%n", rounds,
				median(total), median(parse), Collections.min(total), Collections.max(total));
		return MwbCommand.OK;
	}

	/** Scoring throughput on the revision's own tables: the generic engine and the compiled scorer of generated code. */
	private int scoring(List<SourceText> sources, String sector, int rounds) throws InputProblem {
		LoadedRevision loaded = Workspace.load(sources);
		List<Revision> revisions = Workspace.revisions(loaded);
		if (revisions.isEmpty()) {
			throw new InputProblem("no revision found in " + sources.get(0).label());
		}
		RevisionModel model = ScoringModelBuilder.build(revisions.get(0));
		if (model.sectorTable(sector).isEmpty()) {
			throw new InputProblem("no sector '" + sector + "' in the revision; its sectors are " + String.join(", ", model.sectors()));
		}
		ScoringBenchmark.run(model, sector, rounds, 1.0, out);
		return MwbCommand.OK;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}
}
