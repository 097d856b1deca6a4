package com.maturityworkbench.cli;

import java.util.List;

import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.comments.CommentLinks;
import com.maturityworkbench.revision.comments.CommentRound;
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
 * side by side, never merged), each change with the comments on OLD it answers when OLD's folder has a {@code comments}
 * folder (see {@link CommentsCommand}; their problems on stderr); exit 0 when they do not differ, 1 when they do, 1 as well when one of them is refused for
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
		CommentLinks links = CommentLinks.NONE;
		CommentRound round = CommentsCommand.read(old, RevisionFolder.of(revisions.oldArg));
		if (round != null) {
			round.problems().forEach(p -> context.problem(p.toLine()));
			links = CommentLinks.of(diff, round, old.revision(), nu.revision());
		}
		CommentLinks comments = links;
		context.out().print(switch (format) {
		case TEXT -> DiffTextReport.of(diff, comments);
		case JSON -> DiffJson.of(diff, comments) + "\n";
		case HTML -> DiffHtmlReport.of(diff, comments);
		});
		return diff.isEmpty() ? ExitCode.OK : ExitCode.DIFFERENT;
	}
}
