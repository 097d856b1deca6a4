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
	REVISION_LABEL("revisionLabel", LayoutVersion.V4, "修订版标签", "修订稿");

	private final String key;
	private final LayoutVersion since;
	private final List<String> aliases;

	MetadataKey(String key, LayoutVersion since, String... aliases) {
		this.key = key;
		this.since = since;
		this.aliases = List.of(aliases);
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
