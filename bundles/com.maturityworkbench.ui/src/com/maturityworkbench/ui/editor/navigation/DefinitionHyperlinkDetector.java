package com.maturityworkbench.ui.editor.navigation;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import com.maturityworkbench.dsl.ide.navigation.Definitions;
import com.maturityworkbench.dsl.ide.navigation.Definitions.Location;
import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.editor.MaturityEditor;

/**
 * Ctrl+click: a link on every name that leads somewhere (the ide bundle's {@link Definitions}: references, and a
 * requirement row's name to its weight row), opening the definition as F3 does.
 */
public final class DefinitionHyperlinkDetector implements IHyperlinkDetector {
	private final MaturityEditor editor;
	private final Definitions definitions;

	public DefinitionHyperlinkDetector(MaturityEditor editor, Definitions definitions) {
		this.editor = editor;
		this.definitions = definitions;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		XtextResource resource = editor.resourceFor(viewer.getDocument().get());
		int offset = region.getOffset();
		Location target = resource == null ? null : definitions.locationAt(resource, offset).orElse(null);
		ILeafNode leaf = target == null ? null : NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null) {
			return null;
		}
		IRegion linked = new Region(leaf.getOffset(), leaf.getLength());
		return new IHyperlink[] { new IHyperlink() {
			@Override
			public IRegion getHyperlinkRegion() {
				return linked;
			}

			@Override
			public String getTypeLabel() {
				return null;
			}

			@Override
			public String getHyperlinkText() {
				return UiTexts.text("action.open-definition");
			}

			@Override
			public void open() {
				editor.reveal(target);
			}
		} };
	}
}
