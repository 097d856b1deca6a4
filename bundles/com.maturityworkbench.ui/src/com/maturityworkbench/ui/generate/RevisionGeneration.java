package com.maturityworkbench.ui.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.generator.GeneratedTree;
import com.maturityworkbench.generator.GenerationException;
import com.maturityworkbench.generator.Generator;
import com.maturityworkbench.ui.LanguageServices;
import com.maturityworkbench.ui.UiTexts;

/**
 * Generation of a revision folder, as {@code mwb generate FOLDER --out OUT} does it (the workspace service's revision
 * and validity rule, the injected {@link Generator}, the generated tree written atomically), with the unsaved texts
 * of its open editors in place of their files, reporting the generator's steps to the progress monitor. Run it in a
 * progress dialog; then {@link #result()} holds what was written, or {@link #failure()} why nothing was (in the
 * current language).
 */
public final class RevisionGeneration implements IRunnableWithProgress {
	/** What a generation wrote: the files, and the generated HTML documentation among them. */
	public record Result(Path out, List<Path> written, Optional<Path> documentation) {
	}

	private final Path folder;
	private final Map<Path, String> unsaved;
	private final Path out;
	private volatile Result result;
	private volatile String failure;

	/** @param unsaved the texts of open editors by absolute, normalised path */
	public RevisionGeneration(Path folder, Map<Path, String> unsaved, Path out) {
		this.folder = folder.toAbsolutePath().normalize();
		this.unsaved = Map.copyOf(unsaved);
		this.out = out.toAbsolutePath().normalize();
	}

	@Override
	public void run(IProgressMonitor monitor) {
		monitor.beginTask(UiTexts.text("generate.task", folder.getFileName(), out), IProgressMonitor.UNKNOWN);
		try {
			monitor.subTask(UiTexts.text("generate.step.check"));
			WorkspaceRevision revision = load(folder, unsaved);
			revision.requireUsable();
			List<Finding> findings = revision.findings();
			GeneratedTree tree = LanguageServices.get(Generator.class).generate(revision.revision(), findings, monitor::subTask);
			monitor.subTask(UiTexts.text("generate.step.write", out));
			List<Path> written = tree.writeTo(out);
			Optional<Path> documentation = tree.files().keySet().stream().filter(p -> p.startsWith("docs/") && p.endsWith(".html"))
					.findFirst().map(out::resolve);
			result = new Result(out, written, documentation);
		} catch (RevisionRefusedException e) {
			failure = UiTexts.text("generate.refused", e.getMessage(), errors(e.errors()));
		} catch (UnusableInputException | GenerationException e) {
			failure = UiTexts.text("generate.failed", e.getMessage());
		} catch (IOException | RuntimeException e) {
			failure = UiTexts.text("generate.write-failed", out, e.getMessage() == null ? e.toString() : e.getMessage());
		} finally {
			monitor.done();
		}
	}

	/**
	 * The revision of a folder through the workspace service: its files as read from the folder, the open editors'
	 * texts (by absolute, normalised path) in place of theirs.
	 */
	public static WorkspaceRevision load(Path folder, Map<Path, String> unsaved) throws UnusableInputException {
		return LanguageServices.get(RevisionWorkspaceService.class).revisionOf(folder.toString(), sources(folder, unsaved));
	}

	private static List<SourceText> sources(Path folder, Map<Path, String> unsaved) throws UnusableInputException {
		List<SourceText> sources = new ArrayList<>();
		for (SourceText read : RevisionFiles.readModel(folder.toString())) {
			String text = unsaved.get(Path.of(read.absolutePath()).toAbsolutePath().normalize());
			sources.add(text == null ? read : new SourceText(read.label(), read.absolutePath(), text));
		}
		return sources;
	}

	/** The first errors as {@code mwb validate} prints them, one a line. */
	public static String errors(List<Finding> errors) {
		StringBuilder lines = new StringBuilder();
		errors.stream().limit(10).forEach(f -> lines.append('\n').append(f.toLine()));
		if (errors.size() > 10) {
			lines.append('\n').append(UiTexts.text("generate.more-errors", errors.size() - 10));
		}
		return lines.toString();
	}

	/** What was written; null before the run or when nothing was. */
	public Result result() {
		return result;
	}

	/** Why nothing was written; null when it was. */
	public String failure() {
		return failure;
	}
}
