package com.maturityworkbench.cli.tests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.assessment.layout.CsvLayout;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.json.JsonWriter;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.testing.Workbooks;

/**
 * One assessment of one sector written by the tests in the three formats of mwb score (the layout of the
 * generated templates): every clause row of the common and the sector requirement tables (rows without weight
 * included) with its texts, and a rating per clause as a scale name, a decimal text or a number.
 */
final class Fixture {
	/** A clause row as the templates list it. */
	record Row(String clauseId, String table, String domain, String subdomain, String level, String label, String text) {
	}

	final Models models;
	final String sector;
	final List<Row> rows = new ArrayList<>();
	/** clause id → rating: String (scale name or decimal text) or BigDecimal (a number in JSON / XLSX). */
	final Map<String, Object> ratings = new LinkedHashMap<>();
	final List<String> tailored = new ArrayList<>();
	/** The report's details of layout 5 (key → text); when given, the JSON is of layout 5 and names the revision's label. */
	final Map<String, String> details = new LinkedHashMap<>();

	Fixture(Models models, String sector) {
		this.models = models;
		this.sector = sector;
		List<WeightTable> weights = new ArrayList<>(models.revision().commonWeightTables());
		models.revision().sectors().stream().filter(s -> s.getName().equals(sector)).findFirst()
				.ifPresent(s -> weights.addAll(models.revision().weightTablesOf(s)));
		for (WeightTable w : weights) {
			for (RequirementTable t : models.revision().requirementTablesFor(w)) {
				for (RequirementDomain d : t.getDomains()) {
					for (RequirementRow r : d.getRows()) {
						for (Cell c : r.getCells()) {
							for (Clause cl : c.getClauses()) {
								String text = (cl.getTopic() == null ? "" : cl.getTopic() + "。") + cl.getText();
								rows.add(new Row(ScoringModelBuilder.clauseId(cl), t.getName(), d.getName(), r.getName(), c.getLevel().getName(),
										cl.getLabel() == null ? "" : cl.getLabel(), text));
							}
						}
					}
				}
			}
		}
	}

	RevisionModel model() {
		return models.model();
	}

	/** Rates the clauses of one cell ("表5.甲.一级") in order. */
	Fixture cell(String cell, Object... values) {
		for (int i = 0; i < values.length; i++) {
			String id = cell + "." + (i + 1);
			if (rows.stream().noneMatch(r -> r.clauseId().equals(id))) {
				throw new IllegalArgumentException("no clause " + id);
			}
			ratings.put(id, values[i]);
		}
		return this;
	}

	/** Rates every clause of every level {@code level} (1-based) cell of the weighted subdomains not tailored. */
	Fixture level(int level, Object value) {
		SectorModel sm = SectorModel.of(model(), sector);
		for (String id : sm.clauseOrder()) {
			var ref = sm.clause(id).orElseThrow();
			if (ref.levelIndex() == level - 1 && !tailored.contains(ref.subdomain().id())) {
				ratings.put(id, value);
			}
		}
		return this;
	}

	Fixture all(Object value) {
		for (int level = 1; level <= model().levelCount(); level++) {
			level(level, value);
		}
		return this;
	}

	Fixture tailor(String... ids) {
		tailored.addAll(List.of(ids));
		return this;
	}

	/** The exact value of a rating as the scale reads it. */
	Rational exact(Object rating) {
		return exact(model(), rating);
	}

	/** The exact value of a rating as written — a scale name, a decimal text or a number — on the scale of {@code model}. */
	static Rational exact(RevisionModel model, Object rating) {
		if (rating instanceof BigDecimal n) {
			return Rational.of(n);
		}
		for (RatingValue v : model.scale().values()) {
			if (v.name().equals(rating)) {
				return v.value();
			}
		}
		return Rational.parse((String) rating);
	}

	Map<String, Rational> exactRatings() {
		Map<String, Rational> r = new LinkedHashMap<>();
		ratings.forEach((k, v) -> r.put(k, exact(v)));
		return r;
	}

