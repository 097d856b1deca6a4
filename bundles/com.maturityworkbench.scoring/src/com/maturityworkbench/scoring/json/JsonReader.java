package com.maturityworkbench.scoring.json;

import static com.maturityworkbench.scoring.i18n.RuntimeMessages.M;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259), JDK only. Values become {@code Map<String, Object>} (insertion
 * ordered), {@code List<Object>}, {@code String}, {@link BigDecimal} (every number, exactly as written),
 * {@code Boolean} and {@code null}; collections are unmodifiable. Strict: no comments, no trailing commas, no
 * single quotes, no leading zeros, no NaN, no unescaped control characters, no unpaired surrogates, no
 * duplicate keys, nothing but whitespace after the value. A leading byte order mark is skipped. Errors
 * name the line and column.
 */
public final class JsonReader {
	/** Deepest nesting of arrays and objects accepted. */
	public static final int MAX_DEPTH = 512;

	private final String text;
	private int pos;
	private int depth;

	private JsonReader(String text) {
		this.text = text;
		this.pos = text.startsWith("\uFEFF") ? 1 : 0;
	}

	public static Object parse(String text) {
		JsonReader r = new JsonReader(text);
		r.skipWhitespace();
		Object value = r.value();
		r.skipWhitespace();
		if (r.pos < text.length()) {
			throw r.error(M.text("json.after-value", r.describeHere()));
		}
		return value;
	}

	public static Object parse(Reader reader) throws IOException {
		StringBuilder sb = new StringBuilder();
		char[] buffer = new char[8192];
		for (int n; (n = reader.read(buffer)) >= 0;) {
			sb.append(buffer, 0, n);
		}
		return parse(sb.toString());
	}

	/** Parses UTF-8 bytes; malformed UTF-8 is an error. */
	public static Object parse(InputStream in) throws IOException {
		return parse(decodeUtf8(in.readAllBytes()));
	}

	public static Object parse(Path file) throws IOException {
		return parse(decodeUtf8(Files.readAllBytes(file)));
	}

