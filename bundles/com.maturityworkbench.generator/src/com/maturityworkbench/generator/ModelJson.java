package com.maturityworkbench.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.generator.GenerationModel.CellView;
import com.maturityworkbench.generator.GenerationModel.ClauseView;
import com.maturityworkbench.generator.GenerationModel.NoteView;
import com.maturityworkbench.generator.GenerationModel.RequirementDomainView;
import com.maturityworkbench.generator.GenerationModel.RequirementTableView;
import com.maturityworkbench.generator.GenerationModel.RowView;
import com.maturityworkbench.generator.GenerationModel.WeightDomainView;
import com.maturityworkbench.generator.GenerationModel.WeightTableView;
import com.maturityworkbench.generator.GenerationModel.WeightedView;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.json.JsonWriter;
import com.maturityworkbench.scoring.model.AssessmentRules;
import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.TailoringRule;

/**
 * {@code model.json}: the whole revision, machine-readable — standard, levels, scale, parts, sectors, Tables 1-4 with
 * exact weights, Tables 5-8 with every clause (id, label, topic, text, continuations, notes) and every empty cell's
 * reason, the declared rules, the effective model of each sector, and the validation findings. Numbers are exact
 * decimals as written in the revision (a weight is given as printed, "3%", and as a fraction, 0.03).
 *
 * <p>Every cell has {@code leadIn} (its 导语, or null) and {@code notes} ([{kind: "note"|"example", text}] of the whole
 * cell); every clause has {@code continuations} (the paragraphs that continue it, rated with it; {@code text} is its
 * first paragraph) and {@code notes} (its own). The keys are always written, empty or null when there is nothing, as
 * {@code label} and {@code topic} are. Lead-ins and notes are context: never rated, never counted.
 */
public final class ModelJson {
	/** Incremented when the layout changes incompatibly. */
	public static final int FORMAT = 1;

	private ModelJson() {
	}

