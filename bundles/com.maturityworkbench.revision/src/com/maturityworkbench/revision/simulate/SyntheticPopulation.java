package com.maturityworkbench.revision.simulate;

import java.util.ArrayList;
import java.util.List;

import com.maturityworkbench.scoring.Rational;

/**
 * A reproducible population of synthetic enterprises. Each enterprise is single (one sector, drawn uniformly from the
 * sectors given) or, with probability 0.1 when there are two sectors or more, composite (附录A): 2 or 3 units, each
 * of a sector drawn uniformly (two units may share a sector), with an integer output value drawn uniformly from
 * 10..100. An enterprise has a latent maturity θ ~ N(2.8, 0.9), clipped to [0.2, 5], on the scale of S; a unit of a
 * composite has θ + N(0, 0.3), clipped likewise. Each subdomain of a unit has an offset δ ~ N(0, 0.4), the same for
 * every clause of the subdomain (ratings correlate within a subdomain). A clause at level i (1-based) gets
 * x = θ + δ − (i − 0.5) + ε, ε ~ N(0, 0.35), and the rating of the scale nearest to 1 / (1 + e^(−2.5·x)): the higher the
 * level, the less likely it is met.
 *
 * <p>Every draw is a hash of the seed, the enterprise's number, the unit and the subdomain's or clause's key (SplitMix64
 * finalisation steps, no generator allocated), so the same enterprise rates a clause the same way in every revision
 * that has it, and a clause new in a revision is rated from the same profile. A normal draw is the standard normal
 * quantile of the hash's top 16 bits, (k + 0.5) / 65536 (a table of 65,536 quantiles, |z| ≤ 4.3).
 */
public final class SyntheticPopulation {
	private static final double MEAN_MATURITY = 2.8;
	private static final double SPREAD_MATURITY = 0.9;
	private static final double UNIT_SPREAD = 0.3;
	private static final double SUBDOMAIN_SPREAD = 0.4;
	private static final double CLAUSE_NOISE = 0.35;
	static final double STEEPNESS = 2.5;
	private static final double COMPOSITE_SHARE = 0.1;
	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private final long seed;
	private final List<String> sectors;

	/** An enterprise: its number, its units (one for a single enterprise) and whether it is composite. */
	public record Enterprise(int number, boolean composite, List<UnitProfile> units) {
		/** The sector of a single enterprise. */
		public String sector() {
			return units.get(0).sector();
		}
	}

	/** A unit's profile: its sector, output value (1 for a single enterprise), latent maturity and the seed of its draws. */
	public record UnitProfile(String sector, Rational output, double maturity, long seed) {
	}

	public SyntheticPopulation(long seed, List<String> sectors) {
		this.seed = seed;
		this.sectors = List.copyOf(sectors);
	}

	public long seed() {
		return seed;
	}

	public Enterprise enterprise(int number) {
		long base = hash(seed, number);
		double maturity = clip(MEAN_MATURITY + SPREAD_MATURITY * normal(hash(base, 1)));
		boolean composite = sectors.size() > 1 && uniform(hash(base, 2)) < COMPOSITE_SHARE;
		if (!composite) {
			return new Enterprise(number, false, List.of(new UnitProfile(sectors.get(pick(hash(base, 3), sectors.size())), Rational.ONE, maturity, base)));
		}
		int count = 2 + pick(hash(base, 4), 2);
		List<UnitProfile> units = new ArrayList<>(count);
		for (int u = 0; u < count; u++) {
			long unitSeed = hash(base, 100 + u);
			String sector = sectors.get(pick(hash(unitSeed, 1), sectors.size()));
			long output = 10 + pick(hash(unitSeed, 2), 91);
			units.add(new UnitProfile(sector, Rational.valueOf(output), clip(maturity + UNIT_SPREAD * normal(hash(unitSeed, 3))), unitSeed));
		}
		return new Enterprise(number, true, List.copyOf(units));
	}

	/** The offset δ of a subdomain (by the hash of its key) for a unit. */
	public static double subdomainOffset(UnitProfile u, long subdomainKey) {
		return SUBDOMAIN_SPREAD * normal(hash(u.seed(), subdomainKey));
	}

	/** The latent x of a clause at {@code level} (1-based) of a subdomain with {@code offset}; {@code clauseKey} fixes its own noise. */
	public static double latent(UnitProfile u, double offset, int level, long clauseKey) {
		return u.maturity() + offset - (level - 0.5) + CLAUSE_NOISE * normal(hash(u.seed(), clauseKey));
	}

	/** The hash key of a subdomain's or clause's name. */
	public static long key(String name) {
		return mix(name.hashCode() * GOLDEN + name.length());
	}

	/** The index of the scale value equal to {@code value}, else the nearest (the first of two as near). */
	public static int nearest(double value, double[] scaleValues) {
		int best = 0;
		for (int k = 1; k < scaleValues.length; k++) {
			if (Math.abs(scaleValues[k] - value) < Math.abs(scaleValues[best] - value)) {
				best = k;
			}
		}
		return best;
	}

	/** One draw of many: the SplitMix64 finalisation of {@code a·φ + b}. */
	static long hash(long a, long b) {
		return mix(a * GOLDEN + b);
	}

	/** A uniform number in [0, 1) from the top 53 bits of a hash. */
	static double uniform(long h) {
		return (h >>> 11) * 0x1.0p-53;
	}

	/** A standard normal number from the top 16 bits of a hash (see the class comment). */
	static double normal(long h) {
		return NormalQuantiles.TABLE[(int) (h >>> 48)];
	}

	private static int pick(long h, int n) {
		return (int) ((h >>> 33) % n);
	}

	private static double clip(double maturity) {
		return Math.max(0.2, Math.min(5, maturity));
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** The standard normal quantiles of (k + 0.5) / 65536, from the normal density integrated by the trapezoid rule. */
	private static final class NormalQuantiles {
		static final double[] TABLE = build();

		private static double[] build() {
			int n = 1 << 16;
			double step = 1e-4;
			double from = -6;
			int points = (int) Math.round(12 / step);
			double[] table = new double[n];
			double cdf = 0;
			double previous = density(from);
			int k = 0;
			for (int i = 1; i <= points && k < n; i++) {
				double z = from + i * step;
				double d = density(z);
				double next = cdf + (previous + d) * step / 2;
				while (k < n && (k + 0.5) / n <= next) {
					double p = (k + 0.5) / n;
					table[k++] = z - step + step * (p - cdf) / (next - cdf);
				}
				cdf = next;
				previous = d;
			}
			while (k < n) {
				table[k++] = 6;
			}
			return table;
		}

		private static double density(double z) {
			return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
		}
	}
}
