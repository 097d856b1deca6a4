package com.maturityworkbench.ui.views.comments;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

import org.eclipse.swt.widgets.Display;

import com.maturityworkbench.revision.comments.CommentColumns;

/**
 * Watches a revision folder's comments folder on disk (its files written, added or removed, the folder itself created
 * or removed) and runs an action on the UI thread a moment after the last change (a spreadsheet saves in several
 * writes). One daemon thread per watch; {@link #close()} ends it.
 */
final class CommentsFolderWatch implements AutoCloseable {
	/** The pause after the last change on disk before the action runs. */
	static final int SETTLE_MS = 150;

	private final Path revisionFolder;
	private final WatchService service;
	private final Display display;
	private final Runnable settled;

	private CommentsFolderWatch(Path revisionFolder, WatchService service, Display display, Runnable changed) {
		this.revisionFolder = revisionFolder;
		this.service = service;
		this.display = display;
		this.settled = changed;
	}

	/** Starts watching; null when the folder cannot be watched (the view then refreshes on checks only). */
	static CommentsFolderWatch start(Path revisionFolder, Display display, Runnable changed) {
		try {
			WatchService service = FileSystems.getDefault().newWatchService();
			CommentsFolderWatch watch = new CommentsFolderWatch(revisionFolder, service, display, changed);
			revisionFolder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
			watch.registerComments();
			Thread thread = new Thread(watch::run, "mwb comments watch " + revisionFolder.getFileName());
			thread.setDaemon(true);
			thread.start();
			return watch;
		} catch (IOException | UnsupportedOperationException e) {
			return null;
		}
	}

	Path revisionFolder() {
		return revisionFolder;
	}

	private void registerComments() throws IOException {
		Path comments = revisionFolder.resolve(CommentColumns.FOLDER);
		if (Files.isDirectory(comments)) {
			comments.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
					StandardWatchEventKinds.ENTRY_DELETE);
		}
	}

	private void run() {
		try {
			while (true) {
				WatchKey key = service.take();
				boolean relevant = false;
				for (var event : key.pollEvents()) {
					Object name = event.context();
					if (key.watchable().equals(revisionFolder)) {
						if (name != null && name.toString().equals(CommentColumns.FOLDER)) {
							registerComments(); // the comments folder appeared (or went): watch its files too
							relevant = true;
						}
					} else {
						relevant = true;
					}
				}
				key.reset();
				if (relevant && !display.isDisposed()) {
					display.asyncExec(() -> display.timerExec(SETTLE_MS, settled));
				}
			}
		} catch (InterruptedException | ClosedWatchServiceException | IOException e) {
			// closed: the watch ends
		}
	}

	@Override
	public void close() {
		try {
			service.close();
		} catch (IOException e) {
			// already closed
		}
		if (!display.isDisposed()) {
			display.asyncExec(() -> display.timerExec(-1, settled));
		}
	}
}
