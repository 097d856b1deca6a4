package com.maturityworkbench.scoring.assessment;

import com.maturityworkbench.scoring.Rational;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An assessment of one enterprise (or unit): the revision it was made against, its sector, the subdomains it
 * tailored out (qualified ids) and one rating per clause of every retained subdomain — a scale value in
 * {@code ratings}, or, where the revision allows it, not applicable ({@code notApplicable}, clause ids; such a
 * clause has no entry in {@code ratings}). Insertion order of the sets and map is kept (so validation reports
 * problems in input order). Immutable.
 */
public record Assessment(String revisionId, String sector, Set<String> tailored, Map<String, Rational> ratings, Set<String> notApplicable) {
	public Assessment {
		Objects.requireNonNull(revisionId, "revisionId");
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(tailored, "tailored");
		Objects.requireNonNull(ratings, "ratings");
		Objects.requireNonNull(notApplicable, "notApplicable");
		for (String t : tailored) {
			Objects.requireNonNull(t, "tailored subdomain id");
		}
		ratings.forEach((k, v) -> {
			Objects.requireNonNull(k, "clause id");
			Objects.requireNonNull(v, () -> "rating of clause " + k);
		});
		tailored = Collections.unmodifiableSet(new LinkedHashSet<>(tailored));
		ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
		for (String c : notApplicable) {
			Objects.requireNonNull(c, "clause id rated not applicable");
		}
		notApplicable = Collections.unmodifiableSet(new LinkedHashSet<>(notApplicable));
	}

	/** An assessment without not-applicable ratings. */
	public Assessment(String revisionId, String sector, Set<String> tailored, Map<String, Rational> ratings) {
		this(revisionId, sector, tailored, ratings, Set.of());
	}

	public Assessment withTailored(Set<String> newTailored) {
		return new Assessment(revisionId, sector, newTailored, ratings, notApplicable);
	}

	public Assessment withRatings(Map<String, Rational> newRatings) {
		return new Assessment(revisionId, sector, tailored, newRatings, notApplicable);
	}

	public Assessment withNotApplicable(Set<String> newNotApplicable) {
		return new Assessment(revisionId, sector, tailored, ratings, newNotApplicable);
	}
}
