package com.maturityworkbench.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} of every command. */
final class HelpOption {
	@Option(names = { "-h", "--help" }, usageHelp = true, descriptionKey = "help")
	boolean help;
}
