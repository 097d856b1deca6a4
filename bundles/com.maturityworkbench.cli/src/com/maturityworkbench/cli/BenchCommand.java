package com.maturityworkbench.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.revision.compare.RevisionComparison;
import com.maturityworkbench.revision.simulate.ImpactReport;
import com.maturityworkbench.revision.simulate.ImpactSimulation;
import com.maturityworkbench.revision.simulate.Population;
import com.maturityworkbench.revision.simulate.SyntheticPopulation;

import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.RevisionWorkspace;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.scoring.bench.ScoringBenchmark;
import com.maturityworkbench.scoring.model.RevisionModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mwb bench PATH [--rounds N]}: the workspace pipeline on the files read once, repeated in fresh resource
 * sets: parse and group (the "parse" figure), then check; prints the first run and the warm median.
 * {@code --scoring SECTOR}: scoring throughput on the revision's own tables. {@code --diff NEW}: the comparison of the
 * revision PATH with NEW ({@code mwb diff PATH NEW} without reading and printing), first run and warm median.
 * {@code --simulate NEW [--synthetic N]}: the impact simulation PATH → NEW, its phases timed separately.
 */
@Command(name = "bench")
final class BenchCommand implements MwbSubcommand {
	private static final int WARM_UP = 10;

	@Mixin
	HelpOption help;

	@Option(names = "--rounds", paramLabel = "N", converter = PositiveNumber.class, descriptionKey = "bench.rounds")
	Integer rounds;

	@Option(names = "--scoring", paramLabel = "SECTOR", descriptionKey = "bench.scoring")
	String sector;

	@Option(names = "--diff", paramLabel = "NEW", descriptionKey = "bench.diff-option")
	String diffWith;

	@Option(names = "--simulate", paramLabel = "NEW", descriptionKey = "bench.simulate-option")
	String simulateWith;

	@Option(names = "--synthetic", paramLabel = "N", converter = PositiveNumber.class, descriptionKey = "bench.synthetic")
	Integer synthetic;

	@Option(names = "--sensitivity", paramLabel = "auto|all|off|N", converter = SensitivityOption.Converter.class, descriptionKey = "bench.sensitivity")
	SensitivityOption sensitivity = SensitivityOption.AUTO;

