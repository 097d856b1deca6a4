package com.maturityworkbench.dsl.validation;

/**
 * Every finding's code. The prefix before the first '.' is its category, as summarised by {@code mwb validate}.
 * Quick fixes are keyed by these codes.
 */
public final class IssueCodes {
	private IssueCodes() {
	}

	// weights
	public static final String WEIGHT_SUM_PART = "weights.part-sum";
	public static final String WEIGHT_SUM_MODEL = "weights.model-sum";
	public static final String WEIGHT_NOT_POSITIVE = "weights.not-positive";
	public static final String WEIGHT_TABLE_PART_SECTOR = "weights.part-sector";
	public static final String WEIGHT_TABLE_MISSING = "weights.table-missing";
	public static final String WEIGHT_OUT_OF_RANGE = "weights.out-of-range";
	public static final String WEIGHT_TABLE_TWICE = "weights.table-twice";
	public static final String WEIGHT_DOMAIN_TWICE = "weights.domain-twice";
	public static final String WEIGHT_COMMON_MISSING = "weights.common-missing";

	// coverage between weight and requirement tables
	public static final String SUBDOMAIN_WITHOUT_REQUIREMENTS = "coverage.no-requirements";
	public static final String ROW_WITHOUT_WEIGHT = "coverage.no-weight";
	public static final String NAME_DRIFT = "coverage.name-drift";
	public static final String EMPTY_CELL = "coverage.empty-cell";
	public static final String MISSING_LEVEL = "coverage.missing-level";
	public static final String DUPLICATE_LEVEL_IN_ROW = "coverage.duplicate-level";
	public static final String LEVEL_ORDER = "coverage.level-order";
	public static final String DUPLICATE_ROW = "coverage.duplicate-row";
	public static final String REQUIREMENT_TABLE_MISSING = "coverage.table-missing";
	public static final String ROW_ORDER = "coverage.row-order";

	// naming and placement
	public static final String DUPLICATE_SUBDOMAIN_IN_MODEL = "naming.duplicate-in-model";
	public static final String DUPLICATE_SUBDOMAIN_IN_TABLE = "naming.duplicate-in-table";
	public static final String DOMAIN_PLACEMENT = "naming.domain-placement";
	public static final String DRAFTING_NOTE = "naming.drafting-note";
	public static final String DUPLICATE_NAME = "naming.duplicate-id";
	public static final String TOO_LONG = "naming.too-long";
	public static final String TOO_MANY_CLAUSES = "labels.too-many-clauses";
	public static final String ABBREVIATION_GLOSSES = "naming.abbreviation-glosses";
	public static final String TOPIC_HEADINGS = "naming.topic-headings";
	public static final String TABLE_TITLE = "naming.table-title";

	// clause labels
	public static final String LABEL_RESTART = "labels.restart";
	public static final String LABEL_SKIPPED = "labels.skipped";
	public static final String LABEL_REPEATED = "labels.repeated";
	public static final String LABEL_MALFORMED = "labels.malformed";
	public static final String LABEL_MISSING = "labels.missing";
	public static final String LABEL_TABLE_STYLE = "labels.table-style";
	/** Info in a draft: a cell whose clauses have no label at all. */
	public static final String CELL_WITHOUT_LABELS = "labels.cell-without-labels";
	/** Info in a draft: a cell that opens with an unlabelled paragraph before its a). */
	public static final String UNLABELLED_OPENING = "labels.unlabelled-opening";

	// clause text
	public static final String DUPLICATE_CLAUSE_IN_CELL = "text.duplicate-in-cell";
	public static final String DUPLICATE_CLAUSE_IN_ROW = "text.duplicate-in-row";
	public static final String DUPLICATE_ROW_TEXT = "text.duplicate-row";
	public static final String REPEATED_PHRASE = "text.repeated-phrase";
	public static final String REPEATED_SENTENCE = "text.repeated-sentence";
	public static final String SHARED_SENTENCE = "text.shared-sentence";
	public static final String NEAR_COPY_IN_CELL = "text.near-copy-in-cell";
	public static final String DUPLICATE_CLAUSE_IN_TABLE = "text.duplicate-in-table";
	public static final String CLAUSE_END = "text.clause-end";
	public static final String LEADING_PUNCTUATION = "text.leading-punctuation";
	public static final String OTHER_SECTOR = "text.other-sector";
	public static final String THRESHOLD_FALLS = "text.threshold-falls";
	public static final String DOUBLED_CHARACTER = "text.doubled-character";
	public static final String REPEATED_WORD = "text.repeated-word";
	public static final String LATIN_WORD = "text.latin-word";
	public static final String STRAY_PUNCTUATION = "text.stray-punctuation";
	public static final String GARBLED_TEXT = "text.garbled";
	public static final String NO_MODAL_VERB = "text.no-modal-verb";
	public static final String EMPTY_TEXT = "text.empty";

	// rules
	public static final String BAND_GAP = "rules.band-gap";
	public static final String BAND_OVERLAP = "rules.band-overlap";
	public static final String BAND_COVERAGE = "rules.band-coverage";
	public static final String BAND_INVALID = "rules.band-invalid";
	public static final String BAND_LEVEL = "rules.band-level";
	public static final String THRESHOLD_BAND = "rules.threshold-band";
	public static final String SCALE_RANGE = "rules.scale-range";
	public static final String SCALE_ORDER = "rules.scale-order";
	public static final String TAILORING_EMPTIES_DOMAIN = "rules.tailoring-empties-domain";
	public static final String RULE_MISSING = "rules.missing";
	public static final String RULE_DUPLICATE = "rules.duplicate";
	public static final String PART_TARGETS = "rules.part-targets";
	public static final String RULES_UNSUPPORTED = "rules.unsupported";
	public static final String RULES_NOT_APPLICABLE_NAME = "rules.not-applicable-name";
	public static final String INTERPRETATION_MISSING = "rules.interpretation-missing";
	public static final String INTERPRETATION_DUPLICATE = "rules.interpretation-duplicate";
	public static final String INTERPRETATION_EMPTY = "rules.interpretation-empty";

	// worked examples (计算示例), recomputed with the revision's rules
	public static final String EXAMPLE_MISMATCH = "examples.mismatch";
	public static final String EXAMPLE_UNRATED = "examples.unrated";
	public static final String EXAMPLE_UNKNOWN_CLAUSE = "examples.unknown-clause";
	public static final String EXAMPLE_NOT_SCORABLE = "examples.not-scorable";

	/** The category of a code: weights, coverage, naming, labels, text, rules, references or syntax. */
	public static String category(String code) {
		if (code == null || code.startsWith("org.")) {
			return "syntax";
		}
		int dot = code.indexOf('.');
		return dot > 0 ? code.substring(0, dot) : code;
	}
}
