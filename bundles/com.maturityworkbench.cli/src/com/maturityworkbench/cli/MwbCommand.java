package com.maturityworkbench.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.scoring.i18n.Language;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The mwb command line: parses the arguments (picocli; every text from {@code messages.properties}), prints the
 * usage help or the version when asked, runs the command and maps its outcome to an {@link ExitCode}. Chinese unless
 * {@code --lang en} (or {@code -Dmwb.lang=en}) asks for English; {@code --lang} holds for one run.
 */
@Command(name = "mwb", mixinStandardHelpOptions = true, subcommands = { ValidateCommand.class, StatsCommand.class, BenchCommand.class, FuzzCommand.class,
		ScoreCommand.class, ReportCommand.class, GenerateCommand.class, DiffCommand.class, SimulateCommand.class, MigrateCommand.class, CommentsCommand.class,
		ImportDocxCommand.class, FixCommand.class, LspCommand.class })
public final class MwbCommand {
	@Option(names = LanguageOption.NAME, paramLabel = "zh|en", scope = ScopeType.INHERIT, descriptionKey = "lang")
	Language language;

	private final InputStream in;
	private final PrintStream out;
	private final PrintStream err;

	public MwbCommand(PrintStream out, PrintStream err) {
		this(System.in, out, err);
	}

	/** @param in what {@code mwb lsp} reads the client's messages from (stdin) */
	public MwbCommand(InputStream in, PrintStream out, PrintStream err) {
		this.in = in;
		this.out = out;
		this.err = err;
	}

	/** Runs mwb with these arguments; returns the exit code (see {@link ExitCode}). */
	public int run(String[] args) {
		Language before = Language.current();
		Language requested = LanguageOption.requested(args);
		if (requested != null) {
			Language.set(requested);
		}
		try {
			return execute(args).code();
		} catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
			err.println("mwb: " + CliMessages.M.text("internal-error", String.valueOf(e).replace('\n', ' ')));
			return ExitCode.INTERNAL_ERROR.code();
		} finally {
			out.flush();
			err.flush();
			Language.set(before);
		}
	}

	private ExitCode execute(String[] args) {
		CommandLine commandLine = commandLine();
		ParseResult parsed;
		try {
			parsed = commandLine.parseArgs(args);
		} catch (ParameterException e) {
			ParseErrors.describe(e, args).forEach(err::println);
			return ExitCode.UNUSABLE_INPUT;
		}
		ParseResult leaf = parsed;
		for (ParseResult r = parsed; r != null; r = r.subcommand()) {
			if (r.isUsageHelpRequested()) {
				out.print(usage(commandLine, r.commandSpec().commandLine()));
				return ExitCode.OK;
			}
			if (r.isVersionHelpRequested()) {
				VersionInfo.lines().forEach(out::println);
				return ExitCode.OK;
			}
			leaf = r;
		}
		if (!(leaf.commandSpec().userObject() instanceof MwbSubcommand command)) {
			err.print(usage(commandLine, commandLine));
			return ExitCode.UNUSABLE_INPUT;
		}
		CommandContext context = new CommandContext(in, out, err);
		try {
			return command.run(context);
		} catch (UnusableInputException e) {
			context.problem(e.getMessage());
			return ExitCode.UNUSABLE_INPUT;
		}
	}

	/** The parser for one run (the texts of the usage help are added only when it is shown). */
	private CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(this);
		commandLine.registerConverter(Language.class, new LanguageOption());
		commandLine.registerConverter(Choice.ListingFormat.class, new Choice<>(Choice.ListingFormat.class));
		commandLine.registerConverter(Choice.ReportFormat.class, new Choice<>(Choice.ReportFormat.class));
		commandLine.registerConverter(Choice.OnOff.class, new Choice<>(Choice.OnOff.class));
		commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
		return commandLine;
	}

	/** The usage help of {@code command} (mwb or one of its commands) in the current language, exit codes listed. */
	private static String usage(CommandLine mwb, CommandLine command) {
		mwb.setResourceBundle(CliMessages.usageBundle());
		mwb.setUsageHelpAutoWidth(true); // the terminal's width when picocli can tell, else 80 columns
		Map<String, String> exitCodes = new LinkedHashMap<>();
		for (ExitCode code : ExitCode.values()) {
			exitCodes.merge(Integer.toString(code.code()), CliMessages.M.text("exit." + code.name().toLowerCase(Locale.ROOT).replace('_', '-')),
					(a, b) -> a + "%n" + b); // 1: errors found; for mwb diff, the revisions differ
		}
		mwb.getCommandSpec().usageMessage().exitCodeListHeading(CliMessages.M.text("usage.exit-codes")).exitCodeList(exitCodes);
		return command.getUsageMessage(Help.Ansi.OFF);
	}
}
