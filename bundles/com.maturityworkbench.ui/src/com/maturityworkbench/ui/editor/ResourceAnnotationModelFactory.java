package com.maturityworkbench.ui.editor;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IAnnotationModelFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;

import com.maturityworkbench.ui.revision.FindingMarkers;

/**
 * The annotation model of a revision file: the markers of the file, except the checker's own, whose findings the
 * editor shows live from the last check (the markers are the findings of the saved file, for the Problems view).
 */
public class ResourceAnnotationModelFactory implements IAnnotationModelFactory {

	@Override
	public IAnnotationModel createAnnotationModel(IPath location) {
		IFile file = FileBuffers.getWorkspaceFileAtLocation(location);
		return file == null ? new AnnotationModel() : new ResourceMarkerAnnotationModel(file) {
			@Override
			protected boolean isAcceptable(IMarker marker) {
				try {
					return super.isAcceptable(marker) && !marker.isSubtypeOf(FindingMarkers.TYPE);
				} catch (CoreException e) {
					return false;
				}
			}
		};
	}
}
