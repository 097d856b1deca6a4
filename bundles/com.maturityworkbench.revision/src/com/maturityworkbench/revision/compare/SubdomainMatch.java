package com.maturityworkbench.revision.compare;

import com.maturityworkbench.revision.compare.RevisionOutline.SubdomainOutline;

/**
 * A subdomain of the old revision and its counterpart in the new one; either side is null for a subdomain removed
 * or added. Renamed: the printed name differs (recognised by weight, position and clause similarity); moved: its
 * domain or its table group differs.
 */
public record SubdomainMatch(SubdomainOutline old, SubdomainOutline nu) {
	public boolean isAdded() {
		return old == null;
	}

	public boolean isRemoved() {
		return nu == null;
	}

	public boolean isRenamed() {
		return old != null && nu != null && (!old.name().equals(nu.name()) || isRowRenamed());
	}

	/** The same weighted name, but its requirement row's printed name changed (a drafting note dropped, a drifted name reconciled). */
	public boolean isRowRenamed() {
		return old != null && nu != null && old.name().equals(nu.name()) && old.rowName() != null && nu.rowName() != null
				&& !old.rowName().equals(nu.rowName());
	}

	public boolean isMoved() {
		return old != null && nu != null && (!old.group().equals(nu.group()) || !String.valueOf(old.domain()).equals(String.valueOf(nu.domain())));
	}

	/** The change in one word, as the reports key it: added, removed, renamed, row-renamed (the requirement row only), moved,
	 * renamed-moved, or same. */
	public String change() {
		if (isAdded()) {
			return "added";
		}
		if (isRemoved()) {
			return "removed";
		}
		if (isRowRenamed() && !isMoved()) {
			return "row-renamed";
		}
		if (isRenamed()) {
			return isMoved() ? "renamed-moved" : "renamed";
		}
		return isMoved() ? "moved" : "same";
	}

	public boolean isChanged() {
		return isAdded() || isRemoved() || isRenamed() || isMoved();
	}
}
