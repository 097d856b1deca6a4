package com.maturityworkbench.ui.compare;

import java.util.List;

import com.maturityworkbench.revision.compare.TextDiff;

/**
 * A node of the compare view's tree: a section, a weight table or row, a subdomain, a requirement table, a clause, a
 * rule or a piece of context; {@code text} is the character-level difference shown below the tree (null when none).
 */
public record DiffNode(Kind kind, String label, TextDiff text, List<DiffNode> children) {
	public enum Kind {
		SECTION, WEIGHT_TABLE, WEIGHT_ROW, DOMAIN_TOTAL, SUBDOMAIN, REQUIREMENT_TABLE, CLAUSE, RULE, CONTEXT
	}

	static DiffNode leaf(Kind kind, String label, TextDiff text) {
		return new DiffNode(kind, label, text, List.of());
	}

	@Override
	public String toString() {
		return label;
	}
}
