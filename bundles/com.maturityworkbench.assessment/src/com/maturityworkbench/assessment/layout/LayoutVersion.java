package com.maturityworkbench.assessment.layout;

import java.util.Optional;

/**
 * The versions of the assessment layout: what a generated template (CSV, XLSX) and an assessment JSON hold and where.
 * A file states its layout with the {@link MetadataKey#LAYOUT layout} marker ({@code # layout: 2} in CSV, a
 * {@code layout} row in the {@value XlsxLayout#INFO_SHEET} sheet, {@code "layout": 2} in JSON); a file without one
 * is layout 1, the first release's. Readers read every layout up to {@link #CURRENT} and refuse a newer one; the
 * generator writes {@link #CURRENT}.
 *
 * <ul>
 * <li>Layout 1: metadata standard, revision, status, sector, tailored, scale; columns
 * {@code clause_id,table,domain,subdomain,level,label,text,rating}; no marker.</li>
 * <li>Layout 2: layout 1 and the marker, written after the other metadata so that every row and line of layout 1
 * keeps its place (a reader of layout 1 ignores the marker, as it ignores every key it does not know).</li>
 * <li>Layout 3: layout 2 and a last column {@code context} after {@code rating}: the lead-in (导语) and the notes and
 * examples of the clause's cell and of the clause itself, for the assessor to read beside the clause. Context is no
 * row of its own, so it can never be rated nor counted; readers read only {@code clause_id} and {@code rating} and
 * ignore what the column holds, edited or not. The {@code text} column holds the whole rated clause: its first
 * paragraph and the paragraphs that continue it, separated by line breaks.</li>
 * <li>Layout 4: layout 3 and the revision's label ({@link MetadataKey#REVISION_LABEL}, written after the marker), which
 * a file of layout 4 must give: an assessment belongs to one revision (standard id, code and label). A file of an
 * earlier layout names only the standard id and scores against any revision of that standard. Layout 4 also adds the
 * column {@code evidence} (证据/备注, 8.7.2) after {@code context}, read back, and a header row of Chinese column
 * names before the machine header ({@link RequirementColumn#chinese()}), which the readers skip.</li>
 * </ul>
 */
public enum LayoutVersion {
	V1(1), V2(2), V3(3), V4(4), V5(5);

	/** The layout the generator writes and the newest the readers read. */
	public static final LayoutVersion CURRENT = V5;
	/** The layout of a file without a marker. */
	public static final LayoutVersion UNMARKED = V1;

	private final int number;

	LayoutVersion(int number) {
		this.number = number;
	}

	/** 1, 2 … as written in the marker. */
	public int number() {
		return number;
	}

	/** Whether this layout writes the marker (every layout after the first). */
	public boolean marked() {
		return this != UNMARKED;
	}

	/** The layout numbered {@code number}, empty when there is none (a number from a newer release, or below 1). */
	public static Optional<LayoutVersion> of(int number) {
		for (LayoutVersion v : values()) {
			if (v.number == number) {
				return Optional.of(v);
			}
		}
		return Optional.empty();
	}

	public boolean atLeast(LayoutVersion other) {
		return number >= other.number;
	}

	@Override
	public String toString() {
		return String.valueOf(number);
	}
}
