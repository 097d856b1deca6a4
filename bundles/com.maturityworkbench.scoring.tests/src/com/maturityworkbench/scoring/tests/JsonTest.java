package com.maturityworkbench.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maturityworkbench.scoring.json.JsonException;
import com.maturityworkbench.scoring.json.JsonReader;
import com.maturityworkbench.scoring.json.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.scoring.i18n.Language;

/** The strict JSON reader and writer the standalone scoring jar parses assessments with. */
class JsonTest {
	/** These messages are asserted in English; their Chinese texts in {@link RuntimeMessagesTest}. */
	@BeforeEach
	void english() {
		Language.set(Language.EN);
	}

	@Test
	void parsesAnAssessmentWithChineseKeysAndExactNumbers() {
		Object v = JsonReader.parse("{\"revision\": \"征求意见稿\", \"ratings\": {\"表3.生产作业.一级.a\": 0.80, \"表3.生产作业.一级.b\": 1}, \"tailored\": [], \"ok\": true, \"x\": null}");
		Map<?, ?> m = (Map<?, ?>) v;
		assertEquals("征求意见稿", m.get("revision"));
		Map<?, ?> ratings = (Map<?, ?>) m.get("ratings");
		// numbers stay exactly as written: 0.80 keeps its two decimals
		assertEquals(new BigDecimal("0.80"), ratings.get("表3.生产作业.一级.a"));
		assertEquals(new BigDecimal("1"), ratings.get("表3.生产作业.一级.b"));
		assertEquals(List.of(), m.get("tailored"));
		assertEquals(Boolean.TRUE, m.get("ok"));
		assertTrue(m.containsKey("x") && m.get("x") == null);
		assertEquals(List.of("revision", "ratings", "tailored", "ok", "x"), List.copyOf(m.keySet()));
	}

	@ParameterizedTest(name = "{0} → {1}:{2} {3}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"`{\\n  \"a\": 1,\\n  \"b\": 2,\\n}`| 4 | 1 | trailing comma before '}'",
			"`{\"a\" 1}`| 1 | 6 | expected ':' after the key \"a\", found '1'",
			"`[1, 2 3]`| 1 | 7 | expected ',' or ']' after an array element, found '3'",
			"`{\"评估\": \"生产作业\\n\"}`| 1 | 13 | control character U+000A must be escaped in a string",
			"`01`| 1 | 2 | leading zeros are not allowed in numbers",
			"`{\"a\":1,\"a\":2}`| 1 | 8 | duplicate key \"a\" in the object starting at line 1, column 1",
			"`\"\\\\ud800\"`| 1 | 2 | unpaired surrogate \\uD800 in a string",
			"`\"a\\\\x\"`| 1 | 4 | invalid escape \\x",
			"`[1] x`| 1 | 5 | unexpected 'x' after the JSON value",
			"``| 1 | 1 | unexpected end of input, expected a value",
			"`-`| 1 | 2 | expected a digit, found end of input",
			"`1.`| 1 | 3 | expected a digit after the decimal point, found end of input",
			"`[1,]`| 1 | 4 | trailing comma before ']'",
			"`{'a': 1}`| 1 | 2 | expected a string key, found '''",
			"`{\"a\": NaN}`| 1 | 7 | unexpected 'N', expected a value",
			"`\\r\\n[\\r\\n  tru ]`| 3 | 3 | unexpected 't', expected a value",
			"`\"abc`| 1 | 1 | unterminated string" })
	void readerErrorsNameLineAndColumn(String escapedInput, int line, int column, String detail) {
		String input = escapedInput.replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\");
		JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse(input));
		assertEquals(detail, e.detail());
		assertEquals(line, e.line());
		assertEquals(column, e.column());
		assertEquals("line " + line + ", column " + column + ": " + detail, e.getMessage());
	}

	@Test
	void nestingDeeperThanTheLimitIsAnError() {
		char[] deep = new char[600];
		Arrays.fill(deep, '[');
		JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse(new String(deep)));
		// the 513th '[' exceeds 512 levels
		assertEquals("line 1, column 513: nesting deeper than 512 levels", e.getMessage());
	}

	@Test
	void invalidUtf8IsReportedWhereItStarts() {
		byte[] prefix = "{\"a\":\"".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = Arrays.copyOf(prefix, prefix.length + 3);
		bytes[prefix.length] = (byte) 0xFF;
		bytes[prefix.length + 1] = '"';
		bytes[prefix.length + 2] = '}';
		JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse(new ByteArrayInputStream(bytes)));
		assertEquals("line 1, column 7: the input is not valid UTF-8", e.getMessage());
	}

	@Test
	void byteOrderMarkIsSkipped() throws IOException {
		byte[] bytes = "\uFEFF{\"等级\": \"三级\"}".getBytes(StandardCharsets.UTF_8);
		assertEquals(Map.of("等级", "三级"), JsonReader.parse(new ByteArrayInputStream(bytes)));
		JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse("\uFEFF{x"));
		assertEquals(2, e.column());
	}

	@Test
	void chineseTextAndEscapesRoundTrip() throws IOException {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("标准", "有色金属行业数字化转型成熟度评估");
		m.put("条款", "a) 组织结构。\"明确\"主要负责部门\\\n\t第二行\u0001");
		m.put("emoji", "\uD83D\uDE00");
		m.put("得分", new BigDecimal("0.7667"));
		m.put("列表", List.of(1, 2L, true, "三级"));
		m.put("空", null);
		String json = JsonWriter.write(m);
		// non-ASCII is kept as is; quote, backslash and control characters are escaped
		assertTrue(json.contains("\"标准\":\"有色金属行业数字化转型成熟度评估\""), json);
		assertTrue(json.contains("\\\"明确\\\"主要负责部门\\\\\\n\\t第二行\\u0001"), json);
		assertTrue(json.contains("\uD83D\uDE00"));
		Object back = JsonReader.parse(json);
		assertEquals("a) 组织结构。\"明确\"主要负责部门\\\n\t第二行\u0001", ((Map<?, ?>) back).get("条款"));
		assertEquals(List.of(new BigDecimal("1"), new BigDecimal("2"), true, "三级"), ((Map<?, ?>) back).get("列表"));
		// UTF-8 bytes
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		JsonWriter.write(m, out, true);
		assertEquals(JsonWriter.writePretty(m), out.toString(StandardCharsets.UTF_8));
		assertEquals(JsonReader.parse(json), JsonReader.parse(new ByteArrayInputStream(out.toByteArray())));
	}

	@Test
	void prettyOutputIndentsByTwoSpaces() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("等级", "四级");
		m.put("A", List.of(new BigDecimal("0.9720"), new BigDecimal("1")));
		m.put("空表", List.of());
		assertEquals("{\n  \"等级\": \"四级\",\n  \"A\": [\n    0.9720,\n    1\n  ],\n  \"空表\": []\n}\n", JsonWriter.writePretty(m));
	}

	@Test
	void writerRefusesFloatingPoint() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(List.of(0.8)));
		assertEquals("floating-point value 0.8 is not written as JSON: scores are exact, pass a BigDecimal", e.getMessage());
	}

	@Test
	void loneSurrogateIsWrittenEscaped() {
		assertEquals("\"\\ud800x\"", JsonWriter.write("\uD800x"));
	}
}
