package com.maturityworkbench.scoring.model;

/**
 * Where a clause id sits in an effective model: in a cell of a weighted subdomain ({@code subdomain} and
 * {@code levelIndex} set, {@code position} = its index in {@link SectorModel#clauseOrder()}), or in an
 * unweighted row ({@code row} set, {@code subdomain} null, {@code levelIndex} and {@code position} -1).
 */
public record ClauseRef(String clauseId, SubdomainRef subdomain, UnweightedRow row, int levelIndex, int position) {
	public boolean isScored() {
		return subdomain != null;
	}
}
