package com.maturityworkbench.assessment;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.maturityworkbench.scoring.json.JsonException;
import com.maturityworkbench.scoring.json.JsonReader;

/**
 * An assessment as JSON, read with the runtime's strict {@link JsonReader}; every member is located by line and
 * column ({@link JsonLocations}), and a clause rated twice is reported as such (all repetitions, before the strict
 * reader would stop at the first repeated key).
 *
 * <pre>
 * {"standard": "YS/T XXXXX—XXXX", "revision": "nonferrous_dt_maturity", "sector": "冶炼",
 *  "tailored": ["表3.中试验证"], "ratings": {"表5.组织建设.一级.1": "全部满足", "表5.组织建设.一级.2": 0.8}}
 *
 * {"revision": "nonferrous_dt_maturity",
 *  "composite": {"outputBasis": "values", "units": [
 *    {"name": "一厂", "sector": "采选", "output": 1200, "tailored": [], "ratings": {…}},
 *    {"name": "二厂", "sector": "冶炼", "output": 800, "assessment": "unit2.csv"}]}}
 * </pre>
 *
 * A rating is a number or a text (a scale value such as "0.8" or a scale name such as 大部分满足); null is an empty
 * rating. {@code outputBasis} defaults to {@code values}. A unit's {@code assessment} names a JSON, CSV or XLSX single
 * assessment relative to the composite file. {@code status}, {@code scale}, {@code comment} and {@code $schema} are
 * accepted and ignored.
 */
public final class JsonAssessmentReader {
	private static final Set<String> SINGLE_KEYS = Set.of("$schema", "comment", AssessmentRows.STANDARD, AssessmentRows.REVISION, AssessmentRows.STATUS,
			AssessmentRows.SECTOR, AssessmentRows.TAILORED, AssessmentRows.SCALE, "ratings");
	private static final Set<String> COMPOSITE_TOP_KEYS = Set.of("$schema", "comment", AssessmentRows.STANDARD, AssessmentRows.REVISION,
			AssessmentRows.STATUS, AssessmentRows.SCALE, "composite");
	private static final Set<String> COMPOSITE_KEYS = Set.of("comment", "outputBasis", "units");
	private static final Set<String> UNIT_KEYS = Set.of("comment", "name", "sector", "output", AssessmentRows.TAILORED, "ratings", "assessment");

	/** What a JSON assessment file holds. */
	public sealed interface Content permits Single, Composite {
	}

	/** A single enterprise. */
	public record Single(AssessmentRows rows) implements Content {
	}

	/**
	 * A composite enterprise (Annex A) as written: its revision, the output basis, the units; {@code issues} are the
	 * problems of the file's structure.
	 */
	public record Composite(String file, AssessmentRows.Field standard, AssessmentRows.Field revision, AssessmentRows.Field outputBasis,
			SourceLocation unitsWhere, List<Unit> units, List<InputIssue> issues) implements Content {
	}

	/** One unit: inline rows, or the file of its assessment ({@code assessmentFile}); output null when unreadable. */
	public record Unit(String name, SourceLocation where, SourceLocation nameWhere, AssessmentRows.Field sector, BigDecimal output,
			SourceLocation outputWhere, AssessmentRows inline, AssessmentRows.Field assessmentFile) {
	}

	private final String file;
	private final JsonLocations locations;
	private final List<InputIssue> issues = new ArrayList<>();

	private JsonAssessmentReader(String file, JsonLocations locations) {
		this.file = file;
		this.locations = locations;
	}

	public static Content read(Path path, String file) throws AssessmentInputException {
		TextDecoding.Decoded decoded = TextDecoding.decode(AssessmentFiles.readBytes(path, file), file);
		return read(decoded.text(), file);
	}

