package com.maturityworkbench.ui.editor.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.revision.Findings;
import com.maturityworkbench.ui.revision.RevisionSnapshot.SnapshotFile;

/**
 * The hover: the findings at the offset, then what the ide bundle's documentation provider says of the element there
 * or of the one a reference there names (a clause's text for its label, a level's description for a reference to it,
 * a subdomain's weight). It reads the snapshot the
 * editor shows, only while the document is still at that text; JFace calls it off the UI thread.
 */
public final class MaturityTextHover implements ITextHover {
	private final MaturityEditor editor;
	private final Injector injector;

	public MaturityTextHover(MaturityEditor editor, Injector injector) {
		this.editor = editor;
		this.injector = injector;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		SnapshotFile file = editor.currentSnapshot();
		if (file != null && file.resource().getParseResult() != null) {
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(file.resource().getParseResult().getRootNode(), offset);
			if (leaf != null && !leaf.isHidden()) {
				return new Region(leaf.getOffset(), leaf.getLength());
			}
		}
		return new Region(offset, 0);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return hoverText(region.getOffset());
	}

	/** The hover text at an offset of the shown snapshot, or null. */
	public String hoverText(int offset) {
		SnapshotFile file = editor.currentSnapshot();
		if (file == null) {
			return null;
		}
		List<String> lines = new ArrayList<>();
		for (Issue issue : file.issues()) {
			int start = issue.getOffset() == null ? -1 : issue.getOffset();
			int end = start + (issue.getLength() == null ? 0 : issue.getLength());
			if (start <= offset && offset <= end) {
				lines.add(Findings.text(issue));
			}
		}
		EObjectAtOffsetHelper elements = injector.getInstance(EObjectAtOffsetHelper.class);
		EObject element = elements.resolveCrossReferencedElementAt(file.resource(), offset);
		if (element == null || element.eIsProxy()) {
			element = elements.resolveContainedElementAt(file.resource(), offset);
		}
		String documentation = element == null ? null : injector.getInstance(IEObjectDocumentationProvider.class).getDocumentation(element);
		if (documentation != null && !documentation.isBlank()) {
			lines.add(documentation.strip());
		}
		return lines.isEmpty() ? null : String.join("\n\n", lines);
	}
}
