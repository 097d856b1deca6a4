package com.maturityworkbench.cli;

import java.util.List;

import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.dsl.workspace.RevisionWorkspace;
import com.maturityworkbench.dsl.workspace.UnusableInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mwb validate PATH... [--format text|json]}: every finding on a line of its own, then a summary. */
@Command(name = "validate")
final class ValidateCommand implements MwbSubcommand {
	@Mixin
	HelpOption help;

	@Mixin
	ListingArguments arguments;

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		List<SourceText> sources = RevisionFiles.read(arguments.paths); // before the language is set up: unusable files first
		RevisionWorkspace workspace = context.workspaces().load(sources);
		List<Finding> findings = workspace.findings();
		if (arguments.json()) {
			context.out().println(FindingsOutput.json(findings));
		} else {
			for (Finding f : findings) {
				context.out().println(f.toLine());
			}
			context.out().println(FindingsOutput.summary(findings, workspace.sources().size()));
		}
		return workspace.hasErrors() ? ExitCode.ERRORS : ExitCode.OK;
	}
}
