package com.maturityworkbench.dsl.semantics;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.maturityworkbench.dsl.maturity.MaturityPackage;
import com.maturityworkbench.dsl.maturity.Model;

/** The revision a file belongs to: the name of its {@code standard}, or the name after {@code part of}. */
public final class RevisionNames {
	private static final String REVISION_OF = MaturityPackage.Literals.MODEL__REVISION_OF.getName();
	private static final String MEMBERS = MaturityPackage.Literals.MODEL__MEMBERS.getName();

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
		INode reference = revisionOfNode(model);
		if (reference == null) {
			return null;
		}
		String text = NodeModelUtils.getTokenText(reference).trim();
		return text.startsWith("^") ? text.substring(1) : text;
	}

	/**
	 * The node of {@code part of}'s reference: among the file's first nodes, before its first member (the grammar puts
	 * it there). Not {@code NodeModelUtils.findNodesForFeature}, which walks every member of the file: called for the
	 * name of every element, it made naming quadratic in the file's length (7 % of {@code mwb fuzz}'s time).
	 */
	private static INode revisionOfNode(Model model) {
		ICompositeNode node = NodeModelUtils.getNode(model);
		if (node == null) {
			return null;
		}
		for (INode child : node.getChildren()) {
			Assignment assignment = GrammarUtil.containingAssignment(child.getGrammarElement());
			if (assignment != null) {
				if (assignment.getFeature().equals(REVISION_OF)) {
					return child;
				}
				if (assignment.getFeature().equals(MEMBERS)) {
					return null;
				}
			}
		}
		return null;
	}
}
