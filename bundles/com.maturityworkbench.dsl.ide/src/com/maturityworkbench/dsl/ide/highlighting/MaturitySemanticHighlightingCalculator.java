package com.maturityworkbench.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.util.CancelIndicator;

import com.maturityworkbench.dsl.maturity.Band;
import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.Rating;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.Standard;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;

/**
 * What a name is, by its place in the model: levels, parts, sectors and ratings where declared and where referenced,
 * table, domain and subdomain names, clause topics and the reasons of empty cells. Clause texts are left to the
 * lexical styles; nothing below a clause is visited.
 */
public class MaturitySemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		if (object instanceof Clause) {
			highlightFeature(acceptor, object, Literals.CLAUSE__TOPIC, MaturityHighlightingStyles.TOPIC);
			return true;
		} else if (object instanceof Cell) {
			highlightFeature(acceptor, object, Literals.CELL__LEVEL, MaturityHighlightingStyles.LEVEL);
			highlightFeature(acceptor, object, Literals.CELL__REASON, MaturityHighlightingStyles.EMPTY_REASON);
			return false;
		} else if (object instanceof RequirementRow) {
			highlightFeature(acceptor, object, Literals.REQUIREMENT_ROW__NAME, MaturityHighlightingStyles.SUBDOMAIN);
			return false;
		} else if (object instanceof RequirementDomain) {
			highlightFeature(acceptor, object, Literals.REQUIREMENT_DOMAIN__NAME, MaturityHighlightingStyles.DOMAIN);
			return false;
		} else if (object instanceof RequirementTable) {
			highlightTable(object, acceptor, Literals.REQUIREMENT_TABLE__NAME, Literals.REQUIREMENT_TABLE__PART,
					Literals.REQUIREMENT_TABLE__SECTOR);
			return false;
		} else if (object instanceof WeightedSubdomain) {
			highlightFeature(acceptor, object, Literals.WEIGHTED_SUBDOMAIN__NAME, MaturityHighlightingStyles.SUBDOMAIN);
			return true;
		} else if (object instanceof WeightDomain) {
			highlightFeature(acceptor, object, Literals.WEIGHT_DOMAIN__NAME, MaturityHighlightingStyles.DOMAIN);
			return false;
		} else if (object instanceof WeightTable) {
			highlightTable(object, acceptor, Literals.WEIGHT_TABLE__NAME, Literals.WEIGHT_TABLE__PART, Literals.WEIGHT_TABLE__SECTOR);
			return false;
		} else if (object instanceof Level) {
			highlightFeature(acceptor, object, Literals.LEVEL__NAME, MaturityHighlightingStyles.LEVEL);
			return true;
		} else if (object instanceof Band) {
			highlightFeature(acceptor, object, Literals.BAND__LEVEL, MaturityHighlightingStyles.LEVEL);
			return true;
		} else if (object instanceof Rating) {
			highlightFeature(acceptor, object, Literals.RATING__NAME, MaturityHighlightingStyles.RATING);
			return true;
		} else if (object instanceof Part) {
			highlightFeature(acceptor, object, Literals.PART__NAME, MaturityHighlightingStyles.PART);
			return true;
		} else if (object instanceof Sector) {
			highlightFeature(acceptor, object, Literals.SECTOR__NAME, MaturityHighlightingStyles.SECTOR);
			return true;
		} else if (object instanceof Standard) {
			highlightFeature(acceptor, object, Literals.STANDARD__NAME, MaturityHighlightingStyles.STANDARD);
			return true;
		} else if (object instanceof Model) {
			highlightFeature(acceptor, object, Literals.MODEL__REVISION_OF, MaturityHighlightingStyles.STANDARD);
			return false;
		}
		return false;
	}

	private void highlightTable(EObject table, IHighlightedPositionAcceptor acceptor, org.eclipse.emf.ecore.EStructuralFeature name,
			org.eclipse.emf.ecore.EStructuralFeature part, org.eclipse.emf.ecore.EStructuralFeature sector) {
		highlightFeature(acceptor, table, name, MaturityHighlightingStyles.TABLE);
		highlightFeature(acceptor, table, part, MaturityHighlightingStyles.PART);
		highlightFeature(acceptor, table, sector, MaturityHighlightingStyles.SECTOR);
	}
}
