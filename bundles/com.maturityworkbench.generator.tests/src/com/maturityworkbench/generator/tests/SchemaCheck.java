package com.maturityworkbench.generator.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small JSON Schema check, enough for result.schema.json: {@code type}, {@code const}, {@code enum},
 * {@code pattern}, {@code minimum}, {@code required}, {@code properties}, {@code additionalProperties} (false or a
 * schema), {@code items}, {@code anyOf}, {@code if}/{@code then}/{@code else} and local {@code $ref}s into
 * {@code $defs}. Any other keyword (other than annotations) fails the check, so the schema cannot say more than is
 * checked. Values are what JsonReader returns (maps, lists, strings, BigDecimal, booleans, null).
 */
final class SchemaCheck {
	private static final List<String> KNOWN = List.of("type", "const", "enum", "pattern", "minimum", "required", "properties", "additionalProperties",
			"items", "anyOf", "if", "then", "else", "$ref", "$defs", "$schema", "$id", "title", "description");

	private final Map<?, ?> root;
	private final List<String> violations = new ArrayList<>();

	private SchemaCheck(Map<?, ?> root) {
		this.root = root;
	}

	/** Where {@code value} breaks {@code schema}, as "path: what"; empty when it conforms. */
	static List<String> violations(Map<?, ?> schema, Object value) {
		SchemaCheck c = new SchemaCheck(schema);
		c.check(schema, value, "$");
		return c.violations;
	}

	private boolean conforms(Map<?, ?> schema, Object value) {
		SchemaCheck c = new SchemaCheck(root);
		c.check(schema, value, "$");
		return c.violations.isEmpty();
	}

	private void check(Map<?, ?> schema, Object value, String path) {
		for (Object k : schema.keySet()) {
			if (!KNOWN.contains(k)) {
				violations.add(path + ": the schema uses \"" + k + "\", which this check does not know");
			}
		}
		if (schema.get("$ref") instanceof String ref) {
			String prefix = "#/$defs/";
			Object target = ref.startsWith(prefix) ? ((Map<?, ?>) root.get("$defs")).get(ref.substring(prefix.length())) : null;
			if (!(target instanceof Map<?, ?> t)) {
				violations.add(path + ": unresolved $ref " + ref);
				return;
			}
			check(t, value, path);
		}
		if (schema.get("type") != null && !typeMatches(schema.get("type"), value)) {
			violations.add(path + ": " + describe(value) + " is not of type " + schema.get("type"));
			return;
		}
		if (schema.containsKey("const") && !equal(schema.get("const"), value)) {
			violations.add(path + ": " + describe(value) + " is not " + schema.get("const"));
		}
		if (schema.get("enum") instanceof List<?> values && values.stream().noneMatch(v -> equal(v, value))) {
			violations.add(path + ": " + describe(value) + " is not one of " + values);
		}
		if (schema.get("pattern") instanceof String pattern && value instanceof String s && !Pattern.compile(pattern).matcher(s).find()) {
			violations.add(path + ": \"" + s + "\" does not match " + pattern);
		}
		if (schema.get("minimum") instanceof BigDecimal min && value instanceof BigDecimal n && n.compareTo(min) < 0) {
			violations.add(path + ": " + n + " is below " + min);
		}
		if (schema.get("anyOf") instanceof List<?> options && options.stream().noneMatch(o -> conforms((Map<?, ?>) o, value))) {
			violations.add(path + ": " + describe(value) + " matches none of " + options);
		}
		if (schema.get("if") instanceof Map<?, ?> condition) {
			Object branch = conforms(condition, value) ? schema.get("then") : schema.get("else");
			if (branch instanceof Map<?, ?> b) {
				check(b, value, path);
			}
		}
		if (value instanceof Map<?, ?> object) {
			object(schema, object, path);
		}
		if (value instanceof List<?> list && schema.get("items") instanceof Map<?, ?> items) {
			for (int i = 0; i < list.size(); i++) {
				check(items, list.get(i), path + "[" + i + "]");
			}
		}
	}

	private void object(Map<?, ?> schema, Map<?, ?> object, String path) {
		if (schema.get("required") instanceof List<?> required) {
			for (Object key : required) {
				if (!object.containsKey(key)) {
					violations.add(path + ": \"" + key + "\" is missing");
				}
			}
		}
		Map<?, ?> properties = schema.get("properties") instanceof Map<?, ?> p ? p : Map.of();
		for (Map.Entry<?, ?> e : object.entrySet()) {
			String at = path + "." + e.getKey();
			if (properties.get(e.getKey()) instanceof Map<?, ?> property) {
				check(property, e.getValue(), at);
			} else if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
				violations.add(at + ": not a member the schema declares");
			} else if (schema.get("additionalProperties") instanceof Map<?, ?> additional) {
				check(additional, e.getValue(), at);
			}
		}
	}

	private static boolean typeMatches(Object type, Object value) {
		if (type instanceof List<?> types) {
			return types.stream().anyMatch(t -> typeMatches(t, value));
		}
		return switch (String.valueOf(type)) {
		case "object" -> value instanceof Map;
		case "array" -> value instanceof List;
		case "string" -> value instanceof String;
		case "boolean" -> value instanceof Boolean;
		case "null" -> value == null;
		case "number" -> value instanceof BigDecimal;
		case "integer" -> value instanceof BigDecimal n && n.stripTrailingZeros().scale() <= 0;
		default -> false;
		};
	}

	private static boolean equal(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return a == null ? b == null : a.equals(b);
	}

	private static String describe(Object value) {
		return value instanceof String s ? "\"" + s + "\"" : value instanceof Map ? "an object" : value instanceof List ? "an array" : String.valueOf(value);
	}
}
