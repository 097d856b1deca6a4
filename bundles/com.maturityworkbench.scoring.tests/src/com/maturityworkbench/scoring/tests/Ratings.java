package com.maturityworkbench.scoring.tests;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds assessments for tests: every clause of every retained subdomain at one rating, then overrides. */
final class Ratings {
	private final RevisionModel model;
	private final String sector;
	private final Set<String> tailored = new LinkedHashSet<>();
	private Rational all = Rational.ONE;
	private final Map<String, Rational> overrides = new LinkedHashMap<>();

	private Ratings(RevisionModel model, String sector) {
		this.model = model;
		this.sector = sector;
	}

	static Ratings of(RevisionModel model, String sector) {
		return new Ratings(model, sector);
	}

	Ratings tailor(String... ids) {
		tailored.addAll(List.of(ids));
		return this;
	}

	Ratings all(String rating) {
		this.all = Rational.parse(rating);
		return this;
	}

	Ratings set(String clauseId, String rating) {
		overrides.put(clauseId, Rational.parse(rating));
		return this;
	}

	/** Rates the clauses a, b, c ... of one cell in order. */
	Ratings cell(String subdomainId, String level, String... ratings) {
		for (int k = 0; k < ratings.length; k++) {
			set(HandModel.clause(subdomainId, level, (char) ('a' + k)), ratings[k]);
		}
		return this;
	}

	/** Rates every cell of a subdomain at every level with one value. */
	Ratings subdomain(String subdomainId, String rating) {
		SubdomainRef ref = SectorModel.of(model, sector).subdomain(subdomainId).orElseThrow();
		ref.subdomain().cells().forEach(c -> c.clauseIds().forEach(id -> set(id, rating)));
		return this;
	}

	Assessment build() {
		Map<String, Rational> ratings = new LinkedHashMap<>();
		for (SubdomainRef ref : SectorModel.of(model, sector).subdomains()) {
			if (tailored.contains(ref.id())) {
				continue;
			}
			ref.subdomain().cells().forEach(c -> c.clauseIds().forEach(id -> ratings.put(id, all)));
		}
		ratings.putAll(overrides);
		return new Assessment(model.revisionId(), sector, tailored, ratings);
	}
}
