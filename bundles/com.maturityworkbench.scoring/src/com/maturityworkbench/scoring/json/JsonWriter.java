package com.maturityworkbench.scoring.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * A small JSON writer, JDK only: {@code null}, {@link Boolean}, {@link CharSequence}, {@link BigDecimal},
 * {@link BigInteger}, {@link Integer}, {@link Long}, {@link Short}, {@link Byte}, {@link Map} with string keys
 * (in iteration order), {@link Iterable} and object arrays. Floating-point numbers are refused (scores are
 * exact: pass a BigDecimal). Strings are escaped as JSON requires (quote, backslash, control characters;
 * unpaired surrogates as {@code \\uXXXX}); every other character, Chinese included, is written as is.
 * Byte output is UTF-8. Pretty output indents by two spaces and ends lines with {@code \n}.
 */
public final class JsonWriter {
	private final Appendable out;
	private final boolean pretty;

	private JsonWriter(Appendable out, boolean pretty) {
		this.out = out;
		this.pretty = pretty;
	}

	/** Compact JSON text. */
	public static String write(Object value) {
		StringBuilder sb = new StringBuilder();
		write(value, sb, false);
		return sb.toString();
	}

	/** Indented JSON text ending with a newline. */
	public static String writePretty(Object value) {
		StringBuilder sb = new StringBuilder();
		write(value, sb, true);
		sb.append('\n');
		return sb.toString();
	}

	public static void write(Object value, Appendable out, boolean pretty) {
		try {
			new JsonWriter(out, pretty).value(value, 0);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes UTF-8 bytes (pretty output ends with a newline); flushes but does not close {@code out}. */
	public static void write(Object value, OutputStream out, boolean pretty) throws IOException {
		Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try {
			new JsonWriter(w, pretty).value(value, 0);
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		if (pretty) {
			w.write('\n');
		}
		w.flush();
	}

	private void value(Object v, int indent) throws IOException {
		if (v == null) {
			out.append("null");
		} else if (v instanceof Boolean b) {
			out.append(b ? "true" : "false");
		} else if (v instanceof CharSequence s) {
			string(s);
		} else if (v instanceof BigDecimal d) {
			out.append(Math.abs((long) d.scale()) <= 64 ? d.toPlainString() : d.toString());
		} else if (v instanceof BigInteger || v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
			out.append(v.toString());
		} else if (v instanceof Map<?, ?> m) {
			object(m, indent);
		} else if (v instanceof Iterable<?> it) {
			array(it.iterator(), indent);
		} else if (v instanceof Object[] a) {
			array(Arrays.asList(a).iterator(), indent);
		} else if (v instanceof Double || v instanceof Float) {
			throw new IllegalArgumentException("floating-point value " + v + " is not written as JSON: scores are exact, pass a BigDecimal");
		} else {
			throw new IllegalArgumentException("cannot write a " + v.getClass().getName() + " as JSON");
		}
	}

	private void object(Map<?, ?> m, int indent) throws IOException {
		if (m.isEmpty()) {
			out.append("{}");
			return;
		}
		out.append('{');
		boolean first = true;
		for (Map.Entry<?, ?> e : m.entrySet()) {
			if (!(e.getKey() instanceof String key)) {
				throw new IllegalArgumentException("JSON object keys must be strings, got " + e.getKey());
			}
			if (!first) {
				out.append(',');
			}
			first = false;
			newline(indent + 1);
			string(key);
			out.append(pretty ? ": " : ":");
			value(e.getValue(), indent + 1);
		}
		newline(indent);
		out.append('}');
	}

	private void array(Iterator<?> it, int indent) throws IOException {
		if (!it.hasNext()) {
			out.append("[]");
			return;
		}
		out.append('[');
		boolean first = true;
		while (it.hasNext()) {
			if (!first) {
				out.append(',');
			}
			first = false;
			newline(indent + 1);
			value(it.next(), indent + 1);
		}
		newline(indent);
		out.append(']');
	}

	private void newline(int indent) throws IOException {
		if (pretty) {
			out.append('\n');
			for (int i = 0; i < indent; i++) {
				out.append("  ");
			}
		}
	}

	private void string(CharSequence s) throws IOException {
		out.append('"');
		int plain = 0; // the start of the characters not yet written that need no escape: written as one run
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
				continue;
			}
			if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
				i++; // a pair stays as it is
				continue;
			}
			out.append(s, plain, i);
			plain = i + 1;
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\b' -> out.append("\\b");
			case '\f' -> out.append("\\f");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> out.append(String.format("\\u%04x", (int) c)); // another control character, or a lone surrogate
			}
		}
		out.append(s, plain, s.length());
		out.append('"');
	}
}
