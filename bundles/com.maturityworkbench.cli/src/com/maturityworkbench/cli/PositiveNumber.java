package com.maturityworkbench.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A whole number of at least 1 ({@code --rounds N}). */
final class PositiveNumber implements ITypeConverter<Integer> {
	@Override
	public Integer convert(String value) {
		try {
			int n = Integer.parseInt(value.trim());
			if (n >= 1) {
				return n;
			}
		} catch (NumberFormatException e) {
			// refused below
		}
		throw new TypeConversionException(CliMessages.M.text("option.positive", value));
	}
}