	public static Content read(String text, String file) throws AssessmentInputException {
		JsonLocations locations = JsonLocations.scan(text);
		if (!locations.duplicates().isEmpty()) {
			List<InputIssue> issues = new ArrayList<>();
			for (JsonLocations.Duplicate d : locations.duplicates()) {
				SourceLocation where = SourceLocation.json(file, d.again().line(), d.again().column());
				String first = "line " + d.first().line() + ", column " + d.first().column();
				issues.add(new InputIssue(where, d.parent().endsWith("/ratings") ? "duplicate rating: clause \"" + d.key() + "\" already has a rating at " + first
						: "duplicate key \"" + d.key() + "\" (first at " + first + ")"));
			}
			throw new AssessmentInputException(issues);
		}
		Object root;
		try {
			root = JsonReader.parse(text);
		} catch (JsonException e) {
			throw new AssessmentInputException(new InputIssue(SourceLocation.json(file, e.line(), e.column()), "not valid JSON: " + e.detail()));
		}
		if (!(root instanceof Map<?, ?> map)) {
			throw new AssessmentInputException(new InputIssue(SourceLocation.file(file), "expected a JSON object {…} with revision, sector and ratings"));
		}
		JsonAssessmentReader reader = new JsonAssessmentReader(file, locations);
		@SuppressWarnings("unchecked")
		Map<String, Object> object = (Map<String, Object>) map;
		if (object.containsKey("composite")) {
			return reader.composite(object);
		}
		AssessmentRows rows = new AssessmentRows(file, "JSON");
		reader.single(object, "", rows, SINGLE_KEYS, "a single assessment has " + String.join(", ", List.of("standard", "revision", "status", "sector",
				"tailored", "ratings")) + "; a composite one has \"composite\"");
		return new Single(rows);
	}

	private SourceLocation at(String pointer) {
		JsonLocations.Position p = locations.at(pointer);
		return p == null ? SourceLocation.file(file) : SourceLocation.json(file, p.line(), p.column());
	}

	/** Fills {@code rows} from the members of a single assessment (or an inline unit) at {@code pointer}. */
	private void single(Map<String, Object> o, String pointer, AssessmentRows rows, Set<String> allowed, String expected) {
		for (Map.Entry<String, Object> e : o.entrySet()) {
			String key = e.getKey();
			String member = JsonLocations.pointer(pointer, key);
			if (!allowed.contains(key)) {
				rows.issue(at(member), "unknown member \"" + key + "\"; " + expected);
				continue;
			}
			switch (key) {
			case AssessmentRows.STANDARD, AssessmentRows.REVISION, AssessmentRows.STATUS, AssessmentRows.SECTOR -> {
				if (e.getValue() instanceof String s) {
					rows.put(key, s, at(member));
				} else {
					rows.issue(at(member), "\"" + key + "\" must be a text, not " + describe(e.getValue()));
				}
			}
			case AssessmentRows.TAILORED -> tailored(e.getValue(), member, rows);
			case "ratings" -> ratings(e.getValue(), member, rows);
			default -> {
				// $schema, comment, scale: for people
			}
			}
		}
		if (!o.containsKey("ratings")) {
			rows.issue(pointer.isEmpty() ? SourceLocation.file(file) : at(pointer), "no \"ratings\" object (clause id → rating)");
		}
	}

