package com.maturityworkbench.generator;

/** File names, Java identifiers and literals derived from the names of a revision. Pure functions. */
public final class Names {
	/** The root package of generated scoring code; the revision's own package is below it. */
	public static final String GENERATED_PACKAGE = "com.maturityworkbench.generated";

	private Names() {
	}

	/** True when {@code s} is a safe, portable file-name segment: ASCII letters, digits, '_', '-' and '.' only. */
	public static boolean isPortableFileName(String s) {
		if (s == null || s.isEmpty() || s.startsWith(".")) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A portable file-name segment for {@code name}: the name itself when portable, otherwise every other character
	 * replaced by '_' (a name without any portable character becomes {@code fallback}).
	 */
	public static String fileName(String name, String fallback) {
		if (isPortableFileName(name)) {
			return name;
		}
		StringBuilder b = new StringBuilder();
		boolean any = false;
		for (int i = 0; i < (name == null ? 0 : name.length()); i++) {
			char c = name.charAt(i);
			boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
			b.append(ok ? c : '_');
			any |= ok;
		}
		return any ? b.toString() : fallback;
	}

	/** The package of a revision's generated code: {@code com.maturityworkbench.generated.<revision>}. */
	public static String javaPackage(String revisionId) {
		return GENERATED_PACKAGE + "." + javaPackageSegment(revisionId);
	}

	/** A lower-case ASCII Java package segment: letters, digits and '_'; others become _XXXX (hex code). */
	static String javaPackageSegment(String name) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
				b.append(c);
			} else if (c >= 'A' && c <= 'Z') {
				b.append(Character.toLowerCase(c));
			} else if (c == '-') {
				b.append('_');
			} else {
				b.append(String.format("_%04x", (int) c));
			}
		}
		if (b.length() == 0 || !(b.charAt(0) >= 'a' && b.charAt(0) <= 'z' || b.charAt(0) == '_')) {
			b.insert(0, 'r');
		}
		String s = b.toString();
		return isJavaKeyword(s) ? s + "_" : s;
	}

	/** An upper-camel ASCII type-name prefix: "smelting" → "Smelting", "cold-rolling" → "ColdRolling"; null if none. */
	static String typePrefix(String code) {
		StringBuilder b = new StringBuilder();
		boolean upper = true;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				b.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			} else {
				upper = true;
			}
		}
		if (b.length() == 0 || Character.isDigit(b.charAt(0))) {
			return null;
		}
		return b.toString();
	}

	private static boolean isJavaKeyword(String s) {
		return switch (s) {
		case "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue", "default", "do", "double",
				"else", "enum", "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
				"interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
				"super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
				"null", "var", "record", "yield", "sealed", "permits" ->
			true;
		default -> false;
		};
	}

	/** A Java string literal (with quotes) for {@code s}: Chinese kept as is, control characters escaped. */
	public static String javaString(String s) {
		if (s == null) {
			return "null";
		}
		StringBuilder b = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			case '\n' -> b.append("\\n");
			case '\r' -> b.append("\\r");
			case '\t' -> b.append("\\t");
			case '\b' -> b.append("\\b");
			case '\f' -> b.append("\\f");
			default -> {
				if (c < 0x20 || c == 0x7f) {
					b.append(String.format("\\%03o", (int) c));
				} else {
					b.append(c);
				}
			}
			}
		}
		return b.append('"').toString();
	}

	/**
	 * Text safe inside a Java comment: on one line, no comment terminator, and backslashes doubled (so no
	 * {@code \}{@code u} sequence can start a Unicode escape).
	 */
	public static String javaComment(String s) {
		if (s == null) {
			return "";
		}
		return s.replace("\\", "\\\\").replace("*/", "*\\/").replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
	}
}
