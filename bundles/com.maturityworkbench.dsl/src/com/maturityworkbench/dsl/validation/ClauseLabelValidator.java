package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.semantics.Labels;
import com.maturityworkbench.dsl.semantics.Tables;

/**
 * Clause numbering: within a cell a), b), c) ... (or 1., 2., ...) without skips, repeats, restarts or odd forms; the
 * style of its table; cells without any label and cells that open with an unlabelled paragraph (info in a draft).
 */
public class ClauseLabelValidator extends MaturityCheck {

	@Check
	public void labelSequence(Cell cell) {
		List<Clause> clauses = cell.getClauses();
		boolean anyLabel = clauses.stream().anyMatch(c -> c.getLabel() != null);
		if (!anyLabel || cell.getLevel() == null) {
			return;
		}
		RequirementRow row = (RequirementRow) cell.eContainer();
		String where = text("labels.place", row.getName(), cell.getLevel().getName());
		Labels.Style style = null;
		int previous = 0;
		List<Integer> taken = new ArrayList<>();
		for (Clause clause : clauses) {
			Labels label = Labels.read(clause.getLabel());
			if (label == null) {
				if (previous == 0) {
					continue; // a paragraph before a): reported as an unlabelled opening
				}
				content(clause, text("labels.missing", where), Literals.CLAUSE__TEXT,
						IssueCodes.LABEL_MISSING);
				continue;
			}
			if (!label.wellFormed()) {
				content(clause, text("labels.malformed", where, label.printed(),
						Labels.show(label.style(), label.position())), Literals.CLAUSE__LABEL, IssueCodes.LABEL_MALFORMED,
						Labels.show(label.style(), label.position()));
			}
			if (style == null) {
				style = label.style();
			} else if (style != label.style()) {
				content(clause, text("labels.mixed", where, label.printed(),
						Labels.show(style, 1)), Literals.CLAUSE__LABEL, IssueCodes.LABEL_MALFORMED, Labels.show(style, previous + 1));
				previous = label.position();
				taken.clear();
				taken.add(label.position());
				style = label.style();
				continue;
			}
			int pos = label.position();
			String expected = Labels.show(style, previous + 1);
			if (pos == 1 && previous >= 1) {
				content(clause, text("labels.restart", where, Labels.show(style, previous),
						label.printed(), expected), Literals.CLAUSE__LABEL, IssueCodes.LABEL_RESTART, expected);
			} else if (taken.contains(pos)) {
				// the next free label (after the largest one so far); the labels after it move on by as much
				int free = taken.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
				List<String> renumbered = renumberFrom(clauses, clause, style, free);
				String tail = renumbered.size() > 1 ? text("labels.repeated-tail") : "";
				content(clause, text("labels.repeated", where, label.printed(), renumbered.get(0), tail),
						Literals.CLAUSE__LABEL, IssueCodes.LABEL_REPEATED, renumbered.toArray(String[]::new));
				return; // the rest of the cell is renumbered with it
			} else if (pos != previous + 1) {
				String gap = pos <= previous + 1 ? text("labels.reversed")
						: pos > previous + 2 ? text("labels.gap-range", Labels.show(style, previous + 1), Labels.show(style, pos - 1))
						: text("labels.gap", Labels.show(style, previous + 1));
				content(clause, text("labels.skipped", where,
						previous == 0 ? text("labels.start") : Labels.show(style, previous), label.printed(), gap), Literals.CLAUSE__LABEL,
						IssueCodes.LABEL_SKIPPED, expected);
			}
			if (pos == 1) {
				taken.clear();
			}
			taken.add(pos);
			previous = pos;
		}
	}

	/** The labels of {@code from} and the labelled clauses after it when {@code from} becomes label {@code position}. */
	private static List<String> renumberFrom(List<Clause> clauses, Clause from, Labels.Style style, int position) {
		List<String> labels = new ArrayList<>();
		int next = position;
		for (Clause c : clauses.subList(clauses.indexOf(from), clauses.size())) {
			if (c.getLabel() != null) {
				labels.add(Labels.show(style, next++));
			}
		}
		return labels;
	}

	/**
	 * Info in a draft: a cell whose clauses have no label at all in a table that numbers its clauses, and a cell that
	 * opens with an unlabelled paragraph before its first label (a lead-in, or a requirement whose label was lost).
	 */
	@Check
	public void unlabelledClauses(Cell cell) {
		List<Clause> clauses = cell.getClauses();
		if (clauses.isEmpty() || cell.getLevel() == null || clauses.get(0).getLabel() != null) {
			return;
		}
		boolean anyLabel = clauses.stream().anyMatch(c -> c.getLabel() != null);
		RequirementTable table = EcoreUtil2.getContainerOfType(cell, RequirementTable.class);
		if (anyLabel) {
			draftNote(clauses.get(0), text("labels.unlabelled-opening",
					Clauses.where(cell), Clauses.shorten(clauses.get(0).getText(), 20)), Literals.CLAUSE__TEXT,
					IssueCodes.UNLABELLED_OPENING);
		} else if (majorityStyle(table) != null) {
			draftNote(cell, ValidationMessages.counted("labels.cell-without-labels", clauses.size(), Clauses.where(cell), clauses.size(),
					Tables.name(table.getName())), Literals.CELL__LEVEL, IssueCodes.CELL_WITHOUT_LABELS);
		}
	}

	/**
	 * A cell numbered throughout in another style than the rest of its table (1. 2. where the table uses a) b)):
	 * reported at the cell's first label, with the cell's labels as the table writes them (by position from the first
	 * label on, unlabelled clauses counted). A cell that mixes styles is reported by {@link #labelSequence} instead.
	 */
	@Check
	public void tableStyle(Cell cell) {
		Clause first = cell.getClauses().stream().filter(c -> c.getLabel() != null).findFirst().orElse(null);
		if (first == null || cell.getLevel() == null) {
			return;
		}
		RequirementTable table = EcoreUtil2.getContainerOfType(cell, RequirementTable.class);
		Labels.Style style = majorityStyle(table);
		Labels label = Labels.read(first.getLabel());
		if (style == null || label.style() == style) {
			return;
		}
		List<Clause> clauses = cell.getClauses();
		List<String> relabelled = new ArrayList<>();
		for (int i = clauses.indexOf(first); i < clauses.size(); i++) {
			Labels l = Labels.read(clauses.get(i).getLabel());
			if (l != null && l.style() != label.style()) {
				return; // mixed within the cell
			}
			if (l != null) {
				relabelled.add(Labels.show(style, i - clauses.indexOf(first) + 1));
			}
		}
		content(first, text("labels.table-style", Clauses.where(cell), first.getLabel(),
				Tables.name(table.getName()), Labels.show(style, 1), Labels.show(style, 2)), Literals.CLAUSE__LABEL, IssueCodes.LABEL_TABLE_STYLE,
				relabelled.toArray(String[]::new));
	}

	/** The style of most of a table's labels ({@link Labels#tableStyle}), worked out once per check. */
	private Labels.Style majorityStyle(RequirementTable table) {
		return cached(List.of("labelStyle", table), () -> Labels.tableStyle(table));
	}
}
