package com.maturityworkbench.dsl.ide.hover;

import static com.maturityworkbench.dsl.ide.IdeMessages.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.Rating;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.Coverage;
import com.maturityworkbench.dsl.semantics.RevisionLocator;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.engine.SubdomainWeights;

/**
 * What a hover says of an element (the ide's hover service asks, for the element under the pointer or the one a
 * reference names): a clause's label, topic and text; a level's description; a weighted subdomain's weight, table and
 * domain, and its effective weight per sector after the table's redistribution (the runtime's
 * {@link SubdomainWeights}, on the revision's scoring model); for a requirement row the same of the weight row it
 * scores (matched by name, {@link Coverage}); a rating's score; a part's kind and target. Nothing for other elements.
 */
public class MaturityDocumentation implements IEObjectDocumentationProvider {
	@Inject
	private RevisionLocator revisions;

	@Override
	public String getDocumentation(EObject element) {
		if (element instanceof RequirementRow row) {
			RequirementTable table = EcoreUtil2.getContainerOfType(row, RequirementTable.class);
			Coverage coverage = table == null ? null : Coverage.of(revisions.revisionOf(row), table);
			WeightedSubdomain weighted = coverage == null ? null : coverage.weightRowOf(row);
			return weighted == null ? null : getDocumentation(weighted);
		} else if (element instanceof Clause c) {
			return TEXTS.text("hover.clause", clauseText(c));
		} else if (element instanceof Level l) {
			return TEXTS.text("hover.level", l.getName(), l.getDescription());
		} else if (element instanceof WeightedSubdomain s && s.eContainer() instanceof WeightDomain d
				&& d.eContainer() instanceof WeightTable t) {
			String declared = TEXTS.text("hover.weight", s.getName() + " " + written(s, Literals.WEIGHTED_SUBDOMAIN__WEIGHT), t.getName(), d.getName());
			String effective = effectiveWeights(s);
			return effective == null ? declared : declared + "\n" + effective;
		} else if (element instanceof Rating r) {
			return TEXTS.text("hover.rating", written(r, Literals.RATING__VALUE));
		} else if (element instanceof Part p) {
			return TEXTS.text("hover.part", written(p, Literals.PART__KIND), written(p, Literals.PART__TARGET));
		}
		return null;
	}

	/**
	 * 有效权重（未裁剪）：冶炼 15.6%；… with the weight per level where it differs between levels; null when the
	 * revision has no scoring model (errors that the findings report).
	 */
	private String effectiveWeights(WeightedSubdomain subdomain) {
		Optional<SubdomainWeights> weights;
		try {
			ScoringEngine engine = new ScoringEngine(ScoringModelBuilder.build(revisions.revisionOf(subdomain)));
			weights = SubdomainWeights.of(engine, ScoringModelBuilder.subdomainId(subdomain));
		} catch (RuntimeException e) {
			return null; // no model to score with: what is wrong is among the findings
		}
		if (weights.isEmpty() || weights.get().sectors().isEmpty()) {
			return null;
		}
		List<String> sectors = new ArrayList<>();
		for (SubdomainWeights.SectorWeights w : weights.get().sectors()) {
			if (w.uniform()) {
				sectors.add(TEXTS.text("hover.effective.sector", w.sector(), percent(w.byLevel().get(0))));
			} else {
				List<String> levels = new ArrayList<>();
				for (int i = 0; i < w.byLevel().size(); i++) {
					levels.add(TEXTS.text("hover.effective.level", weights.get().levels().get(i), percent(w.byLevel().get(i))));
				}
				sectors.add(TEXTS.text("hover.effective.sector", w.sector(), String.join(TEXTS.text("hover.effective.level-separator"), levels)));
			}
		}
		return TEXTS.text("hover.effective", String.join(TEXTS.text("hover.effective.separator"), sectors));
	}

	/** A weight as a percentage, exact to four decimals and without trailing zeros: 15.6%, 3%. */
	static String percent(Rational weight) {
		return weight.multiply(Rational.valueOf(100)).toDecimal(4).stripTrailingZeros().toPlainString() + "%";
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
