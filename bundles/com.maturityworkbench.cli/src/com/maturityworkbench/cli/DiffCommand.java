package com.maturityworkbench.cli;

import java.util.List;

import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.compare.RevisionComparison;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.revision.report.DiffHtmlReport;
import com.maturityworkbench.revision.report.DiffJson;
import com.maturityworkbench.revision.report.DiffTextReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mwb diff OLD NEW [--format text|json|html]}: compares two revisions, each read on its own (two folders load
 * side by side, never merged); exit 0 when they do not differ, 1 when they do, 1 as well when one of them is refused for
 * its errors, 2 for unusable input.
 */
@Command(name = "diff")
final class DiffCommand implements MwbSubcommand {
	@Mixin
	HelpOption help;

	@Option(names = "--format", paramLabel = "text|json|html", descriptionKey = "diff.format")
	Choice.ReportFormat format = Choice.ReportFormat.TEXT;

	@Parameters(index = "0", paramLabel = "OLD", descriptionKey = "diff.old")
	String oldArg;

	@Parameters(index = "1", paramLabel = "NEW", descriptionKey = "diff.new")
	String newArg;

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		List<SourceText> oldSources = RevisionFiles.readModel(oldArg); // before the language is set up: unusable files first
		List<SourceText> newSources = RevisionFiles.readModel(newArg);
		WorkspaceRevision old = context.workspaces().revisionOf(oldArg, oldSources);
		WorkspaceRevision nu = context.workspaces().revisionOf(newArg, newSources);
		for (var revision : List.of(old, nu)) {
			try {
				revision.requireUsable();
			} catch (RevisionRefusedException refused) {
				String argument = revision == old ? oldArg : newArg;
				refused.errors().stream().limit(ScoreCommand.MAX_ERRORS).forEach(f -> context.err().println(f.toLine()));
				context.problem(CliMessages.M.text("refused.see-validate", refused.getMessage(), argument));
				return ExitCode.ERRORS;
			}
		}
		RevisionDiff diff = RevisionComparison.compare(old.revision(), nu.revision());
		context.out().print(switch (format) {
		case TEXT -> DiffTextReport.of(diff);
		case JSON -> DiffJson.of(diff) + "\n";
		case HTML -> DiffHtmlReport.of(diff);
		});
		return diff.isEmpty() ? ExitCode.OK : ExitCode.DIFFERENT;
	}
}
