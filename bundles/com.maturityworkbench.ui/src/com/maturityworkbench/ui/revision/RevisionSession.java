package com.maturityworkbench.ui.revision;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.workspace.RevisionWorkspace;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.ui.LanguageServices;
import com.maturityworkbench.ui.revision.RevisionSnapshot.SnapshotFile;

/**
 * The open files of one revision folder and their checks. Every change to any open file re-checks the whole
 * revision (requirement rows find their weights by name, so a weight edit changes the findings of other files) after
 * a short pause in typing, on a worker thread, with the unsaved texts of all open files; each open editor then shows
 * the result, unless its text changed meanwhile (a newer check follows). A check of saved files also replaces the
 * Problems view's markers of every file of the revision. Loading and checking are the language's revision
 * workspace service's ({@link RevisionWorkspaceService}, the pipeline of the command line): the session keeps the
 * folder's saved files as one workspace and passes the open editors' texts by {@link RevisionWorkspace#withText}.
 *
 * <p>Attach, detach and the change notifications are called on the UI thread.
 */
public final class RevisionSession {
	/** The pause after the last keystroke before the revision is checked. */
	public static final int DEBOUNCE_MS = 100;

	private record DocumentState(String text, long stamp) {
	}

	private final Path folder;
	private final Display display;
	private final RevisionWorkspaceService service = LanguageServices.get(RevisionWorkspaceService.class);
	private final OperationCanceledManager cancellation = LanguageServices.get(OperationCanceledManager.class);
	private final List<OpenRevisionFile> open = new ArrayList<>();
	private final ExecutorService worker;
	private final AtomicLong generation = new AtomicLong();
	private final Runnable startCheck = this::startCheck;
	private volatile RevisionSnapshot latest;
	/** The folder's saved files, as last read (worker thread; read again after a save). */
	private RevisionWorkspace saved;
	/** The workspace of the last check or parse: saved files with the open files' texts (any thread, immutable). */
	private volatile RevisionWorkspace current;
	private volatile long completedChecks;
	private final List<Long> checkNanos = new ArrayList<>();
	private final List<Long> checkCpuNanos = new ArrayList<>();