	@Parameters(paramLabel = "PATH", arity = "1", descriptionKey = "bench.path")
	String path;

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		if (sector != null) {
			return scoring(context);
		}
		if (diffWith != null) {
			return comparison(context);
		}
		if (simulateWith != null) {
			return simulation(context);
		}
		int n = rounds == null ? 30 : rounds;
		List<SourceText> sources = RevisionFiles.read(List.of(path));
		long chars = sources.stream().mapToLong(s -> s.text().length()).sum();
		RevisionWorkspaceService workspaces = context.workspaces();
		long startCold = System.nanoTime();
		int findings = workspaces.load(sources).findings().size();
		double cold = (System.nanoTime() - startCold) / 1e6;
		for (int i = 0; i < WARM_UP; i++) {
			workspaces.load(sources).findings();
		}
		List<Double> parse = new ArrayList<>();
		List<Double> total = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			long t0 = System.nanoTime();
			RevisionWorkspace workspace = workspaces.load(sources); // parsed and grouped; checked on first use
			long t1 = System.nanoTime();
			int found = workspace.findings().size();
			long t2 = System.nanoTime();
			if (found != findings) {
				throw new IllegalStateException("findings differ between rounds: " + found + " and " + findings);
			}
			parse.add((t1 - t0) / 1e6);
			total.add((t2 - t0) / 1e6);
		}
		context.out().println(CliMessages.counted("bench.what", sources.size(), sources.size(), chars, findings));
		context.out().println(CliMessages.M.text("bench.cold", cold));
		context.out().println(CliMessages.M.text("bench.warm", n, WARM_UP, median(total), median(parse), Collections.min(total),
				Collections.max(total)));
		return ExitCode.OK;
	}

	/** Scoring throughput on the revision's own tables: the generic engine and the compiled scorer of generated code. */
	private ExitCode scoring(CommandContext context) throws UnusableInputException {
		RevisionModel model;
		try {
			List<SourceText> sources = RevisionFiles.readModel(path);
			model = context.workspaces().revisionOf(path, sources).scoringModel();
		} catch (RevisionRefusedException e) {
			context.problem(e.getMessage());
			return ExitCode.ERRORS;
		}
		if (model.sectorTable(sector).isEmpty()) {
			context.problem(CliMessages.M.text("bench.no-sector", sector, String.join(", ", model.sectors())));
			return ExitCode.UNUSABLE_INPUT;
		}
		ScoringBenchmark.run(model, sector, rounds == null ? 7 : rounds, 1.0, context.out());
		return ExitCode.OK;
	}

	/** The comparison of two revisions, both parsed once: the clause map, weights, rules and context each round. */
	private ExitCode comparison(CommandContext context) throws UnusableInputException {
		Revision old = context.workspaces().revisionOf(path, RevisionFiles.readModel(path)).revision();
		Revision nu = context.workspaces().revisionOf(diffWith, RevisionFiles.readModel(diffWith)).revision();
		int n = rounds == null ? 30 : rounds;
		long startCold = System.nanoTime();
		int changes = RevisionComparison.compare(old, nu).changeCount();
		double cold = (System.nanoTime() - startCold) / 1e6;
		for (int i = 0; i < WARM_UP; i++) {
			RevisionComparison.compare(old, nu);
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			long t0 = System.nanoTime();
			RevisionComparison.compare(old, nu);
			times.add((System.nanoTime() - t0) / 1e6);
		}
		context.out().println(CliMessages.M.text("bench.diff", changes));
		context.out().println(CliMessages.M.text("bench.cold", cold));
		context.out().println(CliMessages.M.text("bench.diff.warm", n, WARM_UP, median(times), Collections.min(times), Collections.max(times)));
		return ExitCode.OK;
	}

	/**
	 * The impact simulation of PATH → NEW on a synthetic population ({@code mwb simulate PATH NEW --synthetic N}, 100,000
	 * by default, without printing): wall-clock and CPU times of generation, scoring under both revisions, attribution
	 * and sensitivity (over the enterprises --sensitivity names), first round and warm median of the others.
	 */
	private ExitCode simulation(CommandContext context) throws UnusableInputException {
		ImpactSimulation simulation = SimulateCommand.simulation(context, path, simulateWith);
		if (simulation == null) {
			return ExitCode.ERRORS;
		}
		int n = synthetic == null ? 100_000 : synthetic;
		int r = rounds == null ? 3 : rounds;
		List<double[]> phases = new ArrayList<>();
		ImpactReport report = null;
		for (int i = 0; i < r; i++) {
			Population people = simulation.synthetic(new SyntheticPopulation(1, simulation.sectors()), n);
			report = simulation.run(people, true, sensitivity.scope(people.size(), 1));
			ImpactReport.Timings t = report.millis();
			phases.add(new double[] { t.generation(), t.generationCpu(), t.scoring(), t.scoringCpu(), t.attribution(), t.attributionCpu(), t.sensitivity(),
					t.sensitivityCpu() });
		}
		context.out().println(CliMessages.M.text("bench.simulate", n, report.composites(), Runtime.getRuntime().availableProcessors(),
				report.attribution().effects().size(), report.sensitivity() == null ? 0 : report.sensitivity().size(), switch (report.sensitivityScope().mode()) {
				case ALL -> n;
				case SAMPLE -> report.sensitivityScope().sample();
				case OFF -> 0;
				}));
		double[] first = phases.get(0);
		context.out().println(CliMessages.M.text("bench.simulate.first", Arrays.stream(first).boxed().toArray()));
		if (r > 1) {
			Object[] warm = new Object[first.length + 1];
			warm[0] = r - 1;
			for (int p = 0; p < first.length; p++) {
				final int q = p;
				warm[p + 1] = median(phases.subList(1, r).stream().map(x -> x[q]).toList());
			}
			context.out().println(CliMessages.M.text("bench.simulate.warm", warm));
		}
		return ExitCode.OK;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}
}
