package com.maturityworkbench.scoring.model;

/**
 * Where the weight of tailored subdomains goes (6.1). {@code DOMAIN}: only to the retained subdomains of the
 * same domain of the same table; removing a whole domain is an error. {@code TABLE}: as DOMAIN, and when
 * every subdomain of a domain is removed, that domain's weight is spread proportionally over the other
 * domains of the same table.
 */
public enum TailoringScope {
	DOMAIN, TABLE
}
