package com.maturityworkbench.ui.revision;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Display;

/** One {@link RevisionSession} per revision folder with open files (UI thread). */
public final class RevisionSessions {
	private static final Map<Path, RevisionSession> SESSIONS = new HashMap<>();

	private RevisionSessions() {
	}

	/** The session of the revision a file belongs to: its folder's. */
	public static RevisionSession of(Path file) {
		Path folder = file.toAbsolutePath().normalize().getParent();
		return SESSIONS.computeIfAbsent(folder, f -> new RevisionSession(f, Display.getCurrent()));
	}

	static void closed(RevisionSession session) {
		SESSIONS.remove(session.folder(), session);
	}
}
