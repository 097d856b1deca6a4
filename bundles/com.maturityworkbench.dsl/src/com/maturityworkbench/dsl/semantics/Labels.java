package com.maturityworkbench.dsl.semantics;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;

/** A clause label as printed (a)  b）  1.  2、) read as a style and a position in its sequence. */
public record Labels(String printed, Style style, int position, boolean wellFormed) {

	public enum Style {
		LETTER, NUMBER
	}

	/** Reads a label; null when there is none. Position: a) = 1, b) = 2 ...; 1. = 1. */
	public static Labels read(String printed) {
		if (printed == null || printed.isEmpty()) {
			return null;
		}
		String body = printed.substring(0, printed.length() - 1);
		char end = printed.charAt(printed.length() - 1);
		if (body.chars().allMatch(Character::isDigit) && !body.isEmpty()) {
			int n = Integer.parseInt(body.length() > 6 ? body.substring(0, 6) : body);
			return new Labels(printed, Style.NUMBER, n, end == '.' || end == '、' || end == ')');
		}
		char c = body.charAt(0);
		boolean lower = c >= 'a' && c <= 'z';
		int pos = Character.toLowerCase(c) - 'a' + 1;
		return new Labels(printed, Style.LETTER, pos, lower && end == ')');
	}

	/** The label at a position in a style: 3 → c) or 3. */
	public static String show(Style style, int position) {
		return style == Style.LETTER ? ((char) ('a' + position - 1)) + ")" : position + ".";
	}

	/** The style most labels of a table have, counted by cell (a cell's first label), or null without labels. */
	public static Style tableStyle(RequirementTable table) {
		int letters = 0;
		int numbers = 0;
		for (RequirementDomain d : table.getDomains()) {
			for (RequirementRow r : d.getRows()) {
				for (Cell c : r.getCells()) {
					for (Clause clause : c.getClauses()) {
						Labels label = read(clause.getLabel());
						if (label != null) {
							if (label.style() == Style.LETTER) {
								letters++;
							} else {
								numbers++;
							}
							break;
						}
					}
				}
			}
		}
		return letters == 0 && numbers == 0 ? null : letters >= numbers ? Style.LETTER : Style.NUMBER;
	}
}
