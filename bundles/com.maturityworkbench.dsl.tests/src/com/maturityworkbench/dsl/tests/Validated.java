package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.Finding.Severity;

/** The findings of one validation run, with the texts they refer to, and the assertions the tests make on them. */
public final class Validated {
	private final Map<String, String> files;
	private final List<Finding> findings;

	Validated(Map<String, String> files, List<Finding> findings) {
		this.files = files;
		this.findings = findings;
	}

	/** A place in a file: 1-based line, 1-based column counted in characters (code points). */
	public record Location(String file, int line, int column) {
		public static Location of(Finding f) {
			return new Location(f.file(), f.line(), f.column());
		}
	}

	public List<Finding> findings() {
		return findings;
	}

	public List<Finding> withCode(String code) {
		return findings.stream().filter(f -> code.equals(f.code())).toList();
	}

	/** The one finding with this code; fails when there is none or more than one. */
	public Finding single(String code) {
		List<Finding> matching = withCode(code);
		if (matching.size() != 1) {
			fail("expected exactly one finding " + code + ", got " + matching.size() + ":\n" + describe(findings));
		}
		return matching.get(0);
	}

	/** Asserts that no finding has this code. */
	public void absent(String code) {
		List<Finding> matching = withCode(code);
		assertTrue(matching.isEmpty(), () -> "expected no " + code + ", got:\n" + describe(matching));
	}

	/** Asserts that there are no findings at all. */
	public void none() {
		assertEquals(List.of(), findings, () -> "expected no findings, got:\n" + describe(findings));
	}

	public String text(String file) {
		String text = files.get(file);
		if (text == null) {
			fail("no file " + file + " in " + files.keySet());
		}
		return text;
	}

	/** The only file's text. */
	public String text() {
		return text(onlyFile());
	}

	private String onlyFile() {
		assertEquals(1, files.size(), "the revision has several files; name one");
		return files.keySet().iterator().next();
	}

	/** Where {@code token} is, inside the (unique) occurrence of {@code context} in the only file. */
	public Location at(String context, String token) {
		return at(onlyFile(), context, token);
	}

	/** Where {@code token} is, inside the (unique) occurrence of {@code context} in a file. */
	public Location at(String file, String context, String token) {
		String text = text(file);
		int start = text.indexOf(context);
		if (start < 0) {
			fail("'" + context + "' is not in " + file + ":\n" + text);
		}
		if (text.indexOf(context, start + 1) >= 0) {
			fail("'" + context + "' occurs more than once in " + file);
		}
		int inner = context.indexOf(token);
		if (inner < 0) {
			fail("'" + token + "' is not in '" + context + "'");
		}
		return locate(file, text, start + inner);
	}

	/** Where the last {@code token} is, inside the (unique) occurrence of {@code context} in the only file. */
	public Location atLast(String context, String token) {
		Location first = at(context, context.substring(0, 1));
		String text = text(first.file());
		int start = text.indexOf(context);
		return locate(first.file(), text, start + context.lastIndexOf(token));
	}

	public static Location locate(String file, String text, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Location(file, line, text.codePointCount(lineStart, offset) + 1);
	}

	/** Asserts severity, place and that the message mentions every one of {@code messageParts}. */
	public static void assertFinding(Finding f, Severity severity, Location where, String... messageParts) {
		assertEquals(severity, f.severity(), () -> "severity of " + f.toLine());
		assertEquals(where, Location.of(f), () -> "location of " + f.toLine());
		for (String part : messageParts) {
			assertTrue(f.message().contains(part), () -> "message lacks '" + part + "': " + f.toLine());
		}
	}

	/**
	 * The run's only finding is this one: the code, severity and place given, the message mentioning every one of
	 * {@code messageParts}. Any other finding fails the test.
	 */
	public Finding assertSingle(String code, Severity severity, Location where, String... messageParts) {
		assertExactly(expect(code, severity, where, messageParts));
		return findings.get(0); // the only one
	}

	/** A finding a test expects: code, severity, place, and parts its message must contain. */
	public record Expected(String code, Severity severity, Location where, List<String> messageParts) {
		boolean matches(Finding f) {
			return code.equals(f.code()) && severity == f.severity() && where.equals(Location.of(f))
					&& messageParts.stream().allMatch(f.message()::contains);
		}

		@Override
		public String toString() {
			return where.file() + ":" + where.line() + ":" + where.column() + ": " + severity + " [" + code + "] "
					+ messageParts;
		}
	}

	public static Expected expect(String code, Severity severity, Location where, String... messageParts) {
		return new Expected(code, severity, where, List.of(messageParts));
	}

	/**
	 * The run's findings are exactly these, in any order: each expected finding matches one finding, and no finding is
	 * left over (a wrong extra finding fails the test as a missing one does).
	 */
	public void assertExactly(Expected... expected) {
		List<Finding> left = new java.util.ArrayList<>(findings);
		List<Expected> missing = new java.util.ArrayList<>();
		for (Expected e : expected) {
			Finding match = left.stream().filter(e::matches).findFirst().orElse(null);
			if (match == null) {
				missing.add(e);
			} else {
				left.remove(match);
			}
		}
		if (!missing.isEmpty() || !left.isEmpty()) {
			fail("expected exactly " + List.of(expected) + "\nmissing: " + missing + "\nunexpected:\n" + describe(left)
					+ "\nall findings:\n" + describe(findings));
		}
	}

	public static String describe(List<Finding> findings) {
		return findings.isEmpty() ? "  (none)" : findings.stream().map(f -> "  " + f.toLine()).collect(Collectors.joining("\n"));
	}

	@Override
	public String toString() {
		return describe(findings);
	}
}
