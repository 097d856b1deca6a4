package com.maturityworkbench.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.RequirementTable;
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

	/** The clauses of a cell from its first label on, and the label each gets; how many of them change. */
	public record Renumbering(List<Clause> clauses, List<String> labels, int changed) {
	}

	/**
	 * A cell's clauses numbered in order in the style of its table ({@link Labels#tableStyle}), from the first labelled
	 * clause on, unlabelled ones included (a paragraph before the first label stays as it is); null when the cell has
	 * no label.
	 */
	public static Renumbering renumber(Cell cell) {
		List<Clause> clauses = cell.getClauses();
		int first = 0;
		while (first < clauses.size() && clauses.get(first).getLabel() == null) {
			first++;
		}
		if (first == clauses.size()) {
			return null;
		}
		RequirementTable table = EcoreUtil2.getContainerOfType(cell, RequirementTable.class);
		Labels.Style style = table == null ? null : Labels.tableStyle(table);
		if (style == null) {
			style = Labels.read(clauses.get(first).getLabel()).style();
		}
		List<Clause> numbered = List.copyOf(clauses.subList(first, clauses.size()));
		List<String> labels = new ArrayList<>();
		int changed = 0;
		for (int i = 0; i < numbered.size(); i++) {
			String wanted = Labels.show(style, i + 1);
			labels.add(wanted);
			if (!wanted.equals(numbered.get(i).getLabel())) {
				changed++;
			}
		}
		return new Renumbering(numbered, labels, changed);
	}
}
