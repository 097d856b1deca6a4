package com.maturityworkbench.dsl.semantics;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.maturityworkbench.dsl.maturity.MaturityPackage;
import com.maturityworkbench.dsl.maturity.Model;

/** The revision a file belongs to: the name of its {@code standard}, or the name after {@code part of}. */
public final class RevisionNames {
	private RevisionNames() {
	}

	public static String revisionName(EObject obj) {
		Model model = obj instanceof Model m ? m : EcoreUtil2.getContainerOfType(obj, Model.class);
		if (model == null) {
			return null;
		}
		if (model.getStandard() != null) {
			return model.getStandard().getName();
		}
		// read the reference's text, not the reference: naming must not trigger linking
		List<INode> nodes = NodeModelUtils.findNodesForFeature(model, MaturityPackage.Literals.MODEL__REVISION_OF);
		if (nodes.isEmpty()) {
			return null;
		}
		String text = NodeModelUtils.getTokenText(nodes.get(0)).trim();
		return text.startsWith("^") ? text.substring(1) : text;
	}
}
