package com.maturityworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.EnterpriseDetails;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.AssessmentWriters;
import com.maturityworkbench.assessment.WrittenAssessment;
import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.compare.RevisionOutline;
import com.maturityworkbench.revision.migrate.AssessmentMigration;
import com.maturityworkbench.revision.migrate.CarriedUnit;
import com.maturityworkbench.revision.migrate.Migration;
import com.maturityworkbench.revision.report.MigrationJson;
import com.maturityworkbench.revision.report.MigrationTextReport;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.model.RevisionModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mwb migrate OLD NEW ASSESSMENT [--out FILE] [--format text|json]}: carries a filled assessment of OLD to NEW
 * through the clause map ({@link AssessmentMigration}) and writes it, in the input's format and atomically, as an
 * assessment of NEW (a composite as JSON with its units inline); prints what carried over. Without {@code --out} the
 * file is written beside the input, named after it and NEW's label ({@code smelting-送审稿.json}).
 */
@Command(name = "migrate")
final class MigrateCommand implements MwbSubcommand {
	@Mixin
	HelpOption help;

	@Mixin
	RevisionPair revisions;

	@Parameters(index = "2", paramLabel = "ASSESSMENT", descriptionKey = "migrate.assessment")
	String assessmentArg;

	@Option(names = "--out", paramLabel = "FILE", descriptionKey = "migrate.out")
	String outArg;

	@Option(names = "--format", paramLabel = "text|json", descriptionKey = "migrate.format")
	Choice.ListingFormat format = Choice.ListingFormat.TEXT;

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		List<WorkspaceRevision> pair = revisions.load(context);
		RevisionModel oldModel;
		RevisionModel newModel;
		try {
			oldModel = pair.get(0).scoringModel();
			newModel = pair.get(1).scoringModel();
		} catch (RevisionRefusedException refused) {
			context.problem(refused.getMessage());
			return ExitCode.ERRORS;
		}
		if (!oldModel.revisionId().equals(newModel.revisionId())) {
			throw new UnusableInputException(CliMessages.M.text("migrate.other-standard", oldModel.revisionId(), newModel.revisionId()));
		}
		Path input = Path.of(assessmentArg);
		Path output = output(input, newModel);
		AssessmentFiles.Input read;
		try {
			read = AssessmentFiles.read(input, assessmentArg, AssessmentMapper.Revisions.of(oldModel));
		} catch (AssessmentInputException e) {
			e.issues().stream().limit(ScoreCommand.MAX_ISSUES).forEach(i -> context.err().println(i));
			context.problem(CliMessages.M.text("migrate.not-read", assessmentArg, oldModel.names()));
			return ExitCode.UNUSABLE_INPUT;
		}
		AssessmentMigration migration = new AssessmentMigration(oldModel, newModel, RevisionOutline.of(pair.get(0).revision()),
				RevisionOutline.of(pair.get(1).revision()));
		Migration result;
		try {
			if (read instanceof AssessmentFiles.SingleInput single) {
				sector(migration, single.mapped().assessment().sector());
				result = migration.single(single.mapped().assessment(), single.mapped().rows().evidence());
				CarriedUnit u = result.units().get(0);
				AssessmentWriters.save(output,
						new WrittenAssessment(newModel, u.assessment(), migration.newClauseTexts(), u.evidence(), EnterpriseDetails.of(single.mapped().rows())));
			} else {
				AssessmentFiles.CompositeInput composite = (AssessmentFiles.CompositeInput) read;
				for (CompositeUnit u : composite.composite().units()) {
					sector(migration, u.sector());
				}
				result = migration.composite(composite.composite(), java.util.Map.of());
				java.util.Map<String, java.util.Map<String, String>> evidence = new java.util.LinkedHashMap<>();
				result.units().forEach(u -> evidence.put(u.unit(), u.evidence()));
				AssessmentWriters.saveComposite(output, newModel, result.composite(), evidence, composite.details());
			}
		} catch (IOException e) {
			throw new UnusableInputException(CliMessages.M.text("migrate.write-failed", output, e.getMessage()));
		}
		context.out().print(format == Choice.ListingFormat.JSON ? MigrationJson.of(result, assessmentArg, output.toString())
				: MigrationTextReport.of(result, assessmentArg, output.toString()));
		context.out().flush();
		return ExitCode.OK;
	}

	private void sector(AssessmentMigration migration, String sector) throws UnusableInputException {
		if (!migration.hasSector(sector)) {
			throw new UnusableInputException(CliMessages.M.text("migrate.no-sector", assessmentArg, sector, migration.newModel().names()));
		}
	}

	/** The file to write: --out, in the input's format, never the input itself; else beside the input. */
	private Path output(Path input, RevisionModel newModel) throws UnusableInputException {
		String name = input.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
		Path out;
		if (outArg != null) {
			out = Path.of(outArg);
			if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
				throw new UnusableInputException(CliMessages.M.text("migrate.out-format", outArg, extension));
			}
		} else {
			String label = newModel.revisionLabel().isEmpty() ? "migrated" : newModel.revisionLabel().replaceAll("[\\\\/:*?\"<>|\\s]", "_");
			out = input.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + "-" + label + (dot < 0 ? "" : name.substring(dot)));
		}
		if (Files.exists(input) && Files.exists(out)) {
			try {
				if (Files.isSameFile(input, out)) {
					throw new UnusableInputException(CliMessages.M.text("migrate.out-is-input", out));
				}
			} catch (IOException e) {
				throw new UnusableInputException(CliMessages.M.text("migrate.write-failed", out, e.getMessage()));
			}
		}
		if (out.toAbsolutePath().getParent() == null || !Files.isDirectory(out.toAbsolutePath().getParent())) {
			throw new UnusableInputException(CliMessages.M.text("migrate.no-folder", out));
		}
		return out;
	}
}
