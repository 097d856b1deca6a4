package com.maturityworkbench.dsl.semantics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.dsl.maturity.Clause;

/** The text of a rated clause as an assessor reads it: its first paragraph and every paragraph that continues it. */
public final class ClauseTexts {
	/** Between the paragraphs of one clause. */
	public static final String PARAGRAPH_BREAK = "\n";

	private ClauseTexts() {
	}

	/** The clause's text, its continuation paragraphs appended after line breaks (without label and topic). */
	public static String full(Clause clause) {
		if (clause.getContinuations().isEmpty()) {
			return clause.getText();
		}
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(clause.getText());
		paragraphs.addAll(clause.getContinuations());
		return String.join(PARAGRAPH_BREAK, paragraphs);
	}

	/** Every clause of the revision's requirement tables by its assessment id ({@link ScoringModelBuilder#clauseId}), in table order. */
	public static Map<String, String> byId(Revision revision) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (var table : revision.requirementTables()) {
			table.eAllContents().forEachRemaining(o -> {
				if (o instanceof Clause c) {
					texts.putIfAbsent(ScoringModelBuilder.clauseId(c), full(c));
				}
			});
		}
		return texts;
	}
}
