package com.maturityworkbench.cli;

import com.maturityworkbench.revision.simulate.SensitivityScope;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --sensitivity auto|all|off|N} of {@code mwb simulate} and {@code mwb bench --simulate}: over which enterprises
 * the sensitivity of S to the weights is computed — {@code auto} (the default: every enterprise up to
 * {@value SensitivityScope#AUTO_LIMIT}, a random sample of that many above), {@code all}, {@code off}, or a random
 * sample of N enterprises (drawn by the population's seed).
 *
 * @param sample the sample's size for N, else 0
 */
record SensitivityOption(String word, int sample) {
	static final SensitivityOption AUTO = new SensitivityOption("auto", 0);

	/** The scope for a population of {@code size} drawn or read with {@code seed}. */
	SensitivityScope scope(int size, long seed) {
		return switch (word) {
		case "all" -> SensitivityScope.ALL;
		case "off" -> SensitivityScope.OFF;
		case "auto" -> SensitivityScope.auto(size, seed);
		default -> SensitivityScope.sample(sample, seed);
		};
	}

	/** Reads the option's value; anything else is refused naming the values allowed. */
	static final class Converter implements ITypeConverter<SensitivityOption> {
		@Override
		public SensitivityOption convert(String value) {
			String v = value.trim();
			if (v.equals("auto") || v.equals("all") || v.equals("off")) {
				return new SensitivityOption(v, 0);
			}
			try {
				int n = Integer.parseInt(v);
				if (n >= 1) {
					return new SensitivityOption("sample", n);
				}
			} catch (NumberFormatException e) {
				// refused below
			}
			throw new TypeConversionException(CliMessages.M.text("option.sensitivity", value));
		}
	}
}
