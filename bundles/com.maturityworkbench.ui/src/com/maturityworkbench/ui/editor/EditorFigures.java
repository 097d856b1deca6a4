package com.maturityworkbench.ui.editor;

import java.util.ArrayList;
import java.util.List;

/** What an editor measures of itself: how often it showed a check and how long each showing took on the UI thread. */
public final class EditorFigures {
	private final List<Long> showNanos = new ArrayList<>();
	private volatile long shows;
	private volatile long lastShownAt;

	synchronized void shown(long nanos) {
		showNanos.add(nanos);
		lastShownAt = System.nanoTime();
		shows++;
	}

	/** How many checks the editor has shown. */
	public long shows() {
		return shows;
	}

	/** {@link System#nanoTime()} when the last check was shown. */
	public long lastShownAt() {
		return lastShownAt;
	}

	/** The UI-thread time of every showing of a check (annotations, semantic highlighting, outline, repaint). */
	public synchronized List<Long> showNanos() {
		return List.copyOf(showNanos);
	}

	public synchronized void reset() {
		showNanos.clear();
	}
}
