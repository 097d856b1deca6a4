package com.maturityworkbench.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.maturityworkbench.assessment.report.Decimals;
import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.generator.GenerationModel.CellView;
import com.maturityworkbench.generator.GenerationModel.RatingView;
import com.maturityworkbench.generator.GenerationModel.RowView;
import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.Comparison;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.TailoringRule;
import com.maturityworkbench.scoring.model.TailoringScope;

/**
 * The words of the generated documentation, shared by the HTML and the Markdown page so both say exactly the same:
 * labels, and the scoring method as sections of paragraphs, formulas, lists and small tables. Pure functions of the
 * {@link GenerationModel}.
 */
final class DocText {
	/** A piece of the scoring method. */
	sealed interface Item permits Paragraph, Formula, Bullets, SimpleTable {
	}

	record Paragraph(String text) implements Item {
	}

	/**
	 * A formula: {@code text} in plain Unicode (Markdown), {@code mathml} typeset (HTML), {@code number} as the standard
	 * numbers it ("1", "A.4"), null for an unnumbered one.
	 */
	record Formula(String text, String mathml, String number) implements Item {
	}

	record Bullets(List<String> items) implements Item {
	}

	/** A table with its anchor and caption (表9 …). */
	record SimpleTable(String id, String caption, List<String> header, List<List<String>> rows) implements Item {
	}

	/** A numbered clause of a chapter or annex: "9.1 计算方法". */
	record Section(String id, String number, String title, List<Item> items) {
		String heading() {
			return number + " " + title;
		}
	}

	private static final Rational HUNDRED = Rational.valueOf(100);
	/** A fixed text of the documentation in the current language ({@code doc.*} of the generator's messages). */
	static String t(String key, Object... args) {
		return Texts.M.text(key, args);
	}

	/** "由 Maturity Workbench（mwb generate）根据本版本的模型文件生成，请勿手工修改。" */
	static String generatedBy() {
		return t("doc.generated-by");
	}

	/** The footer line: the stamp, then {@link #generatedBy()}. */
	static String footer(GenerationModel m) {
		return t("doc.footer", stampLine(m), generatedBy());
	}

	/** "text（detail）" / "text (detail)" */
	static String paren(String text, String detail) {
		return t("doc.paren", text, detail);
	}

	/** Items joined as a list: 采选、冶炼 / 采选, 冶炼. */
	static String list(List<String> items) {
		return String.join(t("doc.list"), items);
	}

	/** "表9" / "Table 9": a caption number the generator gives (the revision's own tables keep their ids). */
	static String tableNumber(String number) {
		return t("doc.table", number);
	}

	/** "附录C（资料性）计算示例" */
	static String annexHeading(char letter, boolean normative, String title) {
		return t("doc.annex", String.valueOf(letter), t(normative ? "doc.annex.normative" : "doc.annex.informative"), title);
	}

	private DocText() {
	}

	/** The stage of standardisation as the standard names it: 征求意见稿, 送审稿, 报批稿, 发布. */
	static String stageLabel(GenerationModel m) {
		return m.scoring().stage();
	}

	/** "YS/T XXXXX—XXXX · nonferrous_dt_maturity · 征求意见稿": the stamp line as the documentation shows it. */
	static String stampLine(GenerationModel m) {
		return m.stamp().standardCode() + " · " + m.stamp().revisionId() + " · " + stageLabel(m);
	}

