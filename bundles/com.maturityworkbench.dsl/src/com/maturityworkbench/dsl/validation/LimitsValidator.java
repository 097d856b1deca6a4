package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.Standard;

/**
 * What the generated artifacts can hold: every name (and id, code) of a revision becomes a string constant of the
 * generated Java, a file or sheet name or a column value, and clause ids are made of the names of their table, row
 * and level. A name longer than {@value #MAX_NAME} characters is an error at every stage (a Java string constant
 * holds at most 65,535 bytes; the draft's longest name has 15 characters), and so is a text of the standard's
 * header or an empty cell's reason longer than {@value #MAX_TEXT} characters (both are baked into the generated
 * code too). A cell holds at most {@value #MAX_CLAUSES_IN_CELL} clauses: the checks of a cell compare its clauses in
 * pairs, and a cell of 50,000 clauses (a paste gone wrong) kept them busy for minutes.
 */
public class LimitsValidator extends MaturityCheck {
	/** The longest name (of a level, rating, part, sector, table, domain, subdomain, example, reading). */
	public static final int MAX_NAME = 200;
	/** The longest header text or empty-cell reason. */
	public static final int MAX_TEXT = 10_000;
	/** The most clauses in one cell (the draft has at most a dozen): the clause checks compare each pair of a cell. */
	public static final int MAX_CLAUSES_IN_CELL = 500;

	@Check
	public void nameLength(EObject obj) {
		EAttribute name = obj.eClass().getEAllAttributes().stream().filter(a -> a.getName().equals("name") && a.getEType().getInstanceClass() == String.class)
				.findFirst().orElse(null);
		if (name != null) {
			tooLong(obj, name, MAX_NAME, "limits.what.name");
		}
		if (obj instanceof Sector) {
			tooLong(obj, Literals.SECTOR__CODE, MAX_NAME, "limits.what.sector-code");
		}
	}

	@Check
	public void headerLength(Standard standard) {
		for (EAttribute a : new EAttribute[] { Literals.STANDARD__TITLE, Literals.STANDARD__TITLE_EN, Literals.STANDARD__CODE,
				Literals.STANDARD__REVISION, Literals.STANDARD__COMMITTEE, Literals.STANDARD__DATE }) {
			tooLong(standard, a, MAX_TEXT, "limits.what.header");
		}
	}

	@Check
	public void reasonLength(Cell cell) {
		tooLong(cell, Literals.CELL__REASON, MAX_TEXT, "limits.what.reason");
	}

	@Check
	public void clauseCount(Cell cell) {
		if (cell.getClauses().size() > MAX_CLAUSES_IN_CELL) {
			rule(cell, text("limits.clauses", cell.getClauses().size(), MAX_CLAUSES_IN_CELL), Literals.CELL__LEVEL,
					IssueCodes.TOO_MANY_CLAUSES, String.valueOf(MAX_CLAUSES_IN_CELL));
		}
	}

	/** {@code whatKey}: what the text is (limits.what.name …). */
	private void tooLong(EObject obj, EAttribute attribute, int max, String whatKey) {
		if (obj.eGet(attribute) instanceof String value && value.codePointCount(0, value.length()) > max) {
			rule(obj, text("limits.too-long", text(whatKey), value.substring(0, Math.min(20, value.length())),
					value.codePointCount(0, value.length()), max), attribute, IssueCodes.TOO_LONG, String.valueOf(max));
		}
	}
}
