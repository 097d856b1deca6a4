package com.maturityworkbench.dsl.ide.symbols;

import static com.maturityworkbench.dsl.ide.IdeMessages.TEXTS;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;

import com.google.inject.Singleton;
import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.Rating;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;

/**
 * The detail beside an outline name, as the file states it: a table's kind, part and sector, a subdomain's weight,
 * the number of clauses of a requirement row and of each of its cells (or an empty cell's reason).
 */
@Singleton
public class MaturitySymbolDetails extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		if (object instanceof Cell c) {
			return c.isEmpty() ? TEXTS.text("symbols.empty", c.getReason() == null ? "" : c.getReason())
					: TEXTS.text("symbols.clauses", c.getClauses().size());
		} else if (object instanceof RequirementRow r) {
			return TEXTS.text("symbols.clauses", r.getCells().stream().mapToInt(c -> c.getClauses().size()).sum());
		} else if (object instanceof WeightedSubdomain s) {
			return SourceTexts.of(s, Literals.WEIGHTED_SUBDOMAIN__WEIGHT);
		} else if (object instanceof WeightTable t) {
			return tableDetail("symbols.weights", SourceTexts.of(t, Literals.WEIGHT_TABLE__PART),
					SourceTexts.of(t, Literals.WEIGHT_TABLE__SECTOR));
		} else if (object instanceof RequirementTable t) {
			return tableDetail("symbols.requirements", SourceTexts.of(t, Literals.REQUIREMENT_TABLE__PART),
					SourceTexts.of(t, Literals.REQUIREMENT_TABLE__SECTOR));
		} else if (object instanceof Part p) {
			return TEXTS.text("symbols.part-target", SourceTexts.of(p, Literals.PART__KIND), SourceTexts.of(p, Literals.PART__TARGET));
		} else if (object instanceof Sector s) {
			return s.getCode();
		} else if (object instanceof Rating r) {
			return SourceTexts.of(r, Literals.RATING__VALUE);
		}
		return "";
	}

	private static String tableDetail(String key, String part, String sector) {
		String p = part == null ? "" : part;
		return sector == null ? TEXTS.text(key, p) : TEXTS.text(key + "-sector", p, sector);
	}
}
