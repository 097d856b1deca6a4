package com.maturityworkbench.cli;

import java.util.Arrays;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of an option that takes one word of a fixed set ({@code --format text|json}, {@code --progressive on|off}):
 * the enum constant of that name in lower case. Another word is refused naming the words allowed.
 */
final class Choice<E extends Enum<E>> implements ITypeConverter<E> {
	private final Class<E> type;

	Choice(Class<E> type) {
		this.type = type;
	}

	@Override
	public E convert(String value) {
		for (E e : type.getEnumConstants()) {
			if (word(e).equals(value)) {
				return e;
			}
		}
		throw new TypeConversionException(CliMessages.M.text("option.choice",
				CliMessages.alternatives(Arrays.stream(type.getEnumConstants()).map(Choice::word).toList()), value));
	}

	static String word(Enum<?> e) {
		return e.name().toLowerCase(Locale.ROOT);
	}

	/** {@code --format} of validate and stats. */
	enum ListingFormat {
		TEXT, JSON
	}

	/** {@code --format} of score. */
	enum ReportFormat {
		TEXT, JSON, HTML
	}

	/** {@code --progressive}. */
	enum OnOff {
		ON, OFF
	}
}
