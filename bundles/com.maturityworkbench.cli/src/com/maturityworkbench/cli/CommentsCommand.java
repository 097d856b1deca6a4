package com.maturityworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.comments.CommentColumns;
import com.maturityworkbench.revision.comments.CommentProblem;
import com.maturityworkbench.revision.comments.CommentRound;
import com.maturityworkbench.revision.comments.CommentsTableFiles;
import com.maturityworkbench.revision.comments.CommentsUnreadableException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mwb comments REVISION [--out DIR]}: checks the comments files beside a revision (its {@code comments} folder:
 * CSV or XLSX), prints every problem (a reference that resolves to nothing, a disposition that is none of the four)
 * and the counts per disposition, and with {@code --out} writes the 征求意见汇总处理表. Exit 0 without problems, 1 with,
 * 2 when the revision or a comments file cannot be used.
 */
@Command(name = "comments")
final class CommentsCommand implements MwbSubcommand {
	@Mixin
	HelpOption help;

	@Parameters(paramLabel = "REVISION", arity = "1", descriptionKey = "comments.revision")
	String revisionArg;

	@Option(names = "--out", paramLabel = "DIR", descriptionKey = "comments.out")
	String outDir;

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		List<SourceText> sources = RevisionFiles.readModel(revisionArg);
		WorkspaceRevision revision = context.workspaces().revisionOf(revisionArg, sources);
		try {
			revision.requireUsable();
		} catch (RevisionRefusedException refused) {
			refused.errors().stream().limit(ScoreCommand.MAX_ERRORS).forEach(f -> context.err().println(f.toLine()));
			context.problem(CliMessages.M.text("refused.see-validate", refused.getMessage(), revisionArg));
			return ExitCode.ERRORS;
		}
		CommentRound round = read(revision, RevisionFolder.of(revisionArg));
		if (round == null) {
			throw new UnusableInputException(CliMessages.M.text("comments.none", RevisionFolder.of(revisionArg).resolve(CommentColumns.FOLDER)));
		}
		for (CommentProblem p : round.problems()) {
			context.out().println(p.toLine());
		}
		context.out().println(round.summary());
		if (outDir != null) {
			Map<String, byte[]> files = CommentsTableFiles.render(revision.revision(), round);
			try {
				for (Path p : CommentsTableFiles.write(Path.of(outDir), files)) {
					context.out().println(CliMessages.M.text("comments.wrote", p, files.get(p.getFileName().toString()).length));
				}
			} catch (IOException | RuntimeException e) {
				throw new UnusableInputException(CliMessages.M.text("comments.write-failed", outDir, e.getMessage()));
			}
		}
		return round.problems().isEmpty() ? ExitCode.OK : ExitCode.ERRORS;
	}

	/**
	 * The comments on a revision from the comments folder of its folder, each file reported under the path as given;
	 * null when the folder has none.
	 */
	static CommentRound read(WorkspaceRevision revision, Path folder) throws UnusableInputException {
		try {
			List<Path> files = CommentRound.filesBeside(folder);
			if (files.isEmpty()) {
				return null;
			}
			List<String> labels = new ArrayList<>();
			files.forEach(f -> labels.add(f.toString()));
			return CommentRound.read(revision.revision(), files, labels);
		} catch (CommentsUnreadableException e) {
			throw new UnusableInputException(e.getMessage());
		}
	}
}
