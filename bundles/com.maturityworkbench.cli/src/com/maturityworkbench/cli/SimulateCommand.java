package com.maturityworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.report.ImpactHtmlReport;
import com.maturityworkbench.revision.report.ImpactJson;
import com.maturityworkbench.revision.report.ImpactTextReport;
import com.maturityworkbench.revision.simulate.ImpactReport;
import com.maturityworkbench.revision.simulate.ImpactSimulation;
import com.maturityworkbench.revision.simulate.Population;
import com.maturityworkbench.revision.simulate.SyntheticPopulation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mwb simulate OLD NEW (--synthetic N [--seed S] | --population DIR) [--sensitivity auto|all|off|N]
 * [--format text|json|html]}: scores a synthetic population, or the assessments of a folder, under both revisions
 * (ratings carried through the clause map) and reports the level transitions, the distribution of S, ΔS, the
 * attribution of the changes and the sensitivity of S to each subdomain's weight (over the enterprises
 * {@link SensitivityOption} names).
 */
@Command(name = "simulate")
final class SimulateCommand implements MwbSubcommand {
	@Mixin
	HelpOption help;

	@Option(names = "--synthetic", paramLabel = "N", converter = PositiveNumber.class, descriptionKey = "simulate.synthetic")
	Integer synthetic;

	@Option(names = "--population", paramLabel = "DIR", descriptionKey = "simulate.population")
	String population;

	@Option(names = "--seed", paramLabel = "S", descriptionKey = "simulate.seed")
	long seed = 1;

	@Option(names = "--sensitivity", paramLabel = "auto|all|off|N", converter = SensitivityOption.Converter.class, descriptionKey = "simulate.sensitivity")
	SensitivityOption sensitivity = SensitivityOption.AUTO;

	@Option(names = "--format", paramLabel = "text|json|html", descriptionKey = "simulate.format")
	Choice.ReportFormat format = Choice.ReportFormat.TEXT;

	@Mixin
	RevisionPair revisions;

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		if ((synthetic == null) == (population == null)) {
			throw new UnusableInputException(CliMessages.M.text("simulate.one-population"));
		}
		if (population != null && !Files.isDirectory(Path.of(population))) {
			throw new UnusableInputException(CliMessages.M.text("simulate.no-folder", population));
		}
		ImpactSimulation simulation = simulation(context, revisions.oldArg, revisions.newArg);
		if (simulation == null) {
			return ExitCode.ERRORS;
		}
		long t0 = System.nanoTime();
		Population people;
		if (synthetic != null) {
			context.err().println("mwb: " + CliMessages.M.text("simulate.progress", synthetic));
			people = simulation.synthetic(new SyntheticPopulation(seed, simulation.sectors()), synthetic);
		} else {
			try {
				people = simulation.folder(Path.of(population), population, seed);
			} catch (IOException e) {
				throw new UnusableInputException(CliMessages.M.text("simulate.folder-unreadable", population, e.getMessage()));
			}
		}
		ImpactReport report = simulation.run(people, true, sensitivity.scope(people.size(), seed));
		double wall = (System.nanoTime() - t0) / 1e6;
		context.out().print(switch (format) {
		case TEXT -> ImpactTextReport.of(report);
		case JSON -> ImpactJson.of(report) + "\n";
		case HTML -> ImpactHtmlReport.of(report);
		});
		context.err().println("mwb: " + CliMessages.M.text("simulate.wall", wall));
		return ExitCode.OK;
	}

	/** The simulation of the pair (both revisions usable and with a sector in common), or null after reporting a refused revision. */
	static ImpactSimulation simulation(CommandContext context, String oldArg, String newArg) throws UnusableInputException {
		List<WorkspaceRevision> pair = RevisionPair.load(context, oldArg, newArg);
		WorkspaceRevision old = pair.get(0);
		WorkspaceRevision nu = pair.get(1);
		ImpactSimulation simulation;
		try {
			simulation = new ImpactSimulation(old.scoringModel(), nu.scoringModel(), old.revision(), nu.revision());
		} catch (RevisionRefusedException refused) {
			context.problem(refused.getMessage());
			return null;
		}
		if (simulation.sectors().isEmpty()) {
			throw new UnusableInputException(CliMessages.M.text("simulate.no-common-sector", oldArg, newArg));
		}
		return simulation;
	}
}
