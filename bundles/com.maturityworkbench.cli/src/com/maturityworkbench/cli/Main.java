package com.maturityworkbench.cli;

/**
 * Entry point of the mwb command line (one process per run): the language's injector is started in the background
 * at once ({@link LanguageServices#prepareFor}), then the arguments are parsed and the command runs.
 */
public final class Main {
	private Main() {
	}

	public static void main(String[] args) {
		LanguageServices.prepareFor(args);
		System.exit(new MwbCommand(System.out, System.err).run(args));
	}
}
