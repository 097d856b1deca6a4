package com.maturityworkbench.scoring.model;

/** A subdomain of an effective model with its table and domain; {@code order} is its position in table order. */
public record SubdomainRef(int order, ScoredTable table, Domain domain, Subdomain subdomain) {
	public String id() {
		return subdomain.id();
	}
}
