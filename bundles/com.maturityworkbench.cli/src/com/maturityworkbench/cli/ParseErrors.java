package com.maturityworkbench.cli;

import java.util.Arrays;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What the parser could not accept, said in the current language: an unknown command or option (with the closest
 * name when there is one, picocli's suggestion), a missing or extra argument (with the command's synopsis), a bad
 * option value (the reason its converter gives).
 */
final class ParseErrors {
	private ParseErrors() {
	}

	/** The lines to print on stderr (each gets the {@code mwb: } prefix or is a usage line). */
	static List<String> describe(ParameterException e, String[] args) {
		CommandLine where = e.getCommandLine();
		String command = where.getCommandSpec().qualifiedName(" ");
		String name = where.getCommandName();
		if (e instanceof UnmatchedArgumentException u) {
			String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
			List<String> suggestions = u.getSuggestions();
			if (u.isUnknownOption()) {
				String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
				return List.of(suggestions.isEmpty() ? text("parse.unknown-option", option, command)
						: text("parse.unknown-option.suggest", option, suggestions.get(0)));
			}
			if (!where.getSubcommands().isEmpty()) {
				String commands = String.join(", ", where.getSubcommands().keySet());
				return List.of(suggestions.isEmpty() ? text("parse.unknown-command", first, commands)
						: text("parse.unknown-command.suggest", first, suggestions.get(0), commands));
			}
			return List.of(text("parse.extra", name, quoted(u.getUnmatched())), usage(where));
		}
		if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
			ArgSpec missing = m.getMissing().get(0);
			if (missing instanceof OptionSpec option && Arrays.asList(args).contains(option.longestName())) {
				return List.of(text("parse.needs-value", option.longestName(), option.paramLabel()), usage(where));
			}
			return List.of(text("parse.missing", name, String.join(" ", m.getMissing().stream().map(ParseErrors::label).toList())),
					usage(where));
		}
		if (e instanceof OverwrittenOptionException o) {
			return List.of(text("parse.twice", name(o.getOverwritten())));
		}
		if (e.getCause() instanceof TypeConversionException reason && e.getArgSpec() != null) {
			return List.of(text("parse.bad-value", name(e.getArgSpec()), reason.getMessage()));
		}
		return List.of(text("parse.other", name, e.getMessage()), usage(where));
	}

	private static String text(String key, Object... args) {
		return "mwb: " + CliMessages.M.text(key, args);
	}

	private static String usage(CommandLine where) {
		return CliMessages.M.text("parse.usage", where.getHelp().synopsis(0).strip().replaceAll("\\s+", " "));
	}

	/** {@code --out DIR}, {@code ASSESSMENT}. */
	private static String label(ArgSpec spec) {
		return spec instanceof OptionSpec o ? o.longestName() + " " + o.paramLabel() : spec.paramLabel();
	}

	private static String name(ArgSpec spec) {
		return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
	}

	private static String quoted(List<String> words) {
		return String.join(" ", words.stream().map(w -> CliMessages.M.text("parse.quoted", w)).toList());
	}
}
