package com.maturityworkbench.revision.simulate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A reproducible population of synthetic enterprises. Each enterprise has a sector (drawn uniformly from the sectors
 * given) and a latent maturity θ ~ N(2.8, 0.9), clipped to [0.2, 5], on the scale of S. Each of its subdomains has
 * an offset δ ~ N(0, 0.4), the same for every clause of the subdomain (ratings correlate within a subdomain). A clause
 * at level i (1-based) gets x = θ + δ − (i − 0.5) + ε, ε ~ N(0, 0.35), and the rating of the scale nearest to
 * 1 / (1 + e^(−2.5·x)): the higher the level, the less likely it is met. Every draw derives from the seed, the
 * enterprise's number and the subdomain's or clause's key, so the same enterprise rates a clause the same way in every
 * revision that has it, and a clause new in a revision is rated from the same profile.
 */
public final class SyntheticPopulation {
	private static final double MEAN_MATURITY = 2.8;
	private static final double SPREAD_MATURITY = 0.9;
	private static final double SUBDOMAIN_SPREAD = 0.4;
	private static final double CLAUSE_NOISE = 0.35;
	private static final double STEEPNESS = 2.5;

	private final long seed;
	private final List<String> sectors;

	/** An enterprise: its number, sector and latent maturity. */
	public record Enterprise(int number, String sector, double maturity, long seed) {
	}

	public SyntheticPopulation(long seed, List<String> sectors) {
		this.seed = seed;
		this.sectors = List.copyOf(sectors);
	}

	public Enterprise enterprise(int number) {
		SplittableRandom r = new SplittableRandom(mix(seed, number));
		String sector = sectors.get(r.nextInt(sectors.size()));
		double maturity = Math.max(0.2, Math.min(5, MEAN_MATURITY + SPREAD_MATURITY * r.nextGaussian()));
		return new Enterprise(number, sector, maturity, r.nextLong());
	}

	/** The offset δ of a subdomain (by its name) for an enterprise. */
	public static double subdomainOffset(Enterprise e, String subdomainKey) {
		return SUBDOMAIN_SPREAD * new SplittableRandom(mix(e.seed(), subdomainKey.hashCode())).nextGaussian();
	}

	/**
	 * The index in {@code scaleValues} (the scale's values, in the scale's order) of the rating an enterprise gives a clause at {@code level}
	 * (1-based) of a subdomain with offset {@code offset}; {@code clauseKey} fixes the clause's own noise.
	 */
	public static int rating(Enterprise e, double offset, int level, String clauseKey, double[] scaleValues) {
		double x = e.maturity() + offset - (level - 0.5) + CLAUSE_NOISE * new SplittableRandom(mix(e.seed(), clauseKey.hashCode())).nextGaussian();
		return nearest(1 / (1 + Math.exp(-STEEPNESS * x)), scaleValues);
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

	private static long mix(long a, long b) {
		long z = a * 0x9E3779B97F4A7C15L + b;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