	private static String decodeUtf8(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			String prefix = new String(bytes, 0, firstInvalidByte(bytes), StandardCharsets.UTF_8);
			int[] lc = lineColumn(prefix, prefix.length());
			throw new JsonException(lc[0], lc[1], M.text("json.not-utf8"));
		}
	}

	private static int firstInvalidByte(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		int lo = 0;
		int hi = bytes.length;
		while (lo < hi) { // longest valid prefix
			int mid = (lo + hi + 1) >>> 1;
			try {
				decoder.reset().decode(ByteBuffer.wrap(bytes, 0, mid));
				lo = mid;
			} catch (CharacterCodingException e) {
				hi = mid - 1;
			}
		}
		return lo;
	}

	private Object value() {
		if (pos >= text.length()) {
			throw error(M.text("json.end-expected-value"));
		}
		char c = text.charAt(pos);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		case 't':
			return literal("true", Boolean.TRUE);
		case 'f':
			return literal("false", Boolean.FALSE);
		case 'n':
			return literal("null", null);
		default:
			if (c == '-' || (c >= '0' && c <= '9')) {
				return number();
			}
			throw error(M.text("json.expected-value", describeHere()));
		}
	}

	private Map<String, Object> object() {
		enter();
		int start = pos;
		pos++; // {
		Map<String, Object> map = new LinkedHashMap<>();
		skipWhitespace();
		if (peek() == '}') {
			pos++;
			depth--;
			return Collections.unmodifiableMap(map);
		}
		while (true) {
			skipWhitespace();
			if (peek() != '"') {
				if (peek() == '}' && !map.isEmpty()) {
					throw error(M.text("json.trailing-comma", "}"));
				}
				throw error(M.text("json.expected-key", describeHere()));
			}
			int keyPos = pos;
			String key = string();
			if (map.containsKey(key)) {
				pos = keyPos;
				throw error(M.text("json.duplicate-key", key, location(start)));
			}
			skipWhitespace();
			if (peek() != ':') {
				throw error(M.text("json.expected-colon", key, describeHere()));
			}
			pos++;
			skipWhitespace();
			map.put(key, value());
			skipWhitespace();
			char c = peek();
			if (c == ',') {
				pos++;
			} else if (c == '}') {
				pos++;
				depth--;
				return Collections.unmodifiableMap(map);
			} else {
				throw error(M.text("json.expected-member-end", describeHere()));
			}
		}
	}

	private List<Object> array() {
		enter();
		pos++; // [
		List<Object> list = new ArrayList<>();
		skipWhitespace();
		if (peek() == ']') {
			pos++;
			depth--;
			return Collections.unmodifiableList(list);
		}
		while (true) {
			skipWhitespace();
			if (peek() == ']') {
				throw error(M.text("json.trailing-comma", "]"));
			}
			list.add(value());
			skipWhitespace();
			char c = peek();
			if (c == ',') {
				pos++;
			} else if (c == ']') {
				pos++;
				depth--;
				return Collections.unmodifiableList(list);
			} else {
				throw error(M.text("json.expected-element-end", describeHere()));
			}
		}
	}

	private void enter() {
		if (++depth > MAX_DEPTH) {
			throw error(M.text("json.too-deep", MAX_DEPTH));
		}
	}

	private String string() {
		int start = pos;
		pos++; // "
		StringBuilder sb = new StringBuilder();
		while (true) {
			if (pos >= text.length()) {
				pos = start;
				throw error(M.text("json.unterminated-string"));
			}
			char c = text.charAt(pos);
			if (c == '"') {
				pos++;
				return sb.toString();
			}
			if (c < 0x20) {
				throw error(M.text("json.control-character", (int) c));
			}
			if (Character.isHighSurrogate(c)) {
				if (pos + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(pos + 1))) {
					throw error(M.text("json.unpaired-surrogate", String.format("U+%04X", (int) c)));
				}
				sb.append(c).append(text.charAt(pos + 1));
				pos += 2;
				continue;
			}
			if (Character.isLowSurrogate(c)) {
				throw error(M.text("json.unpaired-surrogate", String.format("U+%04X", (int) c)));
			}
			if (c != '\\') {
				sb.append(c);
				pos++;
				continue;
			}
			if (pos + 1 >= text.length()) {
				pos = start;
				throw error(M.text("json.unterminated-string"));
			}
			char e = text.charAt(pos + 1);
			switch (e) {
			case '"', '\\', '/' -> sb.append(e);
			case 'b' -> sb.append('\b');
			case 'f' -> sb.append('\f');
			case 'n' -> sb.append('\n');
			case 'r' -> sb.append('\r');
			case 't' -> sb.append('\t');
			case 'u' -> {
				char u = hex4(pos + 2);
				if (Character.isHighSurrogate(u)) {
					if (!text.startsWith("\\u", pos + 6) || !Character.isLowSurrogate(hex4(pos + 8))) {
						throw error(M.text("json.unpaired-surrogate", String.format("\\u%04X", (int) u)));
					}
					sb.append(u).append(hex4(pos + 8));
					pos += 12;
					continue;
				}
				if (Character.isLowSurrogate(u)) {
					throw error(M.text("json.unpaired-surrogate", String.format("\\u%04X", (int) u)));
				}
				sb.append(u);
				pos += 6;
				continue;
			}
			default -> {
				pos++;
				throw error(M.text("json.invalid-escape", e < 0x20 ? String.format("U+%04X", (int) e) : String.valueOf(e)));
			}
			}
			pos += 2;
		}
	}

	private char hex4(int at) {
		if (at + 4 > text.length()) {
			pos = Math.min(at, text.length());
			throw error(M.text("json.short-unicode-escape"));
		}
		int v = 0;
		for (int i = at; i < at + 4; i++) {
			char c = text.charAt(i);
			int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
			if (d < 0) {
				pos = i;
				throw error(M.text("json.bad-unicode-escape", describeChar(text.charAt(i))));
			}
			v = v * 16 + d;
		}
		return (char) v;
	}

	private BigDecimal number() {
		int start = pos;
		if (peek() == '-') {
			pos++;
		}
		if (peek() == '0') {
			pos++;
			if (isDigit(peek())) {
				throw error(M.text("json.leading-zero"));
			}
		} else if (isDigit(peek())) {
			while (isDigit(peek())) {
				pos++;
			}
		} else {
			throw error(M.text("json.expected-digit", describeHere()));
		}
		if (peek() == '.') {
			pos++;
			if (!isDigit(peek())) {
				throw error(M.text("json.expected-fraction-digit", describeHere()));
			}
			while (isDigit(peek())) {
				pos++;
			}
		}
		if (peek() == 'e' || peek() == 'E') {
			pos++;
			if (peek() == '+' || peek() == '-') {
				pos++;
			}
			if (!isDigit(peek())) {
				throw error(M.text("json.expected-exponent-digit", describeHere()));
			}
			while (isDigit(peek())) {
				pos++;
			}
		}
		try {
			return new BigDecimal(text.substring(start, pos));
		} catch (NumberFormatException | ArithmeticException e) {
			pos = start;
			throw error(M.text("json.number-range"));
		}
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, pos)) {
			throw error(M.text("json.expected-value", describeHere()));
		}
		pos += word.length();
		return value;
	}

	private void skipWhitespace() {
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
				pos++;
			} else {
				return;
			}
		}
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private boolean atEnd() {
		return pos >= text.length();
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private String describeHere() {
		return atEnd() ? M.text("json.end-of-input") : describeChar(text.codePointAt(pos));
	}

	private static String describeChar(int cp) {
		if (cp < 0x20 || cp == 0x7F) {
			return String.format("U+%04X", cp);
		}
		return "'" + new String(Character.toChars(cp)) + "'";
	}

	private JsonException error(String detail) {
		int[] lc = lineColumn(text, pos);
		return new JsonException(lc[0], lc[1], detail);
	}

	private String location(int at) {
		int[] lc = lineColumn(text, at);
		return M.text("json.location", lc[0], lc[1]);
	}

	/** 1-based line and column (in code points) of position {@code at}; \n, \r\n and \r end a line. */
	private static int[] lineColumn(String text, int at) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < at && i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				line++;
				lineStart = i + 1;
			}
		}
		int end = Math.min(at, text.length());
		int column = text.codePointCount(lineStart, Math.max(lineStart, end)) + 1;
		if (lineStart == 0 && end > 0 && text.charAt(0) == '\uFEFF') {
			column--; // the byte order mark is not a column
		}
		return new int[] { line, column };
	}
}
