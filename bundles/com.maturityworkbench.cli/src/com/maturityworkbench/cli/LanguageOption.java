package com.maturityworkbench.cli;

import com.maturityworkbench.scoring.i18n.Language;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --lang zh|en}, accepted before or after the command. It is looked up in the arguments before they are
 * parsed, so that the usage help and every error message, parse errors included, come in the language asked for.
 */
final class LanguageOption implements ITypeConverter<Language> {
	static final String NAME = "--lang";

	/** The language the arguments ask for, or null (none asked for, or a code that is no language: parsing reports it). */
	static Language requested(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--")) {
				return null;
			}
			if (args[i].equals(NAME) && i + 1 < args.length) {
				return exact(args[i + 1]);
			}
			if (args[i].startsWith(NAME + "=")) {
				return exact(args[i].substring(NAME.length() + 1));
			}
		}
		return null;
	}

	@Override
	public Language convert(String value) {
		Language language = exact(value);
		if (language == null) {
			throw new TypeConversionException(CliMessages.M.text("option.choice", CliMessages.alternatives(codes()), value));
		}
		return language;
	}

	private static Language exact(String code) {
		for (Language l : Language.values()) {
			if (l.code().equals(code)) {
				return l;
			}
		}
		return null;
	}

	private static java.util.List<String> codes() {
		return java.util.Arrays.stream(Language.values()).map(Language::code).toList();
	}
}