	/** The rows of the title block: 标准编号, 修订版, 阶段, 日期, 归口, 规模 (label, value). */
	static List<String[]> stampRows(GenerationModel m) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { t("doc.stamp.code"), m.stamp().standardCode() });
		rows.add(new String[] { t("doc.stamp.revision"), m.revisionLabel() == null ? m.stamp().revisionId() : paren(m.stamp().revisionId(), m.revisionLabel()) });
		rows.add(new String[] { t("doc.stamp.stage"), stageLabel(m) });
		if (m.date() != null) {
			rows.add(new String[] { t("doc.stamp.date"), m.date() });
		}
		if (m.committee() != null) {
			rows.add(new String[] { t("doc.stamp.committee"), m.committee() });
		}
		rows.add(new String[] { t("doc.stamp.size"),
				t("doc.stamp.size-value", m.levels().size(), m.weightTables().size(), m.requirementTables().size(), m.clauseCount()) });
		return rows;
	}

	static List<String> sumsHeader() {
		return List.of(t("doc.sums.part"), t("doc.sums.target"), t("doc.sums.table"), t("doc.sums.sum"), t("doc.sums.against"));
	}

	static List<String> weightsHeader() {
		return List.of(t("doc.weights.domain"), t("doc.weights.subdomain"), t("doc.weights.id"), t("doc.weights.weight"), t("doc.weights.row"));
	}

	static List<String> requirementsHeader() {
		return List.of(t("doc.weights.domain"), t("doc.weights.subdomain"), t("doc.requirements.level"), t("doc.requirements.text"));
	}

	static List<String> sectorsHeader() {
		return List.of(t("doc.sectors.sector"), t("doc.sectors.code"), t("doc.sectors.tables"), t("doc.sectors.subdomains"), t("doc.sectors.rows"),
				t("doc.sectors.templates"));
	}

	static List<String> findingsHeader() {
		return List.of(t("doc.findings.where"), t("doc.findings.severity"), t("doc.findings.code"), t("doc.findings.message"));
	}

	/** One row per sector: name, code, tables, subdomains, clauses to rate, its templates. */
	static List<List<String>> sectorRows(GenerationModel m) {
		List<List<String>> rows = new ArrayList<>();
		for (SectorView s : m.sectors()) {
			rows.add(List.of(s.name(), s.code(), sectorTables(m, s), String.valueOf(s.subdomains()), String.valueOf(s.rows().size()),
					"templates/" + s.fileBase() + ".csv, templates/" + s.fileBase() + ".xlsx"));
		}
		return rows;
	}

	/** "目标 51%，相符" under a weight table. */
	static String targetNote(GenerationModel.WeightTableView t, boolean ok) {
		return t(ok ? "doc.weights.target-ok" : "doc.weights.target-bad", percent(t.targetPercent()));
	}

	static String percent(BigDecimal p) {
		return p == null ? "—" : p.stripTrailingZeros().toPlainString() + "%";
	}

	static String partKind(String kind) {
		return t("common".equals(kind) ? "doc.part.common" : "doc.part.sector");
	}

	/** "（空：草案未填写）", "（空，未标注原因）", "（未列出）" */
	static String emptyCell(CellView c) {
		if (c.markedEmpty()) {
			return t("doc.empty.marked", c.reason());
		}
		return t(c.listed() ? "doc.empty.unmarked" : "doc.empty.unlisted");
	}

	/**
	 * Under a requirement table that has lead-ins, notes or continuations: what they are for the assessor.
	 *
	 * @param smallType whether the page sets notes and examples in small type (HTML) or as quoted paragraphs (Markdown)
	 */
	static String contextNote(boolean smallType) {
		return t("doc.context-note", t(smallType ? "doc.notes-shown.small" : "doc.notes-shown.quote"));
	}

	/** Notes about a requirement row: not scored, drafting note, probable name drift. */
	static List<String> rowNotes(RowView r) {
		List<String> notes = new ArrayList<>();
		if (!r.scored()) {
			notes.add(t("doc.row.unscored"));
		}
		if (r.driftSubdomainId() != null) {
			notes.add(t("doc.row.drift", r.driftSubdomainId()));
		}
		if (r.note() != null) {
			notes.add(t("doc.row.draft-note", r.note()));
		}
		return notes;
	}

	/** What follows the standalone command in the docs. */
	static String standaloneNote() {
		return t("doc.standalone-note");
	}

	/** How to run the generated jar: "java -jar x-scoring.jar 评估文件". */
	static String standaloneCommand(GenerationModel m) {
		return t("doc.standalone-command", m.jarName());
	}

	/** "153 条警告、64 条提示" */
	static String findingCounts(GenerationModel m) {
		return t("doc.finding-counts", m.warningCount(), m.infoCount());
	}

	static Map<String, Integer> findingsByCategory(GenerationModel m) {
		Map<String, Integer> by = new TreeMap<>();
		for (Finding f : m.findings()) {
			by.merge(paren(f.category(), severityLabel(f.severity())), 1, Integer::sum);
		}
		return by;
	}

	static String severityLabel(Finding.Severity s) {
		return switch (s) {
		case ERROR -> t("doc.severity.error");
		case WARNING -> t("doc.severity.warning");
		case INFO -> t("doc.severity.info");
		};
	}

	static String sectorTables(GenerationModel m, SectorView s) {
		List<String> ids = new ArrayList<>();
		ids.add(m.scoring().commonTable().id());
		m.scoring().sectorTable(s.name()).ifPresent(t -> ids.add(t.id()));
		return String.join(" + ", ids);
	}

	/** 9.1 and 9.2 of the standard: the rating scale (表9), formulas (1)-(3), the determination and the bands (表10). */
	static List<Section> determinationChapter(GenerationModel m) {
		List<Section> sections = new ArrayList<>();
		DeterminationRule d = m.scoring().determination();
		String threshold = d.threshold().toExactString();
		List<String> levels = m.scoring().levels();
		String first = levels.get(0);
		int n = levels.size();

		List<List<String>> scaleRows = new ArrayList<>();
		for (RatingView r : m.scale()) {
			scaleRows.add(List.of(r.name(), r.value().toExactString()));
		}
		ScoredTable common = m.scoring().commonTable();
		List<String> sectorParts = new ArrayList<>();
		for (ScoredTable t : m.scoring().tables()) {
			if (t != common) {
				sectorParts.add(t("doc.9.1.sector-part", t.sector(), t.id(), t.weight().multiply(HUNDRED).toExactString()));
			}
		}
		sections.add(new Section("method-calculation", "9.1", t("doc.9.1"), List.of(
				new Paragraph(t("doc.9.1.scale")),
				new SimpleTable("table-9", t("doc.table9.caption"), List.of(t("doc.table9.rating"), t("doc.table9.score")), scaleRows),
				new Paragraph(t("doc.9.1.model", common.id(), common.weight().multiply(HUNDRED).toExactString(), String.join(t("doc.semicolons"), sectorParts))),
				new Formula("A(i) = Σ_d α_d · B_d(i)", MathMl.block(MathMl.call(MathMl.mi("A"), MathMl.mi("i")), MathMl.mo("="), MathMl.sum(MathMl.mi("d"), null), MathMl.sub(MathMl.mi("α"), MathMl.mi("d")), MathMl.mo("·"), MathMl.call(MathMl.sub(MathMl.mi("B"), MathMl.mi("d")), MathMl.mi("i"))), "1"),
				new Paragraph(t("doc.9.1.where-a")),
				new Formula("B_d(i) = Σ_(s∈d) β_s · C(s,i)", MathMl.block(MathMl.call(MathMl.sub(MathMl.mi("B"), MathMl.mi("d")), MathMl.mi("i")), MathMl.mo("="), MathMl.sum(MathMl.row(MathMl.mi("s"), MathMl.mo("∈"), MathMl.mi("d")), null), MathMl.sub(MathMl.mi("β"), MathMl.mi("s")), MathMl.mo("·"), MathMl.call(MathMl.mi("C"), MathMl.mi("s"), MathMl.mi("i"))), "2"),
				new Paragraph(t("doc.9.1.where-b")),
				new Formula("C(s,i) = (X₁ + X₂ + … + Xₙ) / n", MathMl.block(MathMl.call(MathMl.mi("C"), MathMl.mi("s"), MathMl.mi("i")), MathMl.mo("="), MathMl.frac(MathMl.mn("1"), MathMl.mi("n")), MathMl.sum(MathMl.row(MathMl.mi("k"), MathMl.mo("="), MathMl.mn("1")), MathMl.mi("n")), MathMl.sub(MathMl.mi("X"), MathMl.mi("k"))), "3"),
				new Paragraph(t("doc.9.1.where-c")))));

		List<Item> det = new ArrayList<>();
		if (d.comparison() == Comparison.AT_LEAST) {
			det.add(new Paragraph(t("doc.9.2.at-least", threshold)));
		} else {
			det.add(new Paragraph(t("doc.9.2.above", threshold)));
		}
		det.add(new Paragraph(t(d.progressive() ? "doc.9.2.progressive" : "doc.9.2.independent")));
		det.add(new Paragraph(t("doc.9.2.total", n)));
		det.add(new Formula(t("doc.9.2.formula", n), MathMl.block(MathMl.mi("S"), MathMl.mo("="), MathMl.sum(MathMl.row(MathMl.mi("i"), MathMl.mo("="), MathMl.mn("1")), MathMl.mn(String.valueOf(n))), MathMl.mo("("), MathMl.text(t("doc.9.2.met")), MathMl.call(MathMl.mi("A"), MathMl.mi("i")), MathMl.mo(")")), null));
		List<List<String>> bandRows = new ArrayList<>();
		for (Band b : d.bands()) {
			bandRows.add(List.of(b.levelName(), b.low().toExactString() + " ≤ S " + (b.highClosed() ? "≤ " : "< ") + b.high().toExactString()));
		}
		det.add(new Paragraph(t("doc.9.2.bands")));
		det.add(new SimpleTable("table-10", t("doc.table10.caption", declared(m.determinationDeclared())), List.of(t("doc.table10.conclusion"), t("doc.table10.range")), bandRows));
		det.add(new Paragraph(t("doc.9.2.below", d.lowestBand().low().toExactString(), first)));
		sections.add(new Section("method-determination", "9.2", t("doc.9.2", declared(m.determinationDeclared())), det));
		return sections;
	}

	/** Annex A of the standard: the composite enterprise. */
	static Section compositeAnnex(GenerationModel m) {
		List<Item> composite = new ArrayList<>();
		composite.add(new Paragraph(t("doc.annex-a.lead", list(m.scoring().sectors()))));
		String type = t("doc.annex-a.type");
		composite.add(new Formula(t("doc.annex-a.formula"), MathMl.block(MathMl.call(MathMl.sub(MathMl.mi("A"), MathMl.text("SUM")), MathMl.mi("i")), MathMl.mo("="), MathMl.sum(MathMl.text(type), null), MathMl.call(MathMl.text(t("doc.annex-a.weight")), MathMl.text(type)), MathMl.mo("·"), MathMl.call(MathMl.text("agg"), MathMl.call(MathMl.mi("A"), MathMl.mi("i")))), "A.4"));
		composite.add(new Paragraph(switch (m.scoring().composite().aggregation()) {
		case MEAN -> t("doc.annex-a.mean");
		case MEDIAN -> t("doc.annex-a.median");
		case TRIMMED -> t("doc.annex-a.trimmed");
		}));
		composite.add(new Paragraph(t("doc.annex-a.then")));
		return new Section("method-composite", "A", t("doc.annex-a.title", declared(m.compositeDeclared())), composite);
	}

	/** Annex B (informative): what the standard leaves to the revision — tailoring, gaps, exact arithmetic. */
	static List<Section> supplementaryRules(GenerationModel m) {
		List<Section> sections = new ArrayList<>();
		TailoringRule t = m.scoring().tailoring();
		List<Item> tailoring = new ArrayList<>();
		if (t.allowAll()) {
			tailoring.add(new Paragraph(t("doc.rules.allow-all")));
		} else if (t.allowed().isEmpty()) {
			tailoring.add(new Paragraph(t("doc.rules.allow-none")));
		} else {
			tailoring.add(new Paragraph(t("doc.rules.allowed")));
			tailoring.add(new Bullets(t.allowed().stream().sorted().toList()));
		}
		tailoring.add(new Paragraph(t("doc.rules.redistribute")));
		tailoring.add(new Formula(t("doc.rules.formula"), MathMl.block(MathMl.call(MathMl.mi("w′"), MathMl.mi("t")), MathMl.mo("="), MathMl.call(MathMl.mi("w"), MathMl.mi("t")), MathMl.mo("·"), MathMl.frac(MathMl.call(MathMl.mi("W"), MathMl.text(t("doc.rules.domain"))), MathMl.call(MathMl.mi("W"), MathMl.text(t("doc.rules.kept"))))), "B.1"));
		tailoring.add(new Paragraph(t(t.scope() == TailoringScope.TABLE ? "doc.rules.scope-table" : "doc.rules.scope-domain")));
		sections.add(new Section("method-tailoring", "B.1", t("doc.rules.tailoring", declared(m.tailoringDeclared())), tailoring));

		sections.add(new Section("method-gaps", "B.2", t("doc.rules.gaps"), List.of(new Paragraph(t("doc.rules.gaps.cells")), new Paragraph(t("doc.rules.gaps.stage")),
				new Paragraph(t("doc.rules.gaps.rows")))));

		sections.add(new Section("method-arithmetic", "B.3", t("doc.rules.arithmetic"),
				List.of(new Paragraph(t("doc.rules.arithmetic.exact")), new Paragraph(t("doc.rules.arithmetic.output", Decimals.note(Language.current()))))));
		return sections;
	}

	/** Title of the annex of worked examples (计算示例). */
	static String examplesTitle() {
		return t("doc.examples");
	}

	static String examplesLead() {
		return t("doc.examples.lead");
	}

	static List<String> exampleColumns(ExampleView e) {
		return List.of(t("doc.examples.level"), t(e.units().isEmpty() ? "doc.examples.sum" : "doc.examples.composite-sum"), t("doc.examples.stated"),
				t("doc.examples.met"), t("doc.examples.counted"));
	}

	static String exampleHeading(ExampleView e) {
		return e.title() == null ? e.name() : t("doc.examples.heading", e.name(), e.title());
	}

	/** The enterprise: sector, tailoring, the rating lines in order. */
	static List<String> exampleEnterprise(ExampleView e) {
		List<String> lines = new ArrayList<>();
		if (!e.units().isEmpty()) {
			lines.add(t("doc.examples.composite", e.units().size(), list(e.types())));
			e.units().forEach(u -> lines.add(t("doc.examples.unit", u)));
			return lines;
		}
		lines.add(t("doc.examples.sector", e.sector()));
		lines.add(t("doc.examples.tailored", e.tailored().isEmpty() ? t("doc.none") : list(e.tailored())));
		lines.add(t("doc.examples.ratings", String.join(t("doc.semicolons"), e.ratings())));
		return lines;
	}

	static List<List<String>> exampleRows(ExampleView e) {
		return e.levels().stream()
				.map(l -> List.of(l.name(), l.arithmetic(), l.expected() == null ? "—" : l.expected(), t(l.met() ? "doc.yes" : "doc.no"), l.counted())).toList();
	}

	static String exampleConclusion(ExampleView e) {
		return t("doc.examples.conclusion", e.totalArithmetic(), e.band(), e.levelName());
	}

	/** Title of the section 解释与约定. */
	static String interpretationsTitle() {
		return t("doc.interpretations");
	}

	/** The lead paragraph of the section 解释与约定. */
	static String interpretationsLead(GenerationModel m) {
		long rules = m.interpretations().stream().filter(InterpretationView::isRule).count();
		long open = m.interpretations().stream().filter(i -> !i.declared()).count();
		return t("doc.interpretations.lead", rules) + (open == 0 ? "" : t("doc.interpretations.open", open));
	}

	/** The rows "规则 / 草案原文 / 本版本的解释 / 理由" of one point, as label and text. */
	static List<List<String>> interpretationRows(InterpretationView i) {
		List<List<String>> rows = new ArrayList<>();
		if (i.isRule()) {
			rows.add(List.of(t("doc.interpretations.rule"), i.rule() + (i.ruleDeclared() ? "" : t("doc.interpretations.default"))));
		}
		if (!i.declared()) {
			rows.add(List.of(t("doc.interpretations.reading-label"), t("doc.interpretations.undeclared", i.id())));
			return rows;
		}
		for (String q : i.quotes()) {
			rows.add(List.of(i.section() == null ? t("doc.interpretations.quote") : t("doc.interpretations.quote-section", i.section()),
					t("doc.interpretations.quoted", q)));
		}
		rows.add(List.of(t("doc.interpretations.reading"), i.reading()));
		rows.add(List.of(t("doc.interpretations.reason"), i.reason()));
		return rows;
	}

	/** "not-applicable · 不适用的条款" */
	static String interpretationHeading(InterpretationView i) {
		return i.title().equals(i.id()) ? i.id() : paren(i.title(), i.id());
	}

	private static String declared(boolean declared) {
		return t(declared ? "doc.declared" : "doc.not-declared");
	}

}
