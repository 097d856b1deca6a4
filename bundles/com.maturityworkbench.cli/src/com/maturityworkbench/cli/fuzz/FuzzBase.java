package com.maturityworkbench.cli.fuzz;

import java.util.ArrayList;
import java.util.List;

import com.maturityworkbench.dsl.analysis.SourceText;

/**
 * The revision {@code mwb fuzz} mutates: the shipped draft's files, by default made lighter so that a mutant is
 * checked in milliseconds — every requirement cell keeps its first clause (with its continuations, notes and
 * examples; lead-ins and the notes of a cell are kept), and the worked examples (their expected values are worked
 * out on the full tables) are left out. Every construct of the language stays in it. {@code --full} takes the
 * draft as it is.
 */
public final class FuzzBase {
	/** The file of the worked examples, left out of the lighter base. */
	static final String EXAMPLES = "examples.maturity";
	private static final int CELL_INDENT = 6;
	private static final int CLAUSE_INDENT = 8;

	private FuzzBase() {
	}

	/** The draft's files, lighter unless {@code full}. */
	public static List<SourceText> of(List<SourceText> draft, boolean full) {
		if (full) {
			return List.copyOf(draft);
		}
		List<SourceText> base = new ArrayList<>();
		for (SourceText s : draft) {
			if (!s.label().endsWith(EXAMPLES)) {
				base.add(new SourceText(s.label(), s.absolutePath(), firstClauses(s.text(), 1)));
			}
		}
		return base;
	}

	/**
	 * The text with every requirement cell cut to its first {@code keep} clauses. Works on the house layout (one
	 * clause per line, at the indentation of {@code mwb}'s formatter): a cell's level line at 6 spaces, its lead-in,
	 * notes and clauses at 8, a clause's continuations and notes deeper.
	 */
	static String firstClauses(String text, int keep) {
		StringBuilder out = new StringBuilder(text.length());
		int clauses = 0;
		boolean keeping = true;
		boolean inCell = false;
		for (String line : text.split("(?<=\n)")) {
			int indent = indent(line);
			String body = line.strip();
			if (body.isEmpty() || body.startsWith("//")) {
				out.append(line);
				continue;
			}
			if (indent <= CELL_INDENT) {
				inCell = indent == CELL_INDENT;
				clauses = 0;
				keeping = true;
			} else if (inCell && indent == CLAUSE_INDENT) {
				boolean context = body.startsWith("lead ") || body.startsWith("note ") || body.startsWith("example ");
				if (!context) {
					clauses++;
				}
				keeping = context || clauses <= keep;
			}
			if (keeping) {
				out.append(line);
			}
		}
		return out.toString();
	}

	private static int indent(String line) {
		int i = 0;
		while (i < line.length() && line.charAt(i) == ' ') {
			i++;
		}
		return i;
	}
}
