package com.maturityworkbench.assessment;

import static com.maturityworkbench.assessment.ReaderMessages.M;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.assessment.layout.JsonLayout;
import com.maturityworkbench.assessment.layout.JsonLayout.Shape;
import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.assessment.layout.TailoredList;
import com.maturityworkbench.scoring.json.JsonException;
import com.maturityworkbench.scoring.json.JsonReader;

/**
 * An assessment as JSON ({@link JsonLayout}: single or composite, any layout up to {@link LayoutVersion#CURRENT}),
 * read with the runtime's strict {@link JsonReader}; every member is located by line and column
 * ({@link JsonLocations}), and a clause rated twice is reported as such (all repetitions, before the strict reader
 * would stop at the first repeated key). A member the layout does not declare is an issue.
 */
public final class JsonAssessmentReader {
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
			SourceLocation unitsWhere, List<Unit> units, List<InputIssue> issues, AssessmentRows.Field revisionLabel, LayoutVersion layout,
			EnterpriseDetails details) implements Content {
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
		TextDecoding.Decoded decoded = TextDecoding.decodeJson(AssessmentFiles.readBytes(path, file), file);
		return read(decoded.text(), file);
	}

	public static Content read(String text, String file) throws AssessmentInputException {
		JsonLocations locations = JsonLocations.scan(text);
		if (!locations.duplicates().isEmpty()) {
			List<InputIssue> issues = new ArrayList<>();
			for (JsonLocations.Duplicate d : locations.duplicates()) {
				SourceLocation where = SourceLocation.json(file, d.again().line(), d.again().column());
				String first = SourceLocation.json(file, d.first().line(), d.first().column()).describe();
				boolean rating = d.parent().endsWith("/" + JsonLayout.RATINGS);
				issues.add(new InputIssue(where, rating ? M.text("json.duplicate-rating", d.key(), first) : M.text("json.duplicate-key", d.key(), first)));
			}
			throw new AssessmentInputException(issues);
		}
		Object root;
		try {
			root = JsonReader.parse(text);
		} catch (JsonException e) {
			throw new AssessmentInputException(new InputIssue(SourceLocation.json(file, e.line(), e.column()), M.text("json.invalid", e.detail())));
		}
		if (!(root instanceof Map<?, ?> map)) {
			throw new AssessmentInputException(new InputIssue(SourceLocation.file(file), M.text("json.not-object")));
		}
		JsonAssessmentReader reader = new JsonAssessmentReader(file, locations);
		@SuppressWarnings("unchecked")
		Map<String, Object> object = (Map<String, Object>) map;
		if (object.containsKey(JsonLayout.COMPOSITE)) {
			return reader.composite(object);
		}
		AssessmentRows rows = new AssessmentRows(file, "JSON");
		reader.single(object, "", rows, Shape.SINGLE, M.text("json.single-members", String.join(", ", Shape.SINGLE.written()), JsonLayout.COMPOSITE));
		rows.resolveLayout();
		return new Single(rows);
	}

	private SourceLocation at(String pointer) {
		JsonLocations.Position p = locations.at(pointer);
		return p == null ? SourceLocation.file(file) : SourceLocation.json(file, p.line(), p.column());
	}

	/** Fills {@code rows} from the members of a single assessment (or an inline unit) at {@code pointer}. */
	private void single(Map<String, Object> o, String pointer, AssessmentRows rows, Shape shape, String expected) {
		for (Map.Entry<String, Object> e : o.entrySet()) {
			String key = e.getKey();
			String member = JsonLocations.pointer(pointer, key);
			if (!shape.allows(key)) {
				rows.issue(at(member), M.text("json.unknown-member", key, expected));
				continue;
			}
			MetadataKey metadata = MetadataKey.byKey(key).filter(k -> k.key().equals(key)).orElse(null);
			if (metadata == MetadataKey.TAILORED) {
				tailored(e.getValue(), member, rows);
			} else if (metadata == MetadataKey.LAYOUT) {
				layout(e.getValue(), member, rows);
			} else if (metadata != null && metadata != MetadataKey.SCALE) {
				if (e.getValue() instanceof String s) {
					rows.put(metadata, s, at(member));
				} else {
					rows.issue(at(member), M.text("json.must-be-text", key, describe(e.getValue())));
				}
			} else if (key.equals(JsonLayout.RATINGS)) {
				ratings(e.getValue(), member, rows);
			} else if (key.equals(JsonLayout.EVIDENCE)) {
				evidence(e.getValue(), member, rows);
			} else if (key.equals(JsonLayout.PANEL)) {
				panel(e.getValue(), member, rows);
			}
			// $schema, comment, scale: for people
		}
		if (!o.containsKey(JsonLayout.RATINGS)) {
			rows.issue(pointer.isEmpty() ? SourceLocation.file(file) : at(pointer), M.text("json.no-ratings"));
		}
		// a clause rated by the panel alone: its rating is the panel's consensus
		java.util.Set<String> rated = new java.util.HashSet<>();
		rows.rows().forEach(r -> rated.add(r.clauseId().strip()));
		for (String id : rows.panel().keySet()) {
			if (!rated.contains(id)) {
				rows.addRow(id, AssessmentRows.Rating.EMPTY, at(JsonLocations.pointer(JsonLocations.pointer(pointer, JsonLayout.PANEL), id)));
			}
		}
	}

	/** {@code "layout": 2}: a whole number, checked against the known layouts once the file is read. */
	private void layout(Object value, String member, AssessmentRows rows) {
		if (value instanceof BigDecimal n) {
			rows.put(MetadataKey.LAYOUT, AssessmentRows.shown(n), at(member));
		} else {
			rows.issue(at(member), M.text("json.layout-type", describe(value), LayoutVersion.CURRENT.number()));
		}
	}

	private void tailored(Object value, String member, AssessmentRows rows) {
		if (value instanceof String s) {
			rows.putWithTailoring(MetadataKey.TAILORED, s, at(member));
			return;
		}
		if (!(value instanceof List<?> list)) {
			rows.issue(at(member), M.text("json.tailored-not-list", describe(value)));
			return;
		}
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i) instanceof String s) {
				rows.addTailored(s, at(JsonLocations.pointer(member, i)));
				ids.add(s);
			} else {
				rows.issue(at(JsonLocations.pointer(member, i)), M.text("json.tailored-entry", describe(list.get(i))));
			}
		}
		rows.put(MetadataKey.TAILORED, TailoredList.join(ids), at(member));
	}

	private void ratings(Object value, String member, AssessmentRows rows) {
		if (!(value instanceof Map<?, ?> map)) {
			rows.issue(at(member), M.text("json.ratings-not-object", describe(value)));
			return;
		}
		for (Map.Entry<?, ?> e : map.entrySet()) {
			String id = (String) e.getKey();
			SourceLocation where = at(JsonLocations.pointer(member, id));
			AssessmentRows.Rating rating = rating(e.getValue());
			if (rating != null) {
				rows.addRow(id, rating, where);
			} else {
				rows.issue(where, M.text("json.rating-type", id, describe(e.getValue())));
				rows.reject(id);
			}
		}
	}

	/** A rating as JSON holds it: null (not rated), a number or a text; null for any other value. */
	private static AssessmentRows.Rating rating(Object v) {
		if (v == null) {
			return AssessmentRows.Rating.EMPTY;
		}
		if (v instanceof BigDecimal n) {
			return new AssessmentRows.Rating(AssessmentRows.shown(n), n);
		}
		return v instanceof String s ? new AssessmentRows.Rating(s.strip(), null) : null;
	}

	/** {@code "evidence": {"表5.组织建设.一级.1": "文件：…"}}: one text per clause. */
	private void evidence(Object value, String member, AssessmentRows rows) {
		if (!(value instanceof Map<?, ?> map)) {
			rows.issue(at(member), M.text("json.evidence-not-object", describe(value)));
			return;
		}
		for (Map.Entry<?, ?> e : map.entrySet()) {
			String id = (String) e.getKey();
			if (e.getValue() instanceof String s) {
				rows.addEvidence(id, s);
			} else if (e.getValue() != null) {
				rows.issue(at(JsonLocations.pointer(member, id)), M.text("json.evidence-type", id, describe(e.getValue())));
			}
		}
	}

	/** {@code "panel": {"表5.组织建设.一级.1": ["全部满足", 0.8, "部分满足"]}}: the members' ratings per clause. */
	private void panel(Object value, String member, AssessmentRows rows) {
		if (!(value instanceof Map<?, ?> map)) {
			rows.issue(at(member), M.text("json.panel-not-object", describe(value)));
			return;
		}
		for (Map.Entry<?, ?> e : map.entrySet()) {
			String id = (String) e.getKey();
			if (!(e.getValue() instanceof List<?> list)) {
				rows.issue(at(JsonLocations.pointer(member, id)), M.text("json.panel-not-list", id, describe(e.getValue())));
				rows.reject(id);
				continue;
			}
			List<AssessmentRows.Rating> ratings = new ArrayList<>();
			for (Object v : list) {
				AssessmentRows.Rating rating = rating(v);
				// another kind of value is reported as an unreadable rating of the panel
				ratings.add(rating != null ? rating : new AssessmentRows.Rating(describe(v), null));
			}
			rows.addPanel(id, ratings);
		}
	}

	private Composite composite(Map<String, Object> o) throws AssessmentInputException {
		AssessmentRows.Field standard = null;
		AssessmentRows.Field revision = null;
		AssessmentRows.Field label = null;
		AssessmentRows top = new AssessmentRows(file, "JSON");
		for (Map.Entry<String, Object> e : o.entrySet()) {
			String key = e.getKey();
			String member = JsonLocations.pointer("", key);
			if (!Shape.COMPOSITE_FILE.allows(key)) {
				issues.add(new InputIssue(at(member), M.text("json.unknown-member", key,
						M.text("json.composite-file-members", String.join(", ", Shape.COMPOSITE_FILE.written())))));
			} else if (key.equals(JsonLayout.LAYOUT)) {
				layout(e.getValue(), member, top);
			} else if (key.equals(JsonLayout.STANDARD) || key.equals(JsonLayout.REVISION) || key.equals(JsonLayout.REVISION_LABEL)) {
				if (e.getValue() instanceof String s) {
					AssessmentRows.Field f = new AssessmentRows.Field(s, at(member));
					if (key.equals(JsonLayout.STANDARD)) {
						standard = f;
					} else if (key.equals(JsonLayout.REVISION)) {
						revision = f;
					} else {
						label = f;
					}
				} else {
					issues.add(new InputIssue(at(member), M.text("json.must-be-text", key, describe(e.getValue()))));
				}
			} else if (JsonLayout.DETAILS.contains(key)) {
				if (e.getValue() instanceof String s) {
					top.put(MetadataKey.byKey(key).orElseThrow(), s, at(member));
				} else {
					issues.add(new InputIssue(at(member), M.text("json.must-be-text", key, describe(e.getValue()))));
				}
			}
		}
		top.resolveLayout();
		issues.addAll(top.issues());
		AssessmentRows.Field basis = null;
		String compositePointer = JsonLocations.pointer("", JsonLayout.COMPOSITE);
		SourceLocation unitsWhere = at(compositePointer);
		List<Unit> units = new ArrayList<>();
		if (!(o.get(JsonLayout.COMPOSITE) instanceof Map<?, ?> c)) {
			issues.add(new InputIssue(at(compositePointer), M.text("json.composite-not-object")));
			return new Composite(file, standard, revision, null, unitsWhere, units, issues, label, top.layout(), EnterpriseDetails.of(top));
		}
		for (Map.Entry<?, ?> e : c.entrySet()) {
			String key = (String) e.getKey();
			String member = JsonLocations.pointer(compositePointer, key);
			if (!Shape.COMPOSITE.allows(key)) {
				String has = M.text("json.composite-members", String.join(", ", Shape.COMPOSITE.written()));
				issues.add(new InputIssue(at(member), M.text("json.unknown-member", key, key.equals("aggregation") ? M.text("json.aggregation-declared", has) : has)));
			} else if (key.equals(JsonLayout.OUTPUT_BASIS)) {
				if (e.getValue() instanceof String s && JsonLayout.OUTPUT_BASES.contains(s)) {
					basis = new AssessmentRows.Field(s, at(member));
				} else {
					issues.add(new InputIssue(at(member), M.text("json.output-basis", describe(e.getValue()))));
				}
			} else if (key.equals(JsonLayout.UNITS)) {
				unitsWhere = at(member);
				if (e.getValue() instanceof List<?> list) {
					for (int i = 0; i < list.size(); i++) {
						Unit u = unit(list.get(i), JsonLocations.pointer(member, i), revision, standard);
						if (u != null) {
							units.add(u);
						}
					}
				} else {
					issues.add(new InputIssue(at(member), M.text("json.units-not-list", describe(e.getValue()))));
				}
			}
		}
		if (units.isEmpty() && c.get(JsonLayout.UNITS) instanceof List<?> list && list.isEmpty() || c.get(JsonLayout.UNITS) == null) {
			issues.add(new InputIssue(unitsWhere, M.text("json.no-units")));
		}
		return new Composite(file, standard, revision, basis, unitsWhere, units, issues, label, top.layout(), EnterpriseDetails.of(top));
	}

	private Unit unit(Object value, String pointer, AssessmentRows.Field revision, AssessmentRows.Field standard) {
		if (!(value instanceof Map<?, ?> map)) {
			issues.add(new InputIssue(at(pointer), M.text("json.unit-not-object")));
			return null;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> o = (Map<String, Object>) map;
		String namePointer = JsonLocations.pointer(pointer, JsonLayout.NAME);
		String name = o.get(JsonLayout.NAME) instanceof String s ? s : null;
		if (name == null) {
			issues.add(new InputIssue(at(o.containsKey(JsonLayout.NAME) ? namePointer : pointer), M.text("json.unit-no-name")));
			name = "#" + (Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1)) + 1);
		}
		String sectorPointer = JsonLocations.pointer(pointer, JsonLayout.SECTOR);
		AssessmentRows.Field sector = null;
		if (o.get(JsonLayout.SECTOR) instanceof String s) {
			sector = new AssessmentRows.Field(s, at(sectorPointer));
		} else {
			issues.add(new InputIssue(at(o.containsKey(JsonLayout.SECTOR) ? sectorPointer : pointer), M.text("json.unit-no-sector", name)));
		}
		BigDecimal output = null;
		SourceLocation outputWhere = at(o.containsKey(JsonLayout.OUTPUT) ? JsonLocations.pointer(pointer, JsonLayout.OUTPUT) : pointer);
		if (o.get(JsonLayout.OUTPUT) instanceof BigDecimal n && (n.precision() - (long) n.scale() > 30 || n.scale() > 30)) {
			issues.add(new InputIssue(outputWhere, M.text("json.unit-output-size", name, AssessmentRows.shown(n))));
		} else if (o.get(JsonLayout.OUTPUT) instanceof BigDecimal n) {
			output = n;
		} else {
			issues.add(new InputIssue(outputWhere, M.text("json.unit-no-output", name)));
		}
		String unitMembers = M.text("json.unit-members", String.join(", ", Shape.UNIT.written()));
		AssessmentRows.Field assessment = null;
		AssessmentRows inline = null;
		String filePointer = JsonLocations.pointer(pointer, JsonLayout.ASSESSMENT);
		if (o.containsKey(JsonLayout.ASSESSMENT)) {
			if (JsonLayout.INLINE_ONLY.stream().anyMatch(o::containsKey)) {
				issues.add(new InputIssue(at(filePointer), M.text("json.unit-file-and-ratings", name)));
			}
			if (o.get(JsonLayout.ASSESSMENT) instanceof String s && !s.isBlank()) {
				assessment = new AssessmentRows.Field(s, at(filePointer));
			} else {
				issues.add(new InputIssue(at(filePointer), M.text("json.unit-file")));
			}
			for (String key : o.keySet()) {
				if (!Shape.UNIT.allows(key)) {
					issues.add(new InputIssue(at(JsonLocations.pointer(pointer, key)), M.text("json.unknown-member", key, unitMembers)));
				}
			}
		} else {
			inline = new AssessmentRows(file, "JSON");
			if (revision != null) {
				inline.put(MetadataKey.REVISION, revision.value(), revision.where());
			}
			if (standard != null) {
				inline.put(MetadataKey.STANDARD, standard.value(), standard.where());
			}
			if (sector != null) {
				inline.put(MetadataKey.SECTOR, sector.value(), sector.where());
			}
			Map<String, Object> rest = new LinkedHashMap<>(o);
			rest.keySet().removeAll(List.of(JsonLayout.NAME, JsonLayout.SECTOR, JsonLayout.OUTPUT));
			single(rest, pointer, inline, Shape.UNIT, unitMembers);
		}
		return new Unit(name, at(pointer), at(namePointer), sector, output, outputWhere, inline, assessment);
	}

	private static String describe(Object v) {
		if (v == null) {
			return M.text("json.value.null");
		}
		if (v instanceof String s) {
			return M.text("json.value.text", CsvAssessmentReader.abbreviate(s));
		}
		if (v instanceof BigDecimal n) {
			return M.text("json.value.number", AssessmentRows.shown(n));
		}
		if (v instanceof Boolean b) {
			return M.text("json.value.boolean", b.toString());
		}
		return M.text(v instanceof List<?> ? "json.value.list" : "json.value.object");
	}
}
