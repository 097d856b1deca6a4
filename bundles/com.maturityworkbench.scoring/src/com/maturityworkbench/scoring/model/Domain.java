package com.maturityworkbench.scoring.model;

import com.maturityworkbench.scoring.Rational;
import java.util.List;
import java.util.Objects;

/** A domain (能力域) of one table with its subdomains in table order. */
public record Domain(String name, List<Subdomain> subdomains) {
	public Domain {
		Objects.requireNonNull(name, "name");
		subdomains = List.copyOf(Objects.requireNonNull(subdomains, "subdomains"));
		if (subdomains.isEmpty()) {
			throw new IllegalArgumentException("domain " + name + " has no subdomain");
		}
	}

	/** W(domain): the sum of the weights of all its subdomains. */
	public Rational weight() {
		return subdomains.stream().map(Subdomain::weight).reduce(Rational.ZERO, Rational::add);
	}
}
