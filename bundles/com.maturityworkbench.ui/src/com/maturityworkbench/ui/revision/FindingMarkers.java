package com.maturityworkbench.ui.revision;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.validation.Issue;

import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.revision.RevisionSnapshot.SnapshotFile;

/**
 * The Problems view's markers of a revision: after a check of saved files, the markers of every file of the revision
 * (those in the workspace) are replaced by the check's findings, in one workspace operation.
 */
public final class FindingMarkers {
	/** The marker type (plugin.xml): a problem marker and a text marker, with the issue code in {@link #CODE}. */
	public static final String TYPE = "com.maturityworkbench.ui.finding";
	public static final String CODE = "code";

	private FindingMarkers() {
	}

	/** Replaces the markers in a workspace job; returns the job (tests wait for it). */
	public static WorkspaceJob replace(RevisionSnapshot snapshot) {
		WorkspaceJob job = new WorkspaceJob(UiTexts.text("markers.job")) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				IWorkspace workspace = ResourcesPlugin.getWorkspace();
				workspace.run(m -> write(workspace.getRoot(), snapshot), null, IWorkspace.AVOID_UPDATE, monitor);
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.schedule();
		return job;
	}

	private static void write(IWorkspaceRoot root, RevisionSnapshot snapshot) throws CoreException {
		for (SnapshotFile file : snapshot.files()) {
			for (IFile resource : root.findFilesForLocationURI(file.path().toUri())) {
				if (!resource.exists()) {
					continue;
				}
				resource.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				for (Issue issue : file.issues()) {
					resource.createMarker(TYPE, attributes(issue));
				}
			}
		}
	}

	private static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> a = new HashMap<>();
		a.put(IMarker.MESSAGE, Findings.text(issue));
		a.put(IMarker.SEVERITY, Findings.markerSeverity(issue));
		a.put(CODE, Findings.code(issue));
		if (issue.getLineNumber() != null) {
			a.put(IMarker.LINE_NUMBER, issue.getLineNumber());
		}
		if (issue.getOffset() != null) {
			a.put(IMarker.CHAR_START, issue.getOffset());
			a.put(IMarker.CHAR_END, issue.getOffset() + (issue.getLength() == null ? 0 : issue.getLength()));
		}
		return a;
	}
}
