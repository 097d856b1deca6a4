package com.maturityworkbench.revision.compare;

/**
 * A requirement row of a subdomain found on both sides whose place in its requirement table changed: placed under
 * another domain name ({@code DOMAIN}: a domain renamed, or the row moved to another domain), or moved within the
 * table's order of rows ({@code ORDER}: the row is not among the longest sequence of rows both revisions keep in the
 * same order). The subdomain match it belongs to gives its names; positions are 0-based, in table order.
 */
public record RowChange(Kind kind, SubdomainMatch subdomain, String table, String oldDomain, String newDomain, int oldPosition, int newPosition) {
	public enum Kind {
		DOMAIN, ORDER
	}

	/** The row's printed name in the new revision. */
	public String rowName() {
		return subdomain.nu().rowName();
	}
}
