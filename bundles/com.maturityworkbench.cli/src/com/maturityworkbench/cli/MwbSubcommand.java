package com.maturityworkbench.cli;

import com.maturityworkbench.dsl.workspace.UnusableInputException;

/** A command of mwb, its arguments filled in by the parser: it runs through the services and prints. */
interface MwbSubcommand {
	/** @throws UnusableInputException printed as it is, exit code {@link ExitCode#UNUSABLE_INPUT} */
	ExitCode run(CommandContext context) throws UnusableInputException;
}
