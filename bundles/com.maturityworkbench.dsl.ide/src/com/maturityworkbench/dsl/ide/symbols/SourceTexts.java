package com.maturityworkbench.dsl.ide.symbols;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** A feature of an element as it is written in the file (a reference's name without linking it, a weight as {@code 3%}). */
final class SourceTexts {
	private SourceTexts() {
	}

	static String of(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		String text = NodeModelUtils.getTokenText(nodes.get(0)).trim();
		return text.startsWith("^") ? text.substring(1) : text;
	}
}
