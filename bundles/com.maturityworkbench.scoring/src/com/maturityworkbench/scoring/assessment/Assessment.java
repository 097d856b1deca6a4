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
 * tailored out (qualified ids) and one rating per clause of every retained subdomain. Insertion order of the
 * set and map is kept (so validation reports problems in input order). Immutable.
 */
public record Assessment(String revisionId, String sector, Set<String> tailored, Map<String, Rational> ratings) {
	public Assessment {
		Objects.requireNonNull(revisionId, "revisionId");
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(tailored, "tailored");
		Objects.requireNonNull(ratings, "ratings");
		for (String t : tailored) {
			Objects.requireNonNull(t, "tailored subdomain id");
		}
		ratings.forEach((k, v) -> {
			Objects.requireNonNull(k, "clause id");
			Objects.requireNonNull(v, () -> "rating of clause " + k);
		});
		tailored = Collections.unmodifiableSet(new LinkedHashSet<>(tailored));
		ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
	}

	public Assessment withTailored(Set<String> newTailored) {
		return new Assessment(revisionId, sector, newTailored, ratings);
	}

	public Assessment withRatings(Map<String, Rational> newRatings) {
		return new Assessment(revisionId, sector, tailored, newRatings);
	}
}
