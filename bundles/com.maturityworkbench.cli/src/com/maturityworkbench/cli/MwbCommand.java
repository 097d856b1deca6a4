package com.maturityworkbench.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Dispatches the sub-commands of mwb and maps their outcome to exit codes: 0 ok, 1 errors found, 2 unusable input. */
public final class MwbCommand {
	public static final int OK = 0;
	public static final int FINDINGS = 1;
	public static final int UNUSABLE = 2;

	private final PrintStream out;
	private final PrintStream err;

	public MwbCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String[] args) {
		if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
			out.print(usage());
			return args.length == 0 ? UNUSABLE : OK;
		}
		List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
		try {
			Options options = Options.parse(rest);
			return switch (args[0]) {
			case "validate" -> new ValidateCommand(out, err).run(options);
			case "stats" -> new StatsCommand(out, err).run(options);
			case "bench" -> new BenchCommand(out, err).run(options);
			case "score" -> new ScoreCommand(out, err).run(options);
			case "generate" -> new GenerateCommand(out, err).run(options);
			default -> {
				err.println("mwb: unknown command '" + args[0] + "'");
				err.print(usage());
				yield UNUSABLE;
			}
			};
		} catch (InputProblem e) {
			err.println("mwb: " + e.getMessage());
			return UNUSABLE;
		} catch (RuntimeException e) {
			err.println("mwb: internal error: " + e);
			return UNUSABLE;
		}
	}

	static String usage() {
		return """
				usage: mwb <command> [options] PATH...
				  validate PATH... [--format text|json]   check revision files (folders: every *.maturity inside)
				  stats PATH... [--format text|json]      sizes of every table: subdomains, weight sums, clauses per level
				  bench PATH [--rounds N]                 time parse + validate of a revision (warm median)
				  bench PATH --scoring SECTOR [--rounds N] scoring throughput: generic engine and compiled (generated) scorer
				  score MODEL ASSESSMENT [--format text|json|html] [--progressive on|off]
				                                          score an assessment (.json single or composite, .csv, .xlsx)
				  generate MODEL --out DIR                model.json, JSON Schema, templates, docs, scoring code and jar of a revision
				exit codes: 0 no errors, 1 errors found, 2 unusable input
				""";
	}
}