	private void tailored(Object value, String member, AssessmentRows rows) {
		if (value instanceof String s) {
			rows.put(AssessmentRows.TAILORED, s, at(member));
			AssessmentRows.splitTailored(s).forEach(id -> rows.addTailored(id, at(member)));
			return;
		}
		if (!(value instanceof List<?> list)) {
			rows.issue(at(member), "\"tailored\" must be a list of subdomain ids such as [\"表3.中试验证\"], not " + describe(value));
			return;
		}
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i) instanceof String s) {
				rows.addTailored(s, at(JsonLocations.pointer(member, i)));
				ids.add(s);
			} else {
				rows.issue(at(JsonLocations.pointer(member, i)), "a tailored subdomain must be a text such as \"表3.中试验证\", not " + describe(list.get(i)));
			}
		}
		rows.put(AssessmentRows.TAILORED, String.join("; ", ids), at(member));
	}

	private void ratings(Object value, String member, AssessmentRows rows) {
		if (!(value instanceof Map<?, ?> map)) {
			rows.issue(at(member), "\"ratings\" must be an object {\"clause id\": rating, …}, not " + describe(value));
			return;
		}
		for (Map.Entry<?, ?> e : map.entrySet()) {
			String id = (String) e.getKey();
			SourceLocation where = at(JsonLocations.pointer(member, id));
			Object v = e.getValue();
			if (v == null) {
				rows.addRow(id, AssessmentRows.Rating.EMPTY, where);
			} else if (v instanceof BigDecimal n) {
				rows.addRow(id, new AssessmentRows.Rating(n.toPlainString(), n), where);
			} else if (v instanceof String s) {
				rows.addRow(id, new AssessmentRows.Rating(s.strip(), null), where);
			} else {
				rows.issue(where, "rating of clause \"" + id + "\" must be a number or a text, not " + describe(v));
				rows.reject(id);
			}
		}
	}

	private Composite composite(Map<String, Object> o) {
		AssessmentRows.Field standard = null;
		AssessmentRows.Field revision = null;
		for (Map.Entry<String, Object> e : o.entrySet()) {
			String member = JsonLocations.pointer("", e.getKey());
			if (!COMPOSITE_TOP_KEYS.contains(e.getKey())) {
				issues.add(new InputIssue(at(member), "unknown member \"" + e.getKey() + "\"; a composite assessment has standard, revision, status and "
						+ "composite (its units carry sector, tailoring and ratings)"));
			} else if (e.getKey().equals(AssessmentRows.STANDARD) || e.getKey().equals(AssessmentRows.REVISION)) {
				if (e.getValue() instanceof String s) {
					AssessmentRows.Field f = new AssessmentRows.Field(s, at(member));
					if (e.getKey().equals(AssessmentRows.STANDARD)) {
						standard = f;
					} else {
						revision = f;
					}
				} else {
					issues.add(new InputIssue(at(member), "\"" + e.getKey() + "\" must be a text, not " + describe(e.getValue())));
				}
			}
		}
		AssessmentRows.Field basis = null;
		SourceLocation unitsWhere = at("/composite");
		List<Unit> units = new ArrayList<>();
		if (!(o.get("composite") instanceof Map<?, ?> c)) {
			issues.add(new InputIssue(at("/composite"), "\"composite\" must be an object {\"outputBasis\": …, \"units\": […]}"));
			return new Composite(file, standard, revision, null, unitsWhere, units, issues);
		}
		for (Map.Entry<?, ?> e : c.entrySet()) {
			String key = (String) e.getKey();
			String member = JsonLocations.pointer("/composite", key);
			if (!COMPOSITE_KEYS.contains(key)) {
				issues.add(new InputIssue(at(member), "unknown member \"" + key + "\"; \"composite\" has outputBasis and units"
						+ (key.equals("aggregation") ? " (the aggregation is declared by the revision)" : "")));
			} else if (key.equals("outputBasis")) {
				if (e.getValue() instanceof String s && (s.equals("values") || s.equals("shares"))) {
					basis = new AssessmentRows.Field(s, at(member));
				} else {
					issues.add(new InputIssue(at(member), "\"outputBasis\" must be \"values\" (output values) or \"shares\" (shares of the total output summing to 1), not "
							+ describe(e.getValue())));
				}
			} else if (key.equals("units")) {
				unitsWhere = at(member);
				if (e.getValue() instanceof List<?> list) {
					for (int i = 0; i < list.size(); i++) {
						Unit u = unit(list.get(i), JsonLocations.pointer(member, i), revision, standard);
						if (u != null) {
							units.add(u);
						}
					}
				} else {
					issues.add(new InputIssue(at(member), "\"units\" must be a list of units, not " + describe(e.getValue())));
				}
			}
		}
		if (units.isEmpty() && c.get("units") instanceof List<?> list && list.isEmpty() || c.get("units") == null) {
			issues.add(new InputIssue(unitsWhere, "a composite assessment needs at least one unit"));
		}
		return new Composite(file, standard, revision, basis, unitsWhere, units, issues);
	}

	private Unit unit(Object value, String pointer, AssessmentRows.Field revision, AssessmentRows.Field standard) {
		if (!(value instanceof Map<?, ?> map)) {
			issues.add(new InputIssue(at(pointer), "a unit must be an object {\"name\", \"sector\", \"output\", and \"ratings\" or \"assessment\"}"));
			return null;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> o = (Map<String, Object>) map;
		String name = o.get("name") instanceof String s ? s : null;
		if (name == null) {
			issues.add(new InputIssue(at(o.containsKey("name") ? JsonLocations.pointer(pointer, "name") : pointer), "a unit needs a \"name\" (text)"));
			name = "#" + (Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1)) + 1);
		}
		AssessmentRows.Field sector = null;
		if (o.get("sector") instanceof String s) {
			sector = new AssessmentRows.Field(s, at(JsonLocations.pointer(pointer, "sector")));
		} else {
			issues.add(new InputIssue(at(o.containsKey("sector") ? JsonLocations.pointer(pointer, "sector") : pointer),
					"unit \"" + name + "\" needs a \"sector\" (its type: 采选, 冶炼 or 加工)"));
		}
		BigDecimal output = null;
		SourceLocation outputWhere = at(o.containsKey("output") ? JsonLocations.pointer(pointer, "output") : pointer);
		if (o.get("output") instanceof BigDecimal n) {
			output = n;
		} else {
			issues.add(new InputIssue(outputWhere, "unit \"" + name + "\" needs an \"output\" (a number: its output value or share)"));
		}
		AssessmentRows.Field assessment = null;
		AssessmentRows inline = null;
		boolean hasRatings = o.containsKey("ratings");
		if (o.containsKey("assessment")) {
			if (hasRatings || o.containsKey(AssessmentRows.TAILORED)) {
				issues.add(new InputIssue(at(JsonLocations.pointer(pointer, "assessment")),
						"unit \"" + name + "\" has both an \"assessment\" file and its own tailored/ratings; give one or the other"));
			}
			if (o.get("assessment") instanceof String s && !s.isBlank()) {
				assessment = new AssessmentRows.Field(s, at(JsonLocations.pointer(pointer, "assessment")));
			} else {
				issues.add(new InputIssue(at(JsonLocations.pointer(pointer, "assessment")), "\"assessment\" must name a file (JSON, CSV or XLSX)"));
			}
		} else {
			inline = new AssessmentRows(file, "JSON");
			if (revision != null) {
				inline.put(AssessmentRows.REVISION, revision.value(), revision.where());
			}
			if (standard != null) {
				inline.put(AssessmentRows.STANDARD, standard.value(), standard.where());
			}
			if (sector != null) {
				inline.put(AssessmentRows.SECTOR, sector.value(), sector.where());
			}
			Map<String, Object> rest = new LinkedHashMap<>(o);
			rest.keySet().removeAll(List.of("name", "sector", "output"));
			single(rest, pointer, inline, UNIT_KEYS, "a unit has name, sector, output, and tailored + ratings or an assessment file");
		}
		for (String key : o.keySet()) {
			if (!UNIT_KEYS.contains(key) && assessment != null) {
				issues.add(new InputIssue(at(JsonLocations.pointer(pointer, key)), "unknown member \"" + key + "\"; a unit has name, sector, output, "
						+ "and tailored + ratings or an assessment file"));
			}
		}
		return new Unit(name, at(pointer), at(JsonLocations.pointer(pointer, "name")), sector, output, outputWhere, inline, assessment);
	}

	private static String describe(Object v) {
		if (v == null) {
			return "null";
		}
		if (v instanceof String s) {
			return "\"" + CsvAssessmentReader.abbreviate(s) + "\"";
		}
		if (v instanceof BigDecimal n) {
			return "the number " + n.toPlainString();
		}
		if (v instanceof Boolean b) {
			return b.toString();
		}
		if (v instanceof List<?>) {
			return "a list";
		}
		return "an object";
	}
}
