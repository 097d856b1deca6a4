package com.maturityworkbench.scoring.result;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.RevisionStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The complete, exact result of scoring one assessment.
 *
 * @param subdomains every subdomain of the effective model in table order, tailored ones included
 * @param domains domains merged by name across the two tables, in order of first appearance
 * @param draftGaps gaps of the revision that shaped the score (empty cells, rows not scored, ...)
 * @param nextLevelGaps every scored cell with a clause below the top rating, by gain in S descending,
 *        ties in table order (subdomain, then level): the largest single gains
 * @param nextLevelPlan the fewest clause raises to the top rating that bring S to the next level's band
 * @param notApplicable the clauses rated not applicable (left out of their cell's n), in input order
 */
public record ScoreResult(String standardCode, String revisionId, RevisionStatus status, String sector, Set<String> tailored,
		Determination determination, List<DomainScore> domains, List<SubdomainScore> subdomains, List<DraftGap> draftGaps,
		List<NextLevelGap> nextLevelGaps, NextLevelPlan nextLevelPlan, Set<String> notApplicable) {
	public ScoreResult {
		notApplicable = Collections.unmodifiableSet(new LinkedHashSet<>(notApplicable));
		tailored = Collections.unmodifiableSet(new LinkedHashSet<>(tailored));
		domains = List.copyOf(domains);
		subdomains = List.copyOf(subdomains);
		draftGaps = List.copyOf(draftGaps);
		nextLevelGaps = List.copyOf(nextLevelGaps);
	}

	/** A result without not-applicable ratings. */
	public ScoreResult(String standardCode, String revisionId, RevisionStatus status, String sector, Set<String> tailored,
			Determination determination, List<DomainScore> domains, List<SubdomainScore> subdomains, List<DraftGap> draftGaps,
			List<NextLevelGap> nextLevelGaps, NextLevelPlan nextLevelPlan) {
		this(standardCode, revisionId, status, sector, tailored, determination, domains, subdomains, draftGaps, nextLevelGaps, nextLevelPlan, Set.of());
	}

	/** A(i) for 1-based level {@code number}. */
	public Rational levelScore(int number) {
		return determination.score(number);
	}

	public boolean met(int number) {
		return determination.met(number);
	}

	/** S. */
	public Rational total() {
		return determination.total();
	}

	/** 0..number of levels. */
	public int level() {
		return determination.level();
	}

	public String levelName() {
		return determination.levelName();
	}

	public boolean progressive() {
		return determination.progressive();
	}

	/** w'(s) of every subdomain at 1-based level {@code number}, in table order (zero where not scored). */
	public Map<String, Rational> effectiveWeights(int number) {
		Map<String, Rational> weights = new LinkedHashMap<>();
		for (SubdomainScore s : subdomains) {
			weights.put(s.id(), s.effectiveWeight(number));
		}
		return Collections.unmodifiableMap(weights);
	}

	public SubdomainScore subdomain(String id) {
		return subdomains.stream().filter(s -> s.id().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no subdomain " + id + " in this result"));
	}

	public DomainScore domain(String name) {
		return domains.stream().filter(d -> d.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no domain " + name + " in this result"));
	}
}
