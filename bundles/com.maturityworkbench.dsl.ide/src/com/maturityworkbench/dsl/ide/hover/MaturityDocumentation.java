package com.maturityworkbench.dsl.ide.hover;

import static com.maturityworkbench.dsl.ide.IdeMessages.TEXTS;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.Rating;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;

/**
 * What a hover says of an element (the ide's hover service asks, for the element under the pointer or the one a
 * reference names): a clause's label, topic and text; a level's description; a weighted subdomain's weight, table and
 * domain; a rating's score; a part's kind and target. Nothing for other elements.
 */
public class MaturityDocumentation implements IEObjectDocumentationProvider {

	@Override
	public String getDocumentation(EObject element) {
		if (element instanceof Clause c) {
			return TEXTS.text("hover.clause", clauseText(c));
		} else if (element instanceof Level l) {
			return TEXTS.text("hover.level", l.getName(), l.getDescription());
		} else if (element instanceof WeightedSubdomain s && s.eContainer() instanceof WeightDomain d
				&& d.eContainer() instanceof WeightTable t) {
			return TEXTS.text("hover.weight", s.getName() + " " + written(s, Literals.WEIGHTED_SUBDOMAIN__WEIGHT), t.getName(), d.getName());
		} else if (element instanceof Rating r) {
			return TEXTS.text("hover.rating", written(r, Literals.RATING__VALUE));
		} else if (element instanceof Part p) {
			return TEXTS.text("hover.part", written(p, Literals.PART__KIND), written(p, Literals.PART__TARGET));
		}
		return null;
	}

	private static String clauseText(Clause c) {
		StringBuilder text = new StringBuilder();
		if (c.getLabel() != null) {
			text.append(c.getLabel()).append(' ');
		}
		if (c.getTopic() != null) {
			text.append(c.getTopic()).append('。');
		}
		return text.append(c.getText()).toString();
	}

	private static String written(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0)).trim();
	}
}
