package com.maturityworkbench.ui.revision;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Display;

/** One {@link RevisionSession} per revision folder with open files (UI thread). */
public final class RevisionSessions {
	/** Told on the UI thread of every check a session completes and of every session that closes (the views). */
	public interface Listener {
		void checked(RevisionSession session, RevisionSnapshot snapshot);

		default void closed(RevisionSession session) {
			// nothing to forget
		}
	}

	private static final Map<Path, RevisionSession> SESSIONS = new HashMap<>();
	private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();

	private RevisionSessions() {
	}

	/** The session of the revision a file belongs to: its folder's. */
	public static RevisionSession of(Path file) {
		Path folder = file.toAbsolutePath().normalize().getParent();
		return SESSIONS.computeIfAbsent(folder, f -> new RevisionSession(f, Display.getCurrent()));
	}

	static void closed(RevisionSession session) {
		SESSIONS.remove(session.folder(), session);
		LISTENERS.forEach(l -> l.closed(session));
	}

	public static void addListener(Listener listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Listener listener) {
		LISTENERS.remove(listener);
	}

	/** A session shows a new check (UI thread). */
	static void checked(RevisionSession session, RevisionSnapshot snapshot) {
		LISTENERS.forEach(l -> l.checked(session, snapshot));
	}
}
