package com.maturityworkbench.ui.revision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import com.maturityworkbench.ui.LanguageServices;

/**
 * The open files of one revision folder and their checks. Every change to any open file re-checks the whole
 * revision (requirement rows find their weights by name, so a weight edit changes the findings of other files) after
 * a short pause in typing, on a worker thread, with the unsaved texts of all open files; each open editor then shows
 * the result, unless its text changed meanwhile (a newer check follows). A check of saved files also replaces the
 * Problems view's markers of every file of the revision.
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
	private final RevisionCheck check = LanguageServices.get(RevisionCheck.class);
	private final OperationCanceledManager cancellation = LanguageServices.get(OperationCanceledManager.class);
	private final List<OpenRevisionFile> open = new ArrayList<>();
	private final ExecutorService worker;
	private final AtomicLong generation = new AtomicLong();
	private final Runnable startCheck = this::startCheck;
	private volatile RevisionSnapshot latest;
	private volatile long completedChecks;
	private final List<Long> checkNanos = new ArrayList<>();

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
		return check.parse(folder, texts);
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
		try {
			RevisionSnapshot snapshot = check.check(folder, texts, cancel);
			if (cancel.isCanceled()) {
				return;
			}
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
