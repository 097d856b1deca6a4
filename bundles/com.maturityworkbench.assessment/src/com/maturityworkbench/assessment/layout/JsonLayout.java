package com.maturityworkbench.assessment.layout;

import java.util.List;

/**
 * An assessment as JSON: the members of each object, which of them are required, and what they hold. One enterprise
 *
 * <pre>
 * {"layout": 4, "standard": "YS/T XXXXX—XXXX", "revision": "nonferrous_dt_maturity", "revisionLabel": "征求意见稿",
 *  "sector": "冶炼", "tailored": ["表3.中试验证"], "ratings": {"表5.组织建设.一级.1": "全部满足", "表5.组织建设.一级.2": 0.8},
 *  "evidence": {"表5.组织建设.一级.1": "文件：数字化转型组织架构图；访谈：信息中心主任"}}
 * </pre>
 *
 * or a composite enterprise (Annex A), whose units carry their ratings inline or name a single assessment file
 * (JSON, CSV or XLSX, relative to the composite file) in {@value #ASSESSMENT}:
 *
 * <pre>
 * {"revision": "nonferrous_dt_maturity",
 *  "composite": {"outputBasis": "values", "units": [
 *    {"name": "一厂", "sector": "采选", "output": 1200, "tailored": [], "ratings": {…}},
 *    {"name": "二厂", "sector": "冶炼", "output": 800, "assessment": "unit2.csv"}]}}
 * </pre>
 *
 * Metadata members are named as the {@link MetadataKey}s of the templates. {@code layout} is optional (1 when absent;
 * a number up to {@link LayoutVersion#CURRENT}). {@code tailored} is a list of subdomain ids (表3.中试验证) or bare
 * names unique in the enterprise's model (中试验证), or one text of them ({@link TailoredList}). A rating is a number,
 * a text (a scale value such as "0.8" or a scale name such as 大部分满足; where the revision's rules allow it, its name for
 * not applicable, e.g. 不适用, in every format alike) or null (not rated). {@code outputBasis}
 * is {@value #VALUES} (the default) or {@value #SHARES}. {@code $schema}, {@code comment}, {@code status} and
 * {@code scale} are for people and ignored. From layout 5 on, a single or composite file may give the details of the
 * report ({@link #DETAILS}: {@code enterprise}, {@code creditCode}, {@code address}, {@code industry},
 * {@code assessmentDate}, {@code assessor}, {@code panelMembers}; {@code analysis}, {@code strengths},
 * {@code weaknesses}, {@code advice}), each a text.
 */
public final class JsonLayout {
	public static final String SCHEMA = "$schema";
	public static final String COMMENT = "comment";
	public static final String LAYOUT = MetadataKey.LAYOUT.key();
	public static final String STANDARD = MetadataKey.STANDARD.key();
	public static final String REVISION = MetadataKey.REVISION.key();
	public static final String REVISION_LABEL = MetadataKey.REVISION_LABEL.key();
	public static final String STATUS = MetadataKey.STATUS.key();
	public static final String SECTOR = MetadataKey.SECTOR.key();
	public static final String TAILORED = MetadataKey.TAILORED.key();
	public static final String SCALE = MetadataKey.SCALE.key();
	/** Layout 5: the particulars and the panel's written parts of the report (8.7.4), each a text, all optional. */
	public static final List<String> DETAILS = java.util.stream.Stream.of(MetadataKey.values()).filter(k -> k.kind() != MetadataKey.Kind.ASSESSMENT)
			.map(MetadataKey::key).toList();
	public static final String RATINGS = "ratings";
	/** Layout 4: clause id → the evidence and remarks of the clause (证据/备注, 8.7.2), free text. */
	public static final String EVIDENCE = "evidence";
	/** Layout 4: clause id → the ratings of the assessment panel's members ({@link PanelColumns}). */
	public static final String PANEL = "panel";
	public static final String COMPOSITE = "composite";
	public static final String OUTPUT_BASIS = "outputBasis";
	public static final String UNITS = "units";
	public static final String NAME = "name";
	public static final String OUTPUT = "output";
	public static final String ASSESSMENT = "assessment";
	public static final String VALUES = "values";
	public static final String SHARES = "shares";
	public static final List<String> OUTPUT_BASES = List.of(VALUES, SHARES);
	/** The members of a unit that rates inline, which a unit with an {@value #ASSESSMENT} file may not have. */
	public static final List<String> INLINE_ONLY = List.of(TAILORED, RATINGS, PANEL, EVIDENCE);

	/** The objects of an assessment JSON and their members, in the order the schema lists them. */
	public enum Shape {
		/** One enterprise: the whole file. */
		SINGLE(concat(List.of(SCHEMA, COMMENT, LAYOUT, STANDARD, REVISION, REVISION_LABEL, STATUS, SECTOR, TAILORED, SCALE), DETAILS, List.of(RATINGS, PANEL, EVIDENCE)),
				List.of(REVISION, SECTOR, RATINGS)),
		/** A composite enterprise: the whole file; a member {@value JsonLayout#COMPOSITE} tells it from a single one. */
		COMPOSITE_FILE(concat(List.of(SCHEMA, COMMENT, LAYOUT, STANDARD, REVISION, REVISION_LABEL, STATUS, SCALE), DETAILS, List.of(JsonLayout.COMPOSITE)),
				List.of(REVISION, JsonLayout.COMPOSITE)),
		/** The value of {@value JsonLayout#COMPOSITE}. */
		COMPOSITE(List.of(COMMENT, OUTPUT_BASIS, UNITS), List.of(UNITS)),
		/**
		 * One unit of a composite: {@value JsonLayout#TAILORED} and {@value JsonLayout#RATINGS}, or
		 * {@value JsonLayout#ASSESSMENT} (a file), never both.
		 */
		UNIT(List.of(COMMENT, NAME, SECTOR, OUTPUT, TAILORED, RATINGS, PANEL, EVIDENCE, ASSESSMENT), List.of(NAME, SECTOR, OUTPUT));

		private final List<String> members;
		private final List<String> required;

		Shape(List<String> members, List<String> required) {
			this.members = members;
			this.required = required;
		}

		public List<String> members() {
			return members;
		}

		public List<String> required() {
			return required;
		}

		public boolean allows(String member) {
			return members.contains(member);
		}

		/** The members an author writes (without {@code $schema} and {@code comment}), for messages. */
		public List<String> written() {
			return members.stream().filter(m -> !m.equals(SCHEMA) && !m.equals(COMMENT)).toList();
		}
	}

	private JsonLayout() {
	}

	@SafeVarargs
	private static List<String> concat(List<String>... parts) {
		return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
	}
}
