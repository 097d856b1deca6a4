package com.maturityworkbench.cli;

import java.io.PrintStream;

/** Dispatches the sub-commands of mwb. */
public final class MwbCommand {
	private final PrintStream out;
	private final PrintStream err;

	public MwbCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String[] args) {
		out.println("mwb");
		return 0;
	}
}
