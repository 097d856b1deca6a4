package com.maturityworkbench.dsl.semantics;

import java.util.Arrays;
import java.util.Optional;

import com.maturityworkbench.scoring.i18n.Language;

/**
 * The open points of the draft's scoring text (sections 6.1, 9 and Annex A) that a revision must settle: each by a
 * rule of the language (then the interpretation quotes the draft and says why the rule's value was chosen) or by a
 * stated interpretation alone. A revision settles a point with {@code interpretation <id> …}; the generated
 * documentation lists the points in this order, the rules first.
 */
public enum OpenPoint {
	MET_COMPARISON("met-comparison", RuleBlock.DETERMINATION),
	PROGRESSIVE("progressive-reading", RuleBlock.DETERMINATION),
	NOT_APPLICABLE("not-applicable", RuleBlock.RULES),
	RATED_LEVELS("rated-levels", RuleBlock.RULES),
	TAILORING("tailoring-decision", RuleBlock.TAILORING),
	COMPOSITE_AGGREGATION("composite-aggregation", RuleBlock.COMPOSITE),
	MET_BASIS("met-basis", null),
	UNMET_LEVELS("unmet-levels", null),
	INDICATOR_SCORES("indicator-scores", null),
	CLAUSE_UNIT("clause-unit", null),
	DESCRIPTIVE_CLAUSES("descriptive-clauses", null),
	PERCENTAGE_BANDS("percentage-bands", null),
	CUSTOM_WEIGHTS("custom-weights", null),
	COMPOSITE_BASIS("composite-basis", null),
	ROUNDING("rounding", null);

	/** The rule block of the language that carries a point's rule. */
	public enum RuleBlock {
		DETERMINATION("determination"), RULES("rules"), TAILORING("tailoring"), COMPOSITE("composite");

		private final String keyword;

		RuleBlock(String keyword) {
			this.keyword = keyword;
		}

		public String keyword() {
			return keyword;
		}
	}

	private final String id;
	private final RuleBlock rule;

	OpenPoint(String id, RuleBlock rule) {
		this.id = id;
		this.rule = rule;
	}

	/** The id an interpretation names, e.g. {@code met-comparison}. */
	public String id() {
		return id;
	}

	/** What the point is about, in Chinese (a heading of the documentation). */
	public String title() {
		return title(Language.ZH);
	}

	/** What the point is about, in {@code language} (a finding listing the points left open). */
	public String title(Language language) {
		return SemanticsMessages.M.text(language, "open-point." + id);
	}

	/** The rule block that settles the point, or null when only an interpretation does. */
	public RuleBlock rule() {
		return rule;
	}

	public boolean isRule() {
		return rule != null;
	}

	public static Optional<OpenPoint> byId(String id) {
		return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
	}
}
