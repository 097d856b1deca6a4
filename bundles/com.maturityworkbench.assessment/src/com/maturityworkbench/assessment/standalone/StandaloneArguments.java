package com.maturityworkbench.assessment.standalone;

import java.util.List;

import com.maturityworkbench.scoring.i18n.Language;

/**
 * The command line of the standalone scorer: {@code ASSESSMENT [--format json|text|html] [--progressive on|off]
 * [--lang zh|en]}, or {@code --help}, or {@code --version}. Options may also be written {@code --format=json}.
 *
 * @param progressive the reading asked for, or null for the revision's
 * @param language the language asked for, or null for the current one
 */
record StandaloneArguments(String assessment, String format, Boolean progressive, Language language, boolean help, boolean version) {
	static final List<String> FORMATS = List.of("json", "text", "html");

	/** Arguments that cannot be used, with the reason (in the current language). */
	static final class Invalid extends Exception {
		private static final long serialVersionUID = 1L;

		Invalid(String message) {
			super(message);
		}
	}

	/** The language named by {@code --lang}, looked up before anything else so that every message is in it; null when none is named. */
	static Language languageAsked(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--lang=")) {
				return Language.parse(args[i].substring("--lang=".length()));
			}
			if (args[i].equals("--lang") && i + 1 < args.length) {
				return Language.parse(args[i + 1]);
			}
		}
		return null;
	}

	static StandaloneArguments parse(String[] args) throws Invalid {
		String assessment = null;
		String format = "json";
		Boolean progressive = null;
		Language language = null;
		boolean help = false;
		boolean version = false;
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			String name = a;
			String value = null;
			if (a.startsWith("--") && a.contains("=")) {
				name = a.substring(0, a.indexOf('='));
				value = a.substring(a.indexOf('=') + 1);
			}
			switch (name) {
			case "--help", "-h" -> help = true;
			case "--version" -> version = true;
			case "--format", "--progressive", "--lang" -> {
				if (value == null) {
					if (i + 1 >= args.length) {
						throw new Invalid(StandaloneMessages.M.text("option.needs-value", name));
					}
					value = args[++i];
				}
				switch (name) {
				case "--format" -> {
					if (!FORMATS.contains(value)) {
						throw new Invalid(StandaloneMessages.M.text("option.format", value));
					}
					format = value;
				}
				case "--progressive" -> progressive = switch (value) {
				case "on" -> Boolean.TRUE;
				case "off" -> Boolean.FALSE;
				default -> throw new Invalid(StandaloneMessages.M.text("option.progressive", value));
				};
				default -> {
					language = Language.parse(value);
					if (language == null) {
						throw new Invalid(StandaloneMessages.M.text("option.lang", value));
					}
				}
				}
			}
			default -> {
				if (a.startsWith("-") && a.length() > 1) {
					throw new Invalid(StandaloneMessages.M.text("option.unknown", a));
				}
				if (assessment != null) {
					throw new Invalid(StandaloneMessages.M.text("option.second-file", assessment, a));
				}
				assessment = a;
			}
			}
		}
		return new StandaloneArguments(assessment, format, progressive, language, help, version);
	}
}
