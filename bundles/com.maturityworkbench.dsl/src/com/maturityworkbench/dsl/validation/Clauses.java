package com.maturityworkbench.dsl.validation;

import org.eclipse.xtext.EcoreUtil2;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;

/** How clauses and cells are named in messages: 表5“转型战略”三级 b), or 第2条 for a clause without label. */
final class Clauses {
	private Clauses() {
	}

	static String where(Clause clause) {
		Cell cell = (Cell) clause.eContainer();
		return where(cell) + " " + label(clause);
	}

	/** 表5“转型战略”三级. */
	static String where(Cell cell) {
		RequirementRow row = (RequirementRow) cell.eContainer();
		RequirementTable table = EcoreUtil2.getContainerOfType(row, RequirementTable.class);
		return String.format("%s“%s”%s", table.getName(), row.getName(), cell.getLevel() == null ? "?" : cell.getLevel().getName());
	}

	static String label(Clause clause) {
		if (clause.getLabel() != null) {
			return clause.getLabel();
		}
		Cell cell = (Cell) clause.eContainer();
		return "第" + (cell.getClauses().indexOf(clause) + 1) + "条";
	}

	static String excerpt(String text, int offset, int length) {
		int from = Math.max(0, offset - 6);
		int to = Math.min(text.length(), offset + length + 6);
		return text.substring(from, to);
	}

	/** At most {@code max} characters of a text, with … when cut. */
	static String shorten(String text, int max) {
		String t = text.strip();
		return t.length() <= max ? t : t.substring(0, max) + "…";
	}
}