	/** The assessment as the runtime reads it: the exact ratings, the tailored ids. */
	Assessment assessment() {
		return new Assessment(model().revisionId(), sector, new LinkedHashSet<>(tailored), exactRatings());
	}

	String json() {
		Map<String, Object> m = new LinkedHashMap<>();
		if (!details.isEmpty()) {
			m.put("layout", 5);
		}
		m.put("standard", model().standardCode());
		m.put("revision", model().revisionId());
		if (!details.isEmpty()) {
			m.put("revisionLabel", model().revisionLabel());
		}
		m.put("sector", sector);
		m.put("tailored", tailored);
		m.putAll(details);
		Map<String, Object> r = new LinkedHashMap<>();
		for (Row row : rows) {
			if (ratings.containsKey(row.clauseId())) {
				r.put(row.clauseId(), ratings.get(row.clauseId()));
			}
		}
		m.put("ratings", r);
		return JsonWriter.writePretty(m);
	}

	String csvText() {
		StringBuilder sb = new StringBuilder();
		sb.append("# standard: ").append(model().standardCode()).append('\n');
		sb.append("# revision: ").append(model().revisionId()).append('\n');
		sb.append("# status: ").append(model().status().name().toLowerCase()).append('\n');
		sb.append("# sector: ").append(sector).append('\n');
		sb.append("# tailored: ").append(String.join("; ", tailored)).append('\n');
		sb.append(csvField("# scale: " + model().scale().describe())).append('\n');
		sb.append("clause_id,table,domain,subdomain,level,label,text,rating\n");
		for (Row r : rows) {
			Object rating = ratings.get(r.clauseId());
			sb.append(String.join(",", csvField(r.clauseId()), csvField(r.table()), csvField(r.domain()), csvField(r.subdomain()), csvField(r.level()),
					csvField(r.label()), csvField(r.text()), rating == null ? "" : csvField(rating instanceof BigDecimal n ? n.toPlainString() : (String) rating)))
					.append('\n');
		}
		return sb.toString();
	}

	/** The CSV text in {@code charset}; with {@code bom} as "CSV UTF-8" is saved (UTF-8 with a byte order mark). */
	byte[] csv(Charset charset, boolean bom) {
		return bom ? CsvLayout.encode(csvText()) : csvText().getBytes(charset);
	}

	static String csvField(String s) {
		if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
			return "\"" + s.replace("\"", "\"\"") + "\"";
		}
		return s;
	}

	byte[] xlsx() {
		Workbooks wb = Workbooks.create();
		wb.row("评估信息", List.of("key", "value", "说明")).row("评估信息", List.of("standard", model().standardCode(), "标准编号"))
				.row("评估信息", List.of("revision", model().revisionId(), "修订版（DSL 标准名）"))
				.row("评估信息", List.of("status", model().status().name().toLowerCase(), "草案或正式"))
				.row("评估信息", List.of("sector", sector, "企业类型：" + String.join("、", model().sectors())))
				.row("评估信息", List.of("tailored", String.join("; ", tailored), "裁剪的能力子域，分号分隔"))
				.row("评估信息", List.of("scale", model().scale().describe(), "满足程度与得分（表9）"));
		for (Row r : rows) {
			if (!wb.has(r.table())) {
				wb.row(r.table(), List.of("clause_id", "table", "domain", "subdomain", "level", "label", "text", "rating"));
			}
			wb.row(r.table(), Arrays.asList(r.clauseId(), r.table(), r.domain(), r.subdomain(), r.level(), r.label(), r.text(), ratings.get(r.clauseId())));
		}
		return wb.write();
	}

	Path writeJson(Path file) throws IOException {
		return Files.writeString(file, json(), StandardCharsets.UTF_8);
	}

	Path writeCsv(Path file) throws IOException {
		return Files.write(file, csv(StandardCharsets.UTF_8, false));
	}

	Path writeXlsx(Path file) throws IOException {
		return Files.write(file, xlsx());
	}
}
