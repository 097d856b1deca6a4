package com.maturityworkbench.ui.views;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.revision.RevisionSession;
import com.maturityworkbench.ui.revision.RevisionSessions;
import com.maturityworkbench.ui.revision.RevisionSnapshot;

/**
 * The revision a view shows: that of the page's active revision editor (the last one activated, also while the view
 * itself is active). The view is given every snapshot of that revision as its session completes a check (after the
 * editors' debounced re-check), the latest one when another revision's editor becomes active, and {@code null} when
 * no revision is open. UI thread.
 */
public final class CurrentRevision implements RevisionSessions.Listener, IPartListener2 {
	private final IWorkbenchPage page;
	private final Consumer<RevisionSnapshot> show;
	private RevisionSession session;

	public CurrentRevision(IWorkbenchPage page, Consumer<RevisionSnapshot> show) {
		this.page = page;
		this.show = show;
		RevisionSessions.addListener(this);
		page.addPartListener(this);
		follow(true);
	}

	/** The session shown; null when no revision is open. */
	public RevisionSession session() {
		return session;
	}

	/** The snapshot shown; null before the first check or when no revision is open. */
	public RevisionSnapshot snapshot() {
		return session == null ? null : session.latest();
	}

	public void dispose() {
		RevisionSessions.removeListener(this);
		page.removePartListener(this);
	}

	private void follow(boolean always) {
		RevisionSession now = page.getActiveEditor() instanceof MaturityEditor editor ? editor.session() : null;
		if (now == null && session != null && page.getEditorReferences().length > 0) {
			return; // another kind of editor is active: keep the revision
		}
		if (always || now != session) {
			session = now;
			show.accept(snapshot());
		}
	}

	@Override
	public void checked(RevisionSession checked, RevisionSnapshot snapshot) {
		if (session == null) {
			follow(false);
		} else if (checked == session) {
			show.accept(snapshot);
		}
	}

	@Override
	public void closed(RevisionSession closed) {
		if (closed == session) {
			session = null;
			show.accept(null);
			follow(false);
		}
	}

	@Override
	public void partActivated(IWorkbenchPartReference ref) {
		if (ref instanceof IEditorReference) {
			follow(false);
		}
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference ref) {
		partActivated(ref);
	}

	@Override
	public void partClosed(IWorkbenchPartReference ref) {
		partActivated(ref);
	}
}
