package com.maturityworkbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.PartKind;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.generator.DocxImport;
import com.maturityworkbench.generator.DslTables;
import com.maturityworkbench.generator.ImportedTables;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mwb import-docx FILE.docx --out DIR [--revision FOLDER]}: reads the weight and requirement tables of a Word
 * document (one written by {@code mwb generate}, or tables typed in Word in the draft's layouts) back into revision
 * files in DIR. With {@code --revision}, the document belongs to that revision: its other files (standard, rules,
 * interpretations …) are copied to DIR beside the imported tables, so that DIR is a whole revision for {@code mwb
 * diff FOLDER DIR}. DIR must be new or empty; it is written only when the whole document reads (exit 0); a bad
 * document names the table and row (exit 2).
 */
@Command(name = "import-docx")
final class ImportDocxCommand implements MwbSubcommand {
	@Mixin
	HelpOption help;

	@Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "import-docx.out")
	String outDir;

	@Option(names = "--revision", paramLabel = "FOLDER", descriptionKey = "import-docx.revision")
	String revisionArg;

	@Parameters(paramLabel = "FILE.docx", arity = "1", descriptionKey = "import-docx.file")
	String docxArg;

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		Path docx = Path.of(docxArg);
		if (!Files.isRegularFile(docx)) {
			throw new UnusableInputException(CliMessages.M.text("import-docx.no-file", docxArg));
		}
		Path dir = Path.of(outDir);
		if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
			throw new UnusableInputException(CliMessages.M.text("import-docx.out-not-empty", outDir));
		}
		Map<String, String> files = new LinkedHashMap<>();
		DocxImport.Revision names = null;
		if (revisionArg != null) {
			List<SourceText> sources = RevisionFiles.readModel(revisionArg);
			WorkspaceRevision workspaceRevision = context.workspaces().revisionOf(revisionArg, sources);
			Revision revision = workspaceRevision.revision();
			if (revision.standard() == null) {
				throw new UnusableInputException(CliMessages.M.text("import-docx.no-head", revisionArg));
			}
			names = names(revision);
			otherFiles(revision, sources, files);
		}
		ImportedTables tables;
		try (InputStream in = Files.newInputStream(docx)) {
			tables = DocxImport.read(in, names);
		} catch (DocxImport.ImportException e) {
			throw new UnusableInputException(docxArg + ": " + e.getMessage());
		} catch (IOException e) {
			throw new UnusableInputException(CliMessages.M.text("import-docx.no-file", docxArg));
		}
		Map<String, String> imported = DslTables.render(tables, docx.getFileName().toString());
		for (String name : imported.keySet()) {
			files.remove(name);
		}
		files.putAll(imported);
		try {
			write(dir, files);
		} catch (IOException e) {
			throw new UnusableInputException(CliMessages.M.text("generate.write-failed", outDir, e));
		}
		files.keySet().forEach(name -> context.out().println(CliMessages.M.text("import-docx.wrote", dir.resolve(name))));
		int clauses = tables.requirements().stream().mapToInt(ImportedTables.Requirements::clauseCount).sum();
		context.out().println(CliMessages.M.text("import-docx.done", docxArg, tables.weights().size(), tables.requirements().size(), clauses, outDir));
		return ExitCode.OK;
	}

	private static DocxImport.Revision names(Revision revision) {
		String common = null;
		String sector = null;
		for (Part p : revision.parts()) {
			if (p.getKind() == PartKind.COMMON && common == null) {
				common = p.getName();
			} else if (p.getKind() == PartKind.SECTOR && sector == null) {
				sector = p.getName();
			}
		}
		return new DocxImport.Revision(revision.standard().getName(), common, sector, revision.sectors().stream().map(Sector::getName).toList());
	}

	/** The revision's files that declare no weight or requirement table, by their file names. */
	private static void otherFiles(Revision revision, List<SourceText> sources, Map<String, String> files) {
		for (Model model : revision.files()) {
			boolean tables = model.getMembers().stream().anyMatch(m -> m instanceof WeightTable || m instanceof RequirementTable);
			if (tables || model.eResource() == null) {
				continue;
			}
			String path = model.eResource().getURI().isFile() ? model.eResource().getURI().toFileString() : null;
			for (SourceText s : sources) {
				if (path != null && Path.of(s.absolutePath()).equals(Path.of(path))) {
					files.put(Path.of(s.absolutePath()).getFileName().toString(), s.text());
				}
			}
		}
	}

	private static boolean isEmpty(Path dir) {
		try (var entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			return false;
		}
	}

	/** Into a sibling folder first, then moved: DIR is never half written. */
	private static void write(Path dir, Map<String, String> files) throws IOException {
		Path parent = dir.toAbsolutePath().normalize().getParent();
		Files.createDirectories(parent);
		Path scratch = Files.createTempDirectory(parent, ".mwb-import-");
		for (Map.Entry<String, String> e : files.entrySet()) {
			Files.writeString(scratch.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
		}
		if (Files.isDirectory(dir)) {
			Files.delete(dir);
		}
		Files.move(scratch, dir);
	}
}
