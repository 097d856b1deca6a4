package com.maturityworkbench.scoring.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.Subdomain;
import com.maturityworkbench.scoring.model.SubdomainRef;

/**
 * A weighted subdomain's declared weight and its effective weight w'(s) in the effective model of every sector it
 * belongs to, untailored, per level: what the table's redistribution ({@link EffectiveModel}: the revision's gaps, a
 * domain's unscored subdomains, an empty domain) makes of the declared weight. A common subdomain belongs to every
 * sector's model, a sector table's subdomain to its own sector's only. For an editor's hover and the weight-table
 * view; the numbers are the engine's.
 */
public record SubdomainWeights(String subdomainId, String name, Rational declared, List<String> levels, List<SectorWeights> sectors) {

	/** w'(s) in one sector's untailored effective model, per level (zero where the subdomain is not scored). */
	public record SectorWeights(String sector, List<Rational> byLevel) {
		public SectorWeights {
			byLevel = List.copyOf(byLevel);
		}

		/** True when w'(s) is the same at every level. */
		public boolean uniform() {
			return byLevel.stream().distinct().count() <= 1;
		}
	}

	public SubdomainWeights {
		levels = List.copyOf(levels);
		sectors = List.copyOf(sectors);
	}

	/** The weights of the subdomain with this id ({@code 表1.组织建设}); empty when no sector's model has it. */
	public static Optional<SubdomainWeights> of(ScoringEngine engine, String subdomainId) {
		RevisionModel model = engine.model();
		List<SectorWeights> sectors = new ArrayList<>();
		Subdomain subdomain = null;
		for (String sector : model.sectors()) {
			EffectiveModel effective = engine.effectiveModel(sector, Set.of());
			SectorModel sectorModel = effective.sectorModel();
			Optional<SubdomainRef> ref = sectorModel.subdomain(subdomainId);
			if (ref.isEmpty()) {
				continue;
			}
			subdomain = ref.get().subdomain();
			List<Rational> byLevel = new ArrayList<>();
			for (int level = 0; level < model.levelCount(); level++) {
				byLevel.add(effective.weight(ref.get(), level));
			}
			sectors.add(new SectorWeights(sector, byLevel));
		}
		return subdomain == null ? Optional.empty()
				: Optional.of(new SubdomainWeights(subdomainId, subdomain.name(), subdomain.weight(), model.levels(), sectors));
	}
}
