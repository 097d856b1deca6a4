package com.maturityworkbench.cli;

import java.util.List;

import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.compare.RevisionComparison;
import com.maturityworkbench.revision.report.ImpactJson;
import com.maturityworkbench.revision.report.ImpactTextReport;
import com.maturityworkbench.revision.simulate.ImpactReport;
import com.maturityworkbench.revision.simulate.ImpactSimulation;
import com.maturityworkbench.revision.simulate.SyntheticPopulation;
import com.maturityworkbench.scoring.model.RevisionModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mwb simulate OLD NEW --synthetic N [--seed S] [--format text|json]}: scores a synthetic population under both
 * revisions (ratings carried through the clause map) and reports the level transitions, the distribution of S and ΔS.
 */
@Command(name = "simulate")
final class SimulateCommand implements MwbSubcommand {
	@Mixin
	HelpOption help;

	@Option(names = "--synthetic", paramLabel = "N", converter = PositiveNumber.class, required = true, descriptionKey = "simulate.synthetic")
	Integer synthetic;

	@Option(names = "--seed", paramLabel = "S", descriptionKey = "simulate.seed")
	long seed = 1;

	@Option(names = "--format", paramLabel = "text|json", descriptionKey = "listing.format")
	Choice.ListingFormat format = Choice.ListingFormat.TEXT;

	@Mixin
	RevisionPair revisions;

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		List<WorkspaceRevision> pair = revisions.load(context);
		WorkspaceRevision old = pair.get(0);
		WorkspaceRevision nu = pair.get(1);
		RevisionModel oldModel;
		RevisionModel newModel;
		try {
			oldModel = old.scoringModel();
			newModel = nu.scoringModel();
		} catch (RevisionRefusedException refused) {
			context.problem(refused.getMessage());
			return ExitCode.ERRORS;
		}
		ImpactSimulation simulation = new ImpactSimulation(oldModel, newModel, RevisionComparison.compare(old.revision(), nu.revision()));
		if (simulation.sectors().isEmpty()) {
			throw new UnusableInputException(CliMessages.M.text("simulate.no-common-sector", revisions.oldArg, revisions.newArg));
		}
		context.err().println("mwb: " + CliMessages.M.text("simulate.progress", synthetic));
		long t0 = System.nanoTime();
		ImpactSimulation.Run run = simulation.synthetic(new SyntheticPopulation(seed, simulation.sectors()), synthetic);
		double wall = (System.nanoTime() - t0) / 1e6;
		ImpactReport report = ImpactReport.of(old.name(), nu.name(), newModel.levels(), run.outcomes(),
				ImpactTextReport.syntheticPopulation(seed), run.generationMillis(), run.scoringMillis());
		context.out().print(format == Choice.ListingFormat.JSON ? ImpactJson.of(report) + "\n" : ImpactTextReport.of(report));
		context.err().println("mwb: " + CliMessages.M.text("simulate.wall", wall));
		return ExitCode.OK;
	}
}