	public static String render(GenerationModel m) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("format", "mwb-model");
		root.put("formatVersion", FORMAT);
		root.put("standard", m.stamp().standardCode());
		root.put("revision", m.stamp().revisionId());
		root.put("status", m.stamp().status());
		Map<String, Object> head = new LinkedHashMap<>();
		head.put("title", m.title());
		head.put("titleEn", m.titleEn());
		head.put("committee", m.committee());
		head.put("revisionLabel", m.revisionLabel());
		head.put("date", m.date());
		root.put("head", head);
		root.put("levels", m.levels().stream().map(l -> map("number", l.number(), "name", l.name(), "description", l.description())).toList());
		root.put("scale", m.scale().stream().map(r -> map("name", r.name(), "value", number(r.value()))).toList());
		root.put("parts", m.parts().stream().map(p -> map("name", p.name(), "kind", p.kind(), "target", p.target())).toList());
		root.put("sectors", m.sectors().stream().map(s -> map("name", s.name(), "code", s.code())).toList());
		root.put("weightTables", m.weightTables().stream().map(ModelJson::weightTable).toList());
		root.put("requirementTables", m.requirementTables().stream().map(ModelJson::requirementTable).toList());
		root.put("rules", rules(m));
		root.put("interpretations", interpretations(m));
		root.put("effectiveModels", m.sectors().stream()
				.map(s -> map("sector", s.name(), "code", s.code(), "tables", tablesOf(m, s.name()), "subdomains", s.subdomains(), "clauses", s.rows().size(),
						"templates", List.of("templates/" + s.fileBase() + ".csv", "templates/" + s.fileBase() + ".xlsx")))
				.toList());
		List<Object> findings = new ArrayList<>();
		for (Finding f : m.findings()) {
			findings.add(map("file", f.file(), "line", f.line(), "column", f.column(), "severity", f.severity().label(), "code", f.code(), "category",
					f.category(), "message", f.message()));
		}
		root.put("findings", findings);
		return JsonWriter.writePretty(root);
	}

	private static List<String> tablesOf(GenerationModel m, String sector) {
		List<String> ids = new ArrayList<>();
		ids.add(m.scoring().commonTable().id());
		m.scoring().sectorTable(sector).ifPresent(t -> ids.add(t.id()));
		return ids;
	}

	private static Map<String, Object> weightTable(WeightTableView t) {
		List<Object> domains = new ArrayList<>();
		for (WeightDomainView d : t.domains()) {
			List<Object> subs = new ArrayList<>();
			for (WeightedView s : d.subdomains()) {
				subs.add(map("id", s.id(), "name", s.name(), "weight", s.weight(), "fraction", fraction(s.percent()), "requirementRow", s.rowId()));
			}
			domains.add(map("name", d.name(), "weight", percent(d.sumPercent()), "subdomains", subs));
		}
		return map("id", t.id(), "title", t.title(), "part", t.part(), "sector", t.sector(), "sum", percent(t.sumPercent()), "target",
				percent(t.targetPercent()), "domains", domains);
	}

	private static Map<String, Object> requirementTable(RequirementTableView t) {
		List<Object> domains = new ArrayList<>();
		for (RequirementDomainView d : t.domains()) {
			List<Object> rows = new ArrayList<>();
			for (RowView r : d.rows()) {
				List<Object> cells = new ArrayList<>();
				for (CellView c : r.cells()) {
					Map<String, Object> cell = map("level", c.level());
					if (c.isEmpty()) {
						cell.put("empty", c.markedEmpty() ? "marked" : c.listed() ? "unmarked" : "missing");
						cell.put("reason", c.reason());
					}
					cell.put("leadIn", c.leadIn());
					cell.put("notes", notes(c.notes()));
					List<Object> clauses = new ArrayList<>();
					for (ClauseView cl : c.clauses()) {
						clauses.add(map("id", cl.id(), "label", cl.label(), "topic", cl.topic(), "text", cl.text(), "continuations", cl.continuations(),
								"notes", notes(cl.notes())));
					}
					cell.put("clauses", clauses);
					cells.add(cell);
				}
				rows.add(map("id", r.id(), "name", r.printedName(), "note", r.note(), "scores", r.subdomainId(), "probablyMeans", r.driftSubdomainId(),
						"cells", cells));
			}
			domains.add(map("name", d.name(), "rows", rows));
		}
		return map("id", t.id(), "title", t.title(), "part", t.part(), "sector", t.sector(), "clauses", t.clauseCount(), "domains", domains);
	}

	/** [{kind: "note"|"example", text}], in the revision's order. */
	private static List<Object> notes(List<NoteView> notes) {
		return notes.stream().map(n -> (Object) map("kind", n.kind(), "text", n.text())).toList();
	}

	private static Map<String, Object> rules(GenerationModel m) {
		TailoringRule t = m.scoring().tailoring();
		DeterminationRule d = m.scoring().determination();
		Map<String, Object> rules = new LinkedHashMap<>();
		rules.put("tailoring", map("declared", m.tailoringDeclared(), "allow", t.allowAll() ? "all" : t.allowed().stream().sorted().toList(),
				"redistributeWithin", t.scope().name().toLowerCase(Locale.ROOT)));
		List<Object> bands = new ArrayList<>();
		for (Band b : d.bands()) {
			bands.add(map("level", b.levelName(), "low", number(b.low()), "high", number(b.high()), "highClosed", b.highClosed()));
		}
		rules.put("determination", map("declared", m.determinationDeclared(), "metWhen", "score " + d.comparison().symbol() + " " + d.threshold().toExactString(),
				"comparison", d.comparison().symbol(), "threshold", number(d.threshold()), "progressive", d.progressive(), "bands", bands));
		rules.put("composite", map("declared", m.compositeDeclared(), "weightsBy", "output value", "aggregate",
				m.scoring().composite().aggregation().name().toLowerCase(Locale.ROOT)));
		rules.put("arithmetic", "exact rational; decimals in reports are rounded half-up to 4 places");
		AssessmentRules a = m.scoring().rules();
		rules.put("assessment", map("notApplicable", a.notApplicableAllowed() ? "allowed" : "forbidden", "notApplicableName",
				a.notApplicableAllowed() ? a.notApplicableName() : null, "rateLevels", "all"));
		return rules;
	}

	/** 解释与约定: every open point of the scoring text, its rule (with the current value) and declared interpretation. */
	private static List<Object> interpretations(GenerationModel m) {
		List<Object> points = new ArrayList<>();
		for (InterpretationView i : m.interpretations()) {
			points.add(map("id", i.id(), "title", i.title(), "rule", i.rule(), "ruleDeclared", i.isRule() ? i.ruleDeclared() : null, "declared",
					i.declared(), "section", i.section(), "quotes", i.quotes(), "reading", i.reading(), "because", i.reason()));
		}
		return points;
	}

	/** An exact decimal as a JSON number; a value without a finite decimal expansion as its fraction text. */
	static Object number(Rational r) {
		String exact = r.toExactString();
		return exact.contains("/") ? exact : new BigDecimal(exact);
	}

	private static Object fraction(BigDecimal percent) {
		return percent == null ? null : number(Rational.of(percent).divide(Rational.valueOf(100)));
	}

	private static String percent(BigDecimal p) {
		return p == null ? null : p.stripTrailingZeros().toPlainString() + "%";
	}

	/** An insertion-ordered map of alternating keys and values (nulls kept). */
	static Map<String, Object> map(Object... kv) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}
}
