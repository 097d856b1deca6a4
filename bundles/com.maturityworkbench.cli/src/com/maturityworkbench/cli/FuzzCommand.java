package com.maturityworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.maturityworkbench.cli.fuzz.FuzzBase;
import com.maturityworkbench.cli.fuzz.FuzzCampaign;
import com.maturityworkbench.cli.fuzz.FuzzReport;
import com.maturityworkbench.cli.fuzz.LoggedFaults;
import com.maturityworkbench.cli.fuzz.MutantCheck;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.dsl.workspace.UnusableInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mwb fuzz [PATH] [--inputs N] [--first F] [--seed S] [--full] [--compile-every K] [--documents-every K] [--threads T] [--dump DIR]}: mutates the revision
 * PATH (the shipped draft by default; made lighter unless {@code --full}, see {@link FuzzBase}) and checks the
 * invariants of {@link MutantCheck} on every mutant, in this one JVM; prints the figures and every distinct problem
 * with its first mutant. Exit 0 when every invariant held, 1 otherwise.
 */
@Command(name = "fuzz")
final class FuzzCommand implements MwbSubcommand {
	static final String DEFAULT_PATH = "dsl-examples/ys-t-digital-maturity-draft";
	private static final long HANG_MILLIS = 30_000;

	@Mixin
	HelpOption help;

	@Option(names = "--inputs", paramLabel = "N", converter = PositiveNumber.class, descriptionKey = "fuzz.inputs")
	Integer inputs;

	@Option(names = "--first", paramLabel = "F", descriptionKey = "fuzz.first")
	Integer first;

	@Option(names = "--seed", paramLabel = "S", descriptionKey = "fuzz.seed")
	Long seed;

	@Option(names = "--full", descriptionKey = "fuzz.full")
	boolean full;

	@Option(names = "--compile-every", paramLabel = "K", converter = PositiveNumber.class, descriptionKey = "fuzz.compile-every")
	Integer compileEvery;

	@Option(names = "--documents-every", paramLabel = "K", converter = PositiveNumber.class, descriptionKey = "fuzz.documents-every")
	Integer documentsEvery;

	@Option(names = "--threads", paramLabel = "T", converter = PositiveNumber.class, descriptionKey = "fuzz.threads")
	Integer threads;

	@Option(names = "--dump", paramLabel = "DIR", descriptionKey = "fuzz.dump")
	String dump;

	@Parameters(paramLabel = "PATH", arity = "0..1", descriptionKey = "fuzz.path")
	String path;

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		PrintStream out = context.out();
		String folder = path == null ? DEFAULT_PATH : path;
		List<SourceText> base = FuzzBase.of(RevisionFiles.read(List.of(folder)), full);
		FuzzCampaign.Settings settings = new FuzzCampaign.Settings(inputs == null ? 1000 : inputs, seed == null ? 1 : seed, HANG_MILLIS,
				compileEvery == null ? 500 : compileEvery, documentsEvery == null ? 20 : documentsEvery,
				threads == null ? Runtime.getRuntime().availableProcessors() : threads, first == null ? 0 : Math.max(0, first));
		out.println(CliMessages.M.text(full ? "fuzz.base.full" : "fuzz.base", folder, base.size(), settings.inputs(), settings.seed()));
		LanguageServices.injector(); // switches logging off: then the appender that counts the errors logged
		LoggedFaults.install();
		FuzzCampaign campaign = new FuzzCampaign(base, () -> LanguageServices.injector().getInstance(MutantCheck.class), settings);
		int[] shown = { 0 };
		FuzzReport report = campaign.run(r -> {
			context.err().println("mwb: " + CliMessages.M.text("fuzz.progress", r.inputs(), r.inputsPerSecond(), r.inputs() - r.clean()));
			// each new kind of problem as soon as it is found: a long campaign stopped early still tells what it found
			List<FuzzReport.Group> groups = r.groups();
			groups.subList(shown[0], groups.size()).forEach(g -> printGroup(g, context.err()));
			shown[0] = groups.size();
		});
		print(report, out);
		if (dump != null) {
			dump(campaign, report, Path.of(dump), context);
		}
		return report.clean() == report.inputs() ? ExitCode.OK : ExitCode.ERRORS;
	}

	private static void print(FuzzReport r, PrintStream out) {
		out.println(CliMessages.M.text("fuzz.speed", r.inputs(), r.elapsedMillis() / 1000.0, r.inputsPerSecond()));
		out.println(CliMessages.M.text("fuzz.clean", r.clean(), r.syntaxErrors(), r.usable(), r.documents(), r.compiled()));
		long crashKinds = r.groups().stream().filter(g -> g.kind() == MutantCheck.Kind.CRASH && !g.signature().equals("hang")).count();
		out.println(CliMessages.M.text("fuzz.crashes", r.count(MutantCheck.Kind.CRASH), crashKinds));
		out.println(CliMessages.M.text("fuzz.format", r.count(MutantCheck.Kind.FORMAT_NOT_IDEMPOTENT), r.count(MutantCheck.Kind.FORMAT_BREAKS_SYNTAX)));
		out.println(CliMessages.M.text("fuzz.usable", r.count(MutantCheck.Kind.UNFORESEEN_REFUSAL), r.count(MutantCheck.Kind.SCORE_OUT_OF_RANGE)));
		out.println(CliMessages.M.text("fuzz.slow", FuzzCampaign.SLOW_MILLIS / 1000, r.slow(), r.slowestMillis(), r.hangs()));
		long total = Math.max(1, r.stageMillis().values().stream().mapToLong(Long::longValue).sum());
		out.println(CliMessages.M.text("fuzz.stages", r.threads(), String.join(", ", r.stageMillis().entrySet().stream()
				.map(e -> String.format(java.util.Locale.ROOT, "%s %.1f s (%d %%)", e.getKey(), e.getValue() / 1000.0, e.getValue() * 100 / total)).toList())));
		for (FuzzReport.Group g : r.groups()) {
			printGroup(g, out);
		}
	}

	private static void printGroup(FuzzReport.Group g, PrintStream out) {
		out.println(CliMessages.M.text("fuzz.group", g.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), g.count(), g.first().number(),
				g.first().mutations()));
		out.println("    " + (g.problem().exception() != null ? g.signature() : g.problem().stage() + ": " + g.problem().detail())
				.replace("\n", "\n    "));
	}

	/** The first mutant of each problem, as a file to reproduce it with ({@code mwb validate} and the rest). */
	private static void dump(FuzzCampaign campaign, FuzzReport report, Path dir, CommandContext context) throws UnusableInputException {
		try {
			Files.createDirectories(dir);
			for (FuzzReport.Group g : report.groups()) {
				FuzzCampaign.Mutant m = g.first();
				Path folder = dir.resolve("mutant-" + m.number());
				Files.createDirectories(folder);
				for (SourceText s : campaign.sources(m)) {
					Files.write(folder.resolve(Path.of(s.absolutePath()).getFileName()), s.text().getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes ?
				}
			}
		} catch (IOException e) {
			throw new UnusableInputException(CliMessages.M.text("fuzz.dump-failed", dir, e.getMessage()));
		}
		context.out().println(CliMessages.M.text("fuzz.dumped", report.groups().size(), dir));
	}
}