	RevisionSession(Path folder, Display display) {
		this.folder = folder;
		this.display = display;
		this.worker = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "mwb revision check " + folder.getFileName());
			t.setDaemon(true);
			return t;
		});
	}

	public Path folder() {
		return folder;
	}

	/** The last snapshot checked (any thread). */
	public RevisionSnapshot latest() {
		return latest;
	}

	/** The worker-thread time of every completed check: checking the revision and preparing the open editors. */
	public List<Long> checkNanos() {
		synchronized (checkNanos) {
			return List.copyOf(checkNanos);
		}
	}

	/**
	 * The worker thread's CPU time of every completed check (the same span as {@link #checkNanos()}; on a loaded
	 * machine the wall time is mostly waiting for a core).
	 */
	public List<Long> checkCpuNanos() {
		synchronized (checkNanos) {
			return List.copyOf(checkCpuNanos);
		}
	}

	/** How many checks have completed (for tests and figures). */
	public long completedChecks() {
		return completedChecks;
	}

	public void attach(OpenRevisionFile file) {
		open.add(file);
		checkSoon(0);
	}

	public void detach(OpenRevisionFile file) {
		open.remove(file);
		if (open.isEmpty()) {
			RevisionSessions.closed(this);
			generation.incrementAndGet();
			worker.shutdown();
		}
	}

	/** An open file's text changed: check the revision once typing pauses. */
	public void changed() {
		checkSoon(DEBOUNCE_MS);
	}

	/** An open file was saved: check now, which also refreshes the markers once no file has unsaved changes. */
	public void saved() {
		checkSoon(0);
	}

	/**
	 * Loads the revision with {@code text} for {@code file} (and the other open files' texts) without checking it:
	 * for content assist on a text no check has seen yet. UI thread.
	 */
	public RevisionSnapshot parseWith(Path file, String text) {
		Map<Path, String> texts = new HashMap<>();
		for (OpenRevisionFile f : open) {
			texts.put(f.path(), f.document().get());
		}
		texts.put(file, text);
		RevisionWorkspace workspace = withTexts(current, texts); // not checked: findings are computed on demand only
		List<SnapshotFile> files = new ArrayList<>();
		for (SourceText source : workspace.sources()) {
			workspace.groupOf(source.absolutePath()).flatMap(g -> g.loaded().files().stream()
					.filter(f -> f.source() == source).findFirst())
					.ifPresent(f -> files.add(new SnapshotFile(Path.of(source.absolutePath()), source.text(), f.resource(), List.of())));
		}
		return new RevisionSnapshot(folder, List.copyOf(files), false);
	}

	/** The revision workspace of the last check (its revisions' scoring models, for hovers); null before the first. */
	public RevisionWorkspace workspace() {
		return current;
	}

	/**
	 * {@code base} (the saved files when null) with the open files' texts: only the files whose text differs are
	 * edited ({@link RevisionWorkspace#withText}), each edit re-checking the whole revision of its file.
	 */
	private RevisionWorkspace withTexts(RevisionWorkspace base, Map<Path, String> texts) {
		RevisionWorkspace saved = savedFiles();
		RevisionWorkspace workspace = base == null ? saved : base;
		Map<String, String> wanted = new LinkedHashMap<>();
		for (SourceText s : saved.sources()) {
			wanted.put(s.absolutePath(), s.text()); // a file no longer open has its saved text again
		}
		texts.forEach((path, text) -> wanted.put(path.toString(), text));
		for (Map.Entry<String, String> e : wanted.entrySet()) {
			Optional<SourceText> now = workspace.source(e.getKey());
			if (now.isEmpty() || !now.get().text().equals(e.getValue())) {
				workspace = workspace.withText(e.getKey(), e.getValue());
			}
		}
		return workspace;
	}

	private synchronized RevisionWorkspace savedFiles() {
		if (saved == null) {
			saved = service.load(RevisionFolder.read(folder));
		}
		return saved;
	}

	/** Checks the workspace and makes the snapshot the editors show: every file with its issues. */
	private RevisionSnapshot snapshot(RevisionWorkspace workspace, CancelIndicator cancel) {
		List<SnapshotFile> files = new ArrayList<>();
		for (SourceText source : workspace.sources()) {
			workspace.checkedFile(source.absolutePath(), cancel).ifPresent(f -> files.add(
					new SnapshotFile(Path.of(source.absolutePath()), source.text(), f.file().resource(), f.issues())));
		}
		return new RevisionSnapshot(folder, List.copyOf(files), true);
	}

	private void checkSoon(int delay) {
		if (!display.isDisposed()) {
			display.timerExec(delay, startCheck);
		}
	}

	private void startCheck() {
		if (open.isEmpty()) {
			return;
		}
		Map<OpenRevisionFile, DocumentState> states = new LinkedHashMap<>();
		Map<Path, String> texts = new HashMap<>();
		boolean saved = true;
		for (OpenRevisionFile f : open) {
			DocumentState state = new DocumentState(f.document().get(), stamp(f.document()));
			states.put(f, state);
			texts.put(f.path(), state.text());
			saved &= !f.isDirty();
		}
		long run = generation.incrementAndGet();
		boolean markers = saved;
		worker.execute(() -> check(run, states, texts, markers));
	}

	private void check(long run, Map<OpenRevisionFile, DocumentState> states, Map<Path, String> texts, boolean markers) {
		CancelIndicator cancel = () -> generation.get() != run;
		long start = System.nanoTime();
		long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		try {
			if (markers) {
				synchronized (this) {
					saved = null; // read the saved files again: they are what the markers show
				}
			}
			RevisionWorkspace workspace = withTexts(markers ? null : current, texts);
			RevisionSnapshot snapshot = snapshot(workspace, cancel);
			if (cancel.isCanceled()) {
				return;
			}
			current = workspace;
			latest = snapshot;
			Map<OpenRevisionFile, Runnable> shows = new LinkedHashMap<>();
			for (OpenRevisionFile f : states.keySet()) {
				snapshot.file(f.path()).ifPresent(file -> shows.put(f, f.prepare(snapshot, file, cancel)));
			}
			if (cancel.isCanceled()) {
				return;
			}
			if (markers) {
				FindingMarkers.replace(snapshot);
			}
			synchronized (checkNanos) {
				checkNanos.add(System.nanoTime() - start);
				checkCpuNanos.add(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart);
			}
			display.asyncExec(() -> {
				shows.forEach((f, show) -> {
					if (open.contains(f) && stamp(f.document()) == states.get(f).stamp()) {
						show.run();
					}
				});
				completedChecks++;
				if (!open.isEmpty()) {
					RevisionSessions.checked(this, snapshot);
				}
			});
		} catch (RuntimeException | OperationCanceledError e) {
			if (!cancellation.isOperationCanceledException(e)) {
				ILog.of(RevisionSession.class).log(Status.error("revision check of " + folder + " failed", e));
			}
		}
	}

	private static long stamp(IDocument document) {
		return ((IDocumentExtension4) document).getModificationStamp();
	}
}
