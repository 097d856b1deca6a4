package com.maturityworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionChecker;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.generator.GeneratedTree;
import com.maturityworkbench.generator.GenerationException;
import com.maturityworkbench.generator.GenerationRefused;
import com.maturityworkbench.generator.Generator;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.semantics.Revision;

/**
 * {@code mwb generate MODEL --out DIR}: validates the revision (MODEL is one of its files — the other files of its
 * folder are read with it — or the folder holding it), refuses it with its findings when there is an error (exit 1,
 * nothing written), otherwise generates every artifact and writes them atomically into DIR (exit 0). Unusable input
 * or output folder: exit 2.
 */
final class GenerateCommand {
	private final PrintStream out;
	private final PrintStream err;

	GenerateCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(Options options) throws InputProblem {
		if (options.paths().size() != 1) {
			throw new InputProblem("generate takes one MODEL, a revision's file or the folder holding its files (got " + options.paths().size() + ")");
		}
		String outDir = options.values().get("out");
		if (outDir == null || outDir.isBlank()) {
			throw new InputProblem("generate needs --out DIR, the folder to write into");
		}
		Path model = Path.of(options.paths().get(0));
		Path dir = Path.of(outDir);
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new InputProblem(outDir + ": exists and is not a folder");
		}
		boolean singleFile = Files.isRegularFile(model);
		List<SourceText> sources = singleFile ? withSiblings(model) : Workspace.read(List.of(model.toString()));
		LoadedRevision loaded = Workspace.load(sources);
		Revision revision = pick(model, singleFile, loaded);
		Set<String> labels = new HashSet<>();
		for (LoadedRevision.LoadedFile f : loaded.files()) {
			if (f.model() != null && revision.files().contains(f.model())) {
				labels.add(f.source().label());
			}
		}
		List<Finding> findings = Workspace.injector().getInstance(RevisionChecker.class).check(loaded).stream()
				.filter(f -> labels.contains(f.file())).toList();
		GeneratedTree tree;
		try {
			tree = Workspace.injector().getInstance(Generator.class).generate(revision, findings, step -> err.println("mwb: " + step + " ..."));
		} catch (GenerationRefused refused) {
			for (Finding f : refused.findings()) {
				out.println(f.toLine());
			}
			out.println(ValidateCommand.summary(refused.findings(), labels.size()));
			err.println("mwb: not generated: " + refused.getMessage());
			return MwbCommand.FINDINGS;
		} catch (GenerationException e) {
			throw new InputProblem("cannot generate: " + e.getMessage());
		}
		List<Path> written;
		try {
			written = tree.writeTo(dir);
		} catch (GenerationException e) {
			throw new InputProblem(e.getMessage());
		} catch (IOException | RuntimeException e) {
			throw new InputProblem("cannot write into " + outDir + " (" + e + "); it was left as it was");
		}
		for (Path p : written) {
			byte[] content = tree.file(dir.toAbsolutePath().normalize().relativize(p).toString().replace('\\', '/'));
			out.println("wrote " + dir.resolve(dir.toAbsolutePath().normalize().relativize(p)) + " (" + size(content == null ? 0 : content.length) + ")");
		}
		long warnings = findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
		long infos = findings.stream().filter(f -> f.severity() == Finding.Severity.INFO).count();
		String code = revision.standard().getCode();
		String status = revision.isFinal() ? "final" : "draft";
		out.println(String.format(Locale.ROOT, "generated %s (%s, %s) into %s: %d files, %d sectors, %d clauses; %d warnings and %d info carried into the documentation",
				revision.name(), code, status, outDir, written.size(), revision.sectors().size(), clauseCount(revision), warnings, infos));
		return MwbCommand.OK;
	}

	/** The given file and every other revision file of its folder (a revision is the files of one folder). */
	private static List<SourceText> withSiblings(Path file) throws InputProblem {
		Path folder = file.toAbsolutePath().getParent();
		List<SourceText> sources = new ArrayList<>(Workspace.read(List.of(file.toString())));
		Path own = file.toAbsolutePath().normalize();
		for (SourceText s : Workspace.read(List.of(folder.toString()))) {
			if (!Path.of(s.absolutePath()).normalize().equals(own)) {
				sources.add(s);
			}
		}
		return sources;
	}

	private static Revision pick(Path model, boolean singleFile, LoadedRevision loaded) throws InputProblem {
		List<Revision> revisions = Workspace.revisions(loaded);
		if (singleFile) {
			Model own = loaded.files().get(0).model();
			for (Revision r : revisions) {
				if (own != null && r.files().contains(own)) {
					return r;
				}
			}
			throw new InputProblem(model + ": not a revision file (no standard or part-of line)");
		}
		if (revisions.size() != 1) {
			throw new InputProblem(model + ": holds " + revisions.size() + " revisions (" + String.join(", ", revisions.stream().map(Revision::name).toList())
					+ "); name one of their files");
		}
		return revisions.get(0);
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
		return bytes < 1024 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
	}
}
