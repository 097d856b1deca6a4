package com.maturityworkbench.dsl.ide.quickfix;

import java.util.List;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.semantics.Labels;

/** Clause labels a fix writes where the validator found none. */
public final class LabelRepairs {
	private LabelRepairs() {
	}

	/**
	 * The label an unlabelled clause gets: the one after the nearest labelled clause before it, counting the
	 * unlabelled clauses in between (a) x, "y", "z" → "z" is c)); null when no clause before it has a label.
	 */
	public static String expectedFor(Clause clause) {
		if (!(clause.eContainer() instanceof Cell cell)) {
			return null;
		}
		List<Clause> clauses = cell.getClauses();
		int between = 0;
		for (int i = clauses.indexOf(clause) - 1; i >= 0; i--) {
			Labels label = Labels.read(clauses.get(i).getLabel());
			if (label != null) {
				return Labels.show(label.style(), label.position() + between + 1);
			}
			between++;
		}
		return null;
	}
}
