package com.maturityworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.generator.GeneratedTree;
import com.maturityworkbench.generator.GenerationException;
import com.maturityworkbench.generator.GenerationRefused;
import com.maturityworkbench.generator.Generator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mwb generate MODEL --out DIR}: takes the revision MODEL names (one of its files — the other files of its
 * folder are read with it — or the folder holding it), refuses it with its findings when it is not usable (exit 1,
 * nothing written), otherwise generates every artifact and writes them atomically into DIR (exit 0). Unusable input
 * or output folder: exit 2.
 */
@Command(name = "generate")
final class GenerateCommand implements MwbSubcommand {
	@Mixin
	HelpOption help;

	@Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "generate.out")
	String outDir;

	@Option(names = "--force", descriptionKey = "generate.force")
	boolean force;

	@Parameters(paramLabel = "MODEL", arity = "1", descriptionKey = "model")
	String modelArg;

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		PrintStream out = context.out();
		Path dir = Path.of(outDir);
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new UnusableInputException(CliMessages.M.text("generate.out-not-folder", outDir));
		}
		List<SourceText> sources = RevisionFiles.readModel(modelArg); // before the language is set up: unusable files first
		refuseInsideModel(dir, sources);
		WorkspaceRevision workspaceRevision = context.workspaces().revisionOf(modelArg, sources);
		List<Finding> findings = workspaceRevision.findings();
		Revision revision = workspaceRevision.revision();
		try {
			workspaceRevision.requireUsable();
		} catch (RevisionRefusedException refused) {
			return refuse(context, findings, workspaceRevision.sources().size(), refused.getMessage());
		}
		GeneratedTree tree;
		try {
			tree = LanguageServices.injector().getInstance(Generator.class).generate(revision, findings, step -> context.err().println("mwb: " + step + " ..."));
		} catch (GenerationRefused refused) {
			return refuse(context, refused.findings(), workspaceRevision.sources().size(), refused.getMessage());
		} catch (GenerationException e) {
			throw new UnusableInputException(CliMessages.M.text("generate.failed", e.getMessage()));
		}
		List<Path> written;
		try {
			written = tree.writeTo(dir, force, entry -> {
			}, GeneratedTree.FileSink.DISK);
		} catch (GenerationException e) {
			throw new UnusableInputException(e.getMessage());
		} catch (IOException | RuntimeException e) {
			throw new UnusableInputException(CliMessages.M.text("generate.write-failed", outDir, reason(e)));
		}
		for (Path p : written) {
			Path relative = dir.toAbsolutePath().normalize().relativize(p);
			byte[] content = tree.file(relative.toString().replace('\\', '/'));
			out.println(CliMessages.M.text("generate.wrote", dir.resolve(relative), size(content == null ? 0 : content.length)));
		}
		long warnings = findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
		long infos = findings.stream().filter(f -> f.severity() == Finding.Severity.INFO).count();
		out.println(CliMessages.M.text("generate.done", revision.name(), revision.standard().getCode(), revision.isFinal() ? "final" : "draft",
				outDir, written.size(), revision.sectors().size(), clauseCount(revision), warnings, infos));
		return ExitCode.OK;
	}

	/**
	 * The output folder may not be the revision's folder or inside it: the generated files would be read as part of
	 * the revision's folder (and a later run would replace files beside the revision's own). Symbolic links are
	 * resolved as far as the path exists.
	 */
	private void refuseInsideModel(Path dir, List<SourceText> sources) throws UnusableInputException {
		Path modelFolder = realPath(Path.of(sources.get(0).absolutePath()).getParent());
		Path out = realPath(dir.toAbsolutePath().normalize());
		if (out.startsWith(modelFolder)) {
			throw new UnusableInputException(CliMessages.M.text("generate.out-inside-model", outDir, modelFolder));
		}
	}

	/** The real path of the longest existing part of {@code path}, the rest appended. */
	private static Path realPath(Path path) {
		Path existing = path;
		Path rest = Path.of("");
		while (existing != null && !Files.exists(existing)) {
			rest = existing.getFileName().resolve(rest);
			existing = existing.getParent();
		}
		try {
			return existing == null ? path : existing.toRealPath().resolve(rest).normalize();
		} catch (IOException e) {
			return path;
		}
	}

	/** Why writing failed, in the user's words: no permission, the disk is full, or the system's reason. */
	private static String reason(Exception e) {
		if (e instanceof java.nio.file.AccessDeniedException denied) {
			return CliMessages.M.text("generate.no-permission", denied.getFile());
		}
		if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
			return fs.getFile() == null ? fs.getReason() : fs.getFile() + ": " + fs.getReason();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	/** The findings as {@code validate} prints them, then why nothing was generated. */
	private static ExitCode refuse(CommandContext context, List<Finding> findings, int files, String why) {
		for (Finding f : findings) {
			context.out().println(f.toLine());
		}
		context.out().println(FindingsOutput.summary(findings, files));
		context.problem(CliMessages.M.text("generate.refused", why));
		return ExitCode.ERRORS;
	}

	private static int clauseCount(Revision revision) {
		int n = 0;
		for (var t : revision.requirementTables()) {
			for (var d : t.getDomains()) {
				for (var r : d.getRows()) {
					for (var c : r.getCells()) {
						n += c.getClauses().size();
					}
				}
			}
		}
		return n;
	}

	private static String size(long bytes) {
		return bytes < 1024 ? CliMessages.M.text("size.bytes", bytes) : CliMessages.M.text("size.kilobytes", bytes / 1024.0);
	}
}
