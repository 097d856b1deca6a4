package com.maturityworkbench.revision.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import com.maturityworkbench.revision.simulate.Population.Member;

/**
 * Over which enterprises the sensitivity of S to the weights is computed (each subdomain's +1 point scores its
 * population once more under a variant of the new revision, so it costs about as many scorings as there are
 * subdomains): every enterprise ({@code ALL}), none ({@code OFF}), or a random sample of {@code sample} enterprises
 * drawn without replacement by {@code seed} ({@code SAMPLE}; the whole population when it is not larger). The default
 * ({@link #auto}) is every enterprise up to {@value #AUTO_LIMIT}, a sample of {@value #AUTO_LIMIT} above.
 */
public record SensitivityScope(Mode mode, int sample, long seed) {
	/** Up to this many enterprises the default computes the sensitivity over all of them, above it over a sample of this many. */
	public static final int AUTO_LIMIT = 10_000;

	public enum Mode {
		ALL, OFF, SAMPLE
	}

	public static final SensitivityScope ALL = new SensitivityScope(Mode.ALL, 0, 0);
	public static final SensitivityScope OFF = new SensitivityScope(Mode.OFF, 0, 0);

	public static SensitivityScope sample(int sample, long seed) {
		if (sample <= 0) {
			throw new IllegalArgumentException("a sample of " + sample);
		}
		return new SensitivityScope(Mode.SAMPLE, sample, seed);
	}

	/** Every enterprise of a population of up to {@value #AUTO_LIMIT}, else a sample of {@value #AUTO_LIMIT} drawn by {@code seed}. */
	public static SensitivityScope auto(int population, long seed) {
		return population <= AUTO_LIMIT ? ALL : sample(AUTO_LIMIT, seed);
	}

	/** The scope as it applies to a population of {@code size}: a sample at least as large as the population is all of it. */
	public SensitivityScope resolved(int size) {
		return mode == Mode.SAMPLE && sample >= size ? ALL : this;
	}

	/**
	 * The members of the sample, in population order: the first {@code sample} places of a partial Fisher–Yates shuffle
	 * of the indices by {@code SplittableRandom(seed)}, sorted.
	 */
	public Population draw(Population population) {
		int n = population.size();
		int[] index = new int[n];
		Arrays.setAll(index, i -> i);
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < sample; i++) {
			int j = i + random.nextInt(n - i);
			int t = index[i];
			index[i] = index[j];
			index[j] = t;
		}
		int[] chosen = Arrays.copyOf(index, sample);
		Arrays.sort(chosen);
		List<Member> members = new ArrayList<>(sample);
		for (int i : chosen) {
			members.add(population.members().get(i));
		}
		return new Population(population.source(), population.where(), members, population.drawnRatings(), population.unreadable(), 0, 0);
	}
}
