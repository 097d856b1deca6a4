package com.maturityworkbench.dsl.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.util.CancelIndicator;

import com.maturityworkbench.dsl.analysis.CheckedFile;
import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionChecker;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.scoring.model.ModelException;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * One revision of a {@link RevisionWorkspace}: the files that name it (its head file with {@code standard <name>}
 * and its {@code part of <name>} files), parsed together in a resource set of their own so that nothing loaded
 * beside them resolves into them or out of them; its findings; its validity; its scoring model.
 * <p>
 * <b>The validity rule</b> (one rule, for scoring and for generation alike): a revision is <em>usable</em> when no
 * file of the revision itself has an error finding (syntax, references, rules, and in a {@code final} revision the
 * content findings too), it has its head file, and its scoring model can be built. Files loaded beside it that
 * belong to another revision, or to none, do not count: their errors never block it. A draft's warnings and infos
 * never block it either.
 * <p>
 * A file that names no revision (its header is missing or broken) forms a group of its own with a {@code null}
 * {@link #name()}; it is never usable. Findings are computed on first use, once; the scoring model likewise.
 */
public final class WorkspaceRevision {
	private final String name;
	private final LoadedRevision loaded;
	private final Revision revision;
	private final RevisionChecker checker;
	private List<CheckedFile> checked;
	private List<Finding> findings;
	private RevisionModel model;
	private String refusal;
	private boolean judged;

	WorkspaceRevision(String name, LoadedRevision loaded, Revision revision, RevisionChecker checker) {
		this.name = name;
		this.loaded = loaded;
		this.revision = revision;
		this.checker = checker;
	}

	/** The revision's name (of its {@code standard}); null for a file that names no revision. */
	public String name() {
		return name;
	}

	/** The revision's content, head file first. */
	public Revision revision() {
		return revision;
	}

	/** Its files as parsed, in the order they were given. */
	public LoadedRevision loaded() {
		return loaded;
	}

	/** Its files' texts, in the order they were given. */
	public List<SourceText> sources() {
		return loaded.files().stream().map(LoadedRevision.LoadedFile::source).toList();
	}

	public boolean contains(String absolutePath) {
		return loaded.files().stream().anyMatch(f -> f.source().absolutePath().equals(absolutePath));
	}

	/** The findings of its files, sorted by file, line and column. */
	public List<Finding> findings() {
		return findings(CancelIndicator.NullImpl);
	}

	/**
	 * The findings, checking the revision first if no one has yet; a cancelled check leaves nothing behind.
	 *
	 * @throws org.eclipse.xtext.service.OperationCanceledError when {@code cancel} says so before the check is done
	 */
	public synchronized List<Finding> findings(CancelIndicator cancel) {
		if (findings == null) {
			List<Finding> all = new ArrayList<>();
			for (CheckedFile file : checkedFiles(cancel)) {
				all.addAll(file.findings());
			}
			all.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column));
			findings = List.copyOf(all);
		}
		return findings;
	}

	/**
	 * Its files as checked, in the order given: each with the validator's issues (offsets, lengths, codes, data: what
	 * an editor's annotations, quick fixes and a language server need) and the same as findings. Checked once.
	 *
	 * @throws org.eclipse.xtext.service.OperationCanceledError when {@code cancel} says so before the check is done
	 */
	public synchronized List<CheckedFile> checkedFiles(CancelIndicator cancel) {
		if (checked == null) {
			checked = List.copyOf(checker.checkFiles(loaded, cancel));
		}
		return checked;
	}

	/** One of its files as checked, by absolute path. */
	public Optional<CheckedFile> checkedFile(String absolutePath, CancelIndicator cancel) {
		return checkedFiles(cancel).stream().filter(f -> f.source().absolutePath().equals(absolutePath)).findFirst();
	}

	/** The findings of one of its files (by the label it is reported under). */
	public List<Finding> findingsOf(SourceText file) {
		return findings().stream().filter(f -> f.file().equals(file.label())).toList();
	}

	public List<Finding> errors() {
		return findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
	}

	/** Whether it may be scored and generated from: see the validity rule above. */
	public boolean isUsable() {
		judge();
		return refusal == null;
	}

	/** @throws RevisionRefusedException when it is not {@linkplain #isUsable() usable}, saying why */
	public void requireUsable() throws RevisionRefusedException {
		judge();
		if (refusal != null) {
			throw new RevisionRefusedException(refusal, errors());
		}
	}

	/** Its scoring model, built once. @throws RevisionRefusedException when it is not usable */
	public RevisionModel scoringModel() throws RevisionRefusedException {
		requireUsable();
		return model;
	}

	private synchronized void judge() {
		if (judged) {
			return;
		}
		judged = true;
		int errors = errors().size();
		if (name == null) {
			refusal = WorkspaceMessages.M.text("revision.unnamed", loaded.files().get(0).source().label());
		} else if (errors > 0) {
			refusal = WorkspaceMessages.counted("revision.errors", errors, name, errors);
		} else if (revision.standard() == null) {
			refusal = WorkspaceMessages.M.text("revision.no-head", name);
		} else {
			try {
				model = ScoringModelBuilder.build(revision);
			} catch (ModelException | IllegalArgumentException e) {
				refusal = WorkspaceMessages.M.text("revision.no-model", name, e.getMessage());
			}
		}
	}
}
