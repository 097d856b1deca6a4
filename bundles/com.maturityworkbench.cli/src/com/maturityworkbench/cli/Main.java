package com.maturityworkbench.cli;

/** Entry point of the mwb command line. */
public final class Main {
	private Main() {
	}

	public static void main(String[] args) {
		System.exit(new MwbCommand(System.out, System.err).run(args));
	}
}
