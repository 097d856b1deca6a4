package com.maturityworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.ide.quickfix.HeadlessFixes;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.dsl.workspace.UnusableInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mwb fix PATH... [--code CODE…] [--dry-run]}: makes the quick fixes whose result is unambiguous
 * ({@link HeadlessFixes}), prints each fix made and each changed file as a unified diff, and writes the files (each
 * replaced at once) unless {@code --dry-run}. Then {@code mwb validate} reports what is left.
 */
@Command(name = "fix")
final class FixCommand implements MwbSubcommand {
	/** Lines of context around each change of the diff. */
	private static final int CONTEXT = 2;

	@Mixin
	HelpOption help;

	@Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "paths")
	List<String> paths;

	@Option(names = "--code", paramLabel = "CODE", arity = "1..*", descriptionKey = "fix.code")
	List<String> codes = List.of();

	@Option(names = "--dry-run", descriptionKey = "fix.dry-run")
	boolean dryRun;

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		List<SourceText> sources = RevisionFiles.read(paths); // before the language is set up: unusable files first
		HeadlessFixes fixes = LanguageServices.ideInjector().getInstance(HeadlessFixes.class);
		HeadlessFixes.Outcome outcome = fixes.fix(sources, new LinkedHashSet<>(codes));
		for (HeadlessFixes.Applied a : outcome.applied()) {
			context.out().println(CliMessages.M.text("fix.applied", a.file(), a.label(), a.code()));
		}
		for (HeadlessFixes.ChangedFile f : outcome.changed()) {
			List<String> before = List.of(f.before().text().split("\n", -1));
			List<String> after = List.of(f.after().split("\n", -1));
			String name = f.before().label();
			UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, before, DiffUtils.diff(before, after), CONTEXT).forEach(context.out()::println);
		}
		if (!dryRun) {
			for (HeadlessFixes.ChangedFile f : outcome.changed()) {
				write(Path.of(f.before().absolutePath()), f.after());
			}
		}
		context.out().println(CliMessages.M.text(dryRun ? "fix.summary.dry-run" : "fix.summary", outcome.applied().size(), outcome.changed().size()));
		return ExitCode.OK;
	}

	/** Replaces the file at once: the new text goes to a file beside it, which then takes its place. */
	private static void write(Path file, String text) throws UnusableInputException {
		try {
			Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".mwb-fix-", ".tmp");
			try {
				Files.writeString(temporary, text, StandardCharsets.UTF_8);
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(temporary);
			}
		} catch (IOException e) {
			throw new UnusableInputException(CliMessages.M.text("fix.unwritable", file, e.getMessage()));
		}
	}
}
