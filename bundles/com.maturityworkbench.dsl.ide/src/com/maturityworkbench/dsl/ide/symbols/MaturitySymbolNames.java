package com.maturityworkbench.dsl.ide.symbols;

import static com.maturityworkbench.dsl.ide.IdeMessages.TEXTS;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

import com.google.inject.Singleton;
import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Composite;
import com.maturityworkbench.dsl.maturity.Interpretation;
import com.maturityworkbench.dsl.maturity.Rules;
import com.maturityworkbench.dsl.maturity.Determination;
import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.Levels;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.Parts;
import com.maturityworkbench.dsl.maturity.Rating;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Scale;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.Sectors;
import com.maturityworkbench.dsl.maturity.Tailoring;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.RevisionNames;

/**
 * The names of a file's outline: the standard, its blocks, the tables with their titles, domains, subdomains and the
 * level cells of every requirement row. Clauses, bands and the standard's header have no symbol of their own (null).
 */
@Singleton
public class MaturitySymbolNames extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		if (object instanceof Model m) {
			String revision = RevisionNames.revisionName(m);
			if (m.getStandard() != null) {
				return joined(revision, m.getStandard().getTitle());
			}
			return revision == null ? null : TEXTS.text("symbols.part-of", revision);
		} else if (object instanceof WeightTable t) {
			return joined(t.getName(), t.getTitle());
		} else if (object instanceof RequirementTable t) {
			return joined(t.getName(), t.getTitle());
		} else if (object instanceof WeightDomain d) {
			return d.getName();
		} else if (object instanceof RequirementDomain d) {
			return d.getName();
		} else if (object instanceof WeightedSubdomain s) {
			return s.getName();
		} else if (object instanceof RequirementRow r) {
			return r.getName();
		} else if (object instanceof Cell c) {
			return SourceTexts.of(c, Literals.CELL__LEVEL);
		} else if (object instanceof Level l) {
			return l.getName();
		} else if (object instanceof Rating r) {
			return r.getName();
		} else if (object instanceof Part p) {
			return p.getName();
		} else if (object instanceof Sector s) {
			return s.getName();
		}
		return blockName(object);
	}

	private static String blockName(EObject object) {
		if (object instanceof Levels) {
			return TEXTS.text("symbols.levels");
		} else if (object instanceof Scale) {
			return TEXTS.text("symbols.scale");
		} else if (object instanceof Parts) {
			return TEXTS.text("symbols.parts");
		} else if (object instanceof Sectors) {
			return TEXTS.text("symbols.sectors");
		} else if (object instanceof Tailoring) {
			return TEXTS.text("symbols.tailoring");
		} else if (object instanceof Determination) {
			return TEXTS.text("symbols.determination");
		} else if (object instanceof Composite) {
			return TEXTS.text("symbols.composite");
		} else if (object instanceof Rules) {
			return TEXTS.text("symbols.rules");
		} else if (object instanceof Interpretation i) {
			return TEXTS.text("symbols.interpretation", i.getName());
		}
		return null;
	}

	private static String joined(String name, String title) {
		if (name == null) {
			return null;
		}
		return title == null || title.isBlank() ? name : name + " " + title;
	}
}
