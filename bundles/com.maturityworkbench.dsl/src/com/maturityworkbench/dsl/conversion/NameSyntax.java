package com.maturityworkbench.dsl.conversion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** How names and strings are written in a revision file: identifiers, or double-quoted strings with backslash escapes. */
public final class NameSyntax {
	private static final Set<String> KEYWORDS = Set.of("standard", "en", "code", "committee", "revision", "date", "status",
			"draft", "final", "levels", "scale", "parts", "part", "of", "common", "sector", "target", "sectors", "weights",
			"domain", "requirements", "subdomain", "empty", "tailoring", "allow", "all", "redistribute", "within", "table",
			"determination", "met", "when", "score", "progressive", "off", "on", "bands", "composite", "by", "output",
			"value", "aggregate", "mean", "median", "trimmed");

	private NameSyntax() {
	}

	/** True when the text can be written as an identifier (ASCII letters, _, CJK; then also digits and -). */
	public static boolean isIdentifier(String s) {
		if (s == null || s.isEmpty() || KEYWORDS.contains(s)) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '\u3400' && c <= '\u9fff');
			boolean rest = (c >= '0' && c <= '9') || c == '-';
			if (!(letter || (i > 0 && rest))) {
				return false;
			}
		}
		return true;
	}

	public static String quoteIfNeeded(String value) {
		return isIdentifier(value) ? value : quote(value);
	}

	public static String quote(String value) {
		StringBuilder b = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			case '\n' -> b.append("\\n");
			case '\t' -> b.append("\\t");
			case '\r' -> b.append("\\r");
			default -> b.append(c);
			}
		}
		return b.append('"').toString();
	}

	/** What {@link #unquote} says of a quoted name without its closing quote (put in words by the syntax messages). */
	public static final String UNTERMINATED = "unterminated string";

	public static String unquote(String text, INode node) {
		if (text.startsWith("^")) {
			return text.substring(1);
		}
		if (!text.startsWith("\"")) {
			return text;
		}
		if (text.length() < 2 || !text.endsWith("\"")) {
			throw new ValueConverterException(UNTERMINATED, node, null);
		}
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 1; i < text.length() - 1; i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length() - 1) {
				char n = text.charAt(++i);
				switch (n) {
				case 'n' -> b.append('\n');
				case 't' -> b.append('\t');
				case 'r' -> b.append('\r');
				default -> b.append(n);
				}
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}

	/** Splits a qualified name at the dots that are outside quotes. */
	public static List<String> splitQualified(String text, INode node) {
		List<String> segments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean inQuotes = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && inQuotes && i + 1 < text.length()) {
				current.append(c).append(text.charAt(++i));
				continue;
			}
			if (c == '"') {
				inQuotes = !inQuotes;
			}
			if (c == '.' && !inQuotes) {
				segments.add(current.toString());
				current.setLength(0);
			} else if (inQuotes || !Character.isWhitespace(c)) {
				current.append(c);
			}
		}
		segments.add(current.toString());
		return segments;
	}
}
