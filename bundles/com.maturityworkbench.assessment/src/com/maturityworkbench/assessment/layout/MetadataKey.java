package com.maturityworkbench.assessment.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The metadata of a single-enterprise assessment, in the order the templates write it: {@code # key: value} lines of
 * a CSV file, the rows of the {@value XlsxLayout#INFO_SHEET} sheet, the members of an assessment JSON of the same name.
 * Keys are ASCII and written as declared (read in any case); the information sheet also accepts the Chinese labels of
 * {@link #aliases()} in place of the key.
 */
public enum MetadataKey {
	STANDARD("standard", LayoutVersion.V1, "标准", "标准编号"),
	REVISION("revision", LayoutVersion.V1, "修订版"),
	STATUS("status", LayoutVersion.V1, "状态"),
	SECTOR("sector", LayoutVersion.V1, "企业类型", "行业"),
	/** Subdomain ids or bare names tailored out, separated as {@link TailoredList} says. */
	TAILORED("tailored", LayoutVersion.V1, "裁剪", "裁剪项"),
	/** For the assessor only (the scale of the revision); not read back. */
	SCALE("scale", LayoutVersion.V1, "评分标准"),
	/** The layout marker: the number of the {@link LayoutVersion}. */
	LAYOUT("layout", LayoutVersion.V2, "布局", "模板布局"),
	/**
	 * Layout 4: the revision's label (the head file's {@code revision "…"}, e.g. 征求意见稿). With {@link #REVISION} (the
	 * standard's id) and {@link #STANDARD} (its code) it names the revision the assessment belongs to; an assessment
	 * naming another label of the same standard is refused (it is carried over with {@code mwb migrate}).
	 */
	REVISION_LABEL("revisionLabel", LayoutVersion.V4, "修订版标签", "修订稿"),
	/** Layout 5: the enterprise assessed (基本情况 of the report), optional from here on. */
	ENTERPRISE("enterprise", LayoutVersion.V5, Kind.PARTICULARS, "企业名称"),
	CREDIT_CODE("creditCode", LayoutVersion.V5, Kind.PARTICULARS, "统一社会信用代码"),
	ADDRESS("address", LayoutVersion.V5, Kind.PARTICULARS, "地址", "企业地址"),
	INDUSTRY("industry", LayoutVersion.V5, Kind.PARTICULARS, "所属行业/主营产品", "所属行业", "主营产品"),
	ASSESSMENT_DATE("assessmentDate", LayoutVersion.V5, Kind.PARTICULARS, "评估日期"),
	ASSESSOR("assessor", LayoutVersion.V5, Kind.PARTICULARS, "评估机构", "评估方"),
	PANEL_MEMBERS("panelMembers", LayoutVersion.V5, Kind.PARTICULARS, "评估组成员", "评估组"),
	/** Layout 5: the panel's own text of the report's parts (8.7.4), carried into the report beside the computed part. */
	ANALYSIS("analysis", LayoutVersion.V5, Kind.WRITTEN_PART, "分析报告"),
	STRENGTHS("strengths", LayoutVersion.V5, Kind.WRITTEN_PART, "优秀经验"),
	WEAKNESSES("weaknesses", LayoutVersion.V5, Kind.WRITTEN_PART, "短板不足"),
	ADVICE("advice", LayoutVersion.V5, Kind.WRITTEN_PART, "改进建议");

	/** What a key is for. */
	public enum Kind {
		/** Names the revision and the enterprise's sector and tailoring, or describes the file: read for scoring. */
		ASSESSMENT,
		/** The enterprise's particulars, for the report's 基本情况 only; never read for scoring. */
		PARTICULARS,
		/** A part of the report the panel writes (8.7.4), free text, possibly several lines; never read for scoring. */
		WRITTEN_PART
	}

	private final String key;
	private final LayoutVersion since;
	private final Kind kind;
	private final List<String> aliases;

	MetadataKey(String key, LayoutVersion since, String... aliases) {
		this(key, since, Kind.ASSESSMENT, aliases);
	}

	MetadataKey(String key, LayoutVersion since, Kind kind, String... aliases) {
		this.key = key;
		this.since = since;
		this.kind = kind;
		this.aliases = List.of(aliases);
	}

	public Kind kind() {
		return kind;
	}

	/** The Chinese label of the key (its first alias), as the templates and the report name it. */
	public String label() {
		return aliases.get(0);
	}

	/** The keys of {@code kind}, in order. */
	public static List<MetadataKey> of(Kind kind) {
		return Arrays.stream(values()).filter(k -> k.kind == kind).toList();
	}

	/** The ASCII key as written: {@code standard}, {@code sector} … */
	public String key() {
		return key;
	}

	/** The first layout that writes this key. */
	public LayoutVersion since() {
		return since;
	}

	/** Chinese labels the information sheet accepts in column A instead of the key. */
	public List<String> aliases() {
		return aliases;
	}

	/** The keys a template of {@code layout} writes, in order. */
	public static List<MetadataKey> written(LayoutVersion layout) {
		return Arrays.stream(values()).filter(k -> layout.atLeast(k.since)).toList();
	}

	/** The key written as {@code key} (any case, surrounding blanks ignored). */
	public static Optional<MetadataKey> byKey(String key) {
		String k = key.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(m -> m.key.toLowerCase(Locale.ROOT).equals(k)).findFirst();
	}

	/** The key written as {@code label}: the key itself or one of its Chinese aliases. */
	public static Optional<MetadataKey> byLabel(String label) {
		String l = label.strip();
		return byKey(l).or(() -> Arrays.stream(values()).filter(m -> m.aliases.contains(l)).findFirst());
	}
}
