package com.maturityworkbench.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.scoring.json.JsonReader;

/**
 * Where the members and elements of a JSON text are: a tolerant scan (it stops quietly at the first syntax error,
 * which the strict {@code JsonReader} then reports) that records the line and column of every member key and array
 * element by JSON pointer ({@code /ratings/表5.组织建设.一级.1}, {@code /composite/units/0}), and every key repeated
 * within one object — all of them, not only the first.
 */
public final class JsonLocations {
	/** 1-based line and column (in code points). */
	public record Position(int line, int column) {
	}

	/** A key given twice in one object: the object's pointer, the key, and both positions. */
	public record Duplicate(String parent, String key, Position first, Position again) {
	}

	private final String text;
	private final Map<String, Position> positions = new HashMap<>();
	private final List<Duplicate> duplicates = new ArrayList<>();
	private int pos;
	private int line = 1;
	private int lineStart;
	private int depth;

	private JsonLocations(String text) {
		this.text = text;
		this.pos = text.startsWith("\uFEFF") ? 1 : 0;
		this.lineStart = pos;
	}

	public static JsonLocations scan(String text) {
		JsonLocations l = new JsonLocations(text);
		try {
			l.skipWhitespace();
			l.value("");
		} catch (Stop e) {
			// a syntax error: the strict reader reports it
		}
		return l;
	}

	/** The position of the member key or array element at {@code pointer}, or null. */
	public Position at(String pointer) {
		return positions.get(pointer);
	}

	public List<Duplicate> duplicates() {
		return duplicates;
	}

	/** The pointer of member {@code key} of the object at {@code parent} (RFC 6901 escaping). */
	public static String pointer(String parent, String key) {
		return parent + "/" + key.replace("~", "~0").replace("/", "~1");
	}

	public static String pointer(String parent, int index) {
		return parent + "/" + index;
	}

	private static final class Stop extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Stop() {
			super(null, null, false, false);
		}
	}

	/**
	 * Nesting deeper than the strict reader accepts stops the scan there (the strict reader then reports it): the
	 * scan recurses, and a file nested 100,000 deep must not exhaust the stack.
	 */
	private void value(String pointer) {
		char c = peek();
		if ((c == '{' || c == '[') && depth >= JsonReader.MAX_DEPTH) {
			throw new Stop();
		}
		if (c == '{') {
			depth++;
			object(pointer);
			depth--;
		} else if (c == '[') {
			depth++;
			array(pointer);
			depth--;
		} else if (c == '"') {
			string();
		} else if (c == '-' || c == '+' || c == '.' || Character.isLetterOrDigit(c)) {
			while (pos < text.length() && "-+.eE".indexOf(text.charAt(pos)) >= 0 || pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
				pos++;
			}
		} else {
			throw new Stop();
		}
	}

	private void object(String pointer) {
		pos++;
		Map<String, Position> keys = new HashMap<>();
		skipWhitespace();
		if (peek() == '}') {
			pos++;
			return;
		}
		while (true) {
			skipWhitespace();
			if (peek() != '"') {
				throw new Stop();
			}
			Position at = position();
			String key = string();
			String member = pointer(pointer, key);
			Position first = keys.putIfAbsent(key, at);
			if (first != null) {
				duplicates.add(new Duplicate(pointer, key, first, at));
			} else {
				positions.put(member, at);
			}
			skipWhitespace();
			if (peek() != ':') {
				throw new Stop();
			}
			pos++;
			skipWhitespace();
			value(member);
			skipWhitespace();
			char c = peek();
			pos++;
			if (c == '}') {
				return;
			}
			if (c != ',') {
				throw new Stop();
			}
		}
	}

	private void array(String pointer) {
		pos++;
		skipWhitespace();
		if (peek() == ']') {
			pos++;
			return;
		}
		for (int index = 0;; index++) {
			skipWhitespace();
			String element = pointer(pointer, index);
			positions.put(element, position());
			value(element);
			skipWhitespace();
			char c = peek();
			pos++;
			if (c == ']') {
				return;
			}
			if (c != ',') {
				throw new Stop();
			}
		}
	}

	private String string() {
		pos++;
		StringBuilder sb = new StringBuilder();
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c == '"') {
				pos++;
				return sb.toString();
			}
			if (c == '\n') {
				throw new Stop();
			}
			if (c == '\\' && pos + 1 < text.length()) {
				char e = text.charAt(pos + 1);
				switch (e) {
				case 'n' -> sb.append('\n');
				case 't' -> sb.append('\t');
				case 'r' -> sb.append('\r');
				case 'b' -> sb.append('\b');
				case 'f' -> sb.append('\f');
				case 'u' -> {
					if (pos + 6 > text.length()) {
						throw new Stop();
					}
					try {
						sb.append((char) Integer.parseInt(text.substring(pos + 2, pos + 6), 16));
					} catch (NumberFormatException ex) {
						throw new Stop();
					}
					pos += 4;
				}
				default -> sb.append(e);
				}
				pos += 2;
				continue;
			}
			sb.append(c);
			pos++;
		}
		throw new Stop();
	}

	private void skipWhitespace() {
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c == '\n' || c == '\r') {
				if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
					pos++;
				}
				pos++;
				line++;
				lineStart = pos;
			} else if (c == ' ' || c == '\t') {
				pos++;
			} else {
				return;
			}
		}
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private Position position() {
		return new Position(line, text.codePointCount(lineStart, pos) + 1);
	}
}
