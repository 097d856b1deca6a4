package com.maturityworkbench.scoring.model;

import java.util.Objects;
import java.util.Set;

/**
 * Which subdomains an enterprise may tailor out (6.1) and the scope of redistribution.
 *
 * @param allowAll every subdomain may be tailored
 * @param allowed qualified subdomain ids that may be tailored (ignored when {@code allowAll})
 */
public record TailoringRule(boolean allowAll, Set<String> allowed, TailoringScope scope) {
	public TailoringRule {
		allowed = Set.copyOf(Objects.requireNonNull(allowed, "allowed"));
		Objects.requireNonNull(scope, "scope");
	}

	public static TailoringRule all(TailoringScope scope) {
		return new TailoringRule(true, Set.of(), scope);
	}

	public static TailoringRule only(Set<String> allowed, TailoringScope scope) {
		return new TailoringRule(false, allowed, scope);
	}

	public static TailoringRule none() {
		return new TailoringRule(false, Set.of(), TailoringScope.DOMAIN);
	}

	public boolean allows(String subdomainId) {
		return allowAll || allowed.contains(subdomainId);
	}
}
