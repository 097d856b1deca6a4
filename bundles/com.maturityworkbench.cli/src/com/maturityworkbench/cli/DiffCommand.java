package com.maturityworkbench.cli;

import java.util.List;

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

	@Mixin
	RevisionPair revisions;

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		List<WorkspaceRevision> pair = revisions.load(context);
		WorkspaceRevision old = pair.get(0);
		WorkspaceRevision nu = pair.get(1);
		for (var revision : pair) {
			try {
				revision.requireUsable();
			} catch (RevisionRefusedException refused) {
				String argument = revision == old ? revisions.oldArg : revisions.newArg;
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
