package com.maturityworkbench.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.generator.DocText.Bullets;
import com.maturityworkbench.generator.DocText.Formula;
import com.maturityworkbench.generator.DocText.Item;
import com.maturityworkbench.generator.DocText.Paragraph;
import com.maturityworkbench.generator.DocText.Section;
import com.maturityworkbench.generator.DocText.SimpleTable;
import com.maturityworkbench.generator.GenerationModel.CellView;
import com.maturityworkbench.generator.GenerationModel.ClauseView;
import com.maturityworkbench.generator.GenerationModel.NoteView;
import com.maturityworkbench.generator.GenerationModel.LevelView;
import com.maturityworkbench.generator.GenerationModel.PartView;
import com.maturityworkbench.generator.GenerationModel.RequirementDomainView;
import com.maturityworkbench.generator.GenerationModel.RequirementTableView;
import com.maturityworkbench.generator.GenerationModel.RowView;
import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.generator.GenerationModel.WeightDomainView;
import com.maturityworkbench.generator.GenerationModel.WeightTableView;
import com.maturityworkbench.generator.GenerationModel.WeightedView;

/**
 * {@code docs/<revision>.md}: the content of the HTML page as Markdown (CommonMark with GitHub's pipe tables), in the
 * standard's own numbering. Tables 5-8 are laid out as one heading per requirement row with a list per level, since
 * Markdown tables have no merged cells. Emphasis next to Chinese punctuation is written as {@code <strong>}: CommonMark's
 * flanking rules do not close {@code **…。**} before a CJK letter, so a topic would show its asterisks.
 */
public final class MarkdownDoc {
	private MarkdownDoc() {
	}

	public static String render(GenerationModel m) {
		StringBuilder b = new StringBuilder(1 << 20);
		b.append("# ").append(md(m.title())).append("\n\n");
		if (m.titleEn() != null) {
			b.append("*").append(md(m.titleEn())).append("*\n\n");
		}
		b.append("| | |\n|---|---|\n");
		for (String[] r : DocText.stampRows(m)) {
			row(b, r[0], r[1]);
		}
		b.append('\n');
		if (!m.stamp().isFinal()) {
			b.append("> ").append(strong(md(DocText.stageLabel(m)))).append(md(DocText.t("doc.draft-label", "")))
					.append(md(DocText.t("doc.draft-text", DocText.findingCounts(m), DocText.t("doc.quoted", DocText.t("doc.findings")),
							DocText.t("doc.quoted", DocText.t("doc.rules.gaps")))))
					.append("\n\n");
		}

		b.append("## ").append(md(DocText.t("doc.contents"))).append("\n\n");
		for (String chapter : chapters(m)) {
			b.append("- ").append(md(chapter)).append('\n');
		}
		b.append('\n');

		b.append("## ").append(md(DocText.t("doc.ch5"))).append("\n\n");
		List<List<String>> levelRows = new ArrayList<>();
		for (LevelView l : m.levels()) {
			levelRows.add(List.of(l.name(), l.description()));
		}
		table(b, List.of(DocText.t("doc.levels.level"), DocText.t("doc.levels.description")), levelRows);

		b.append("## ").append(md(DocText.t("doc.ch6"))).append("\n\n");
		String sectorNames = DocText.list(m.sectors().stream().map(SectorView::name).toList());
		b.append("### ").append(md(DocText.t("doc.6.1"))).append("\n\n");
		m.weightTables().stream().filter(t -> t.sector() == null).forEach(t -> weightTable(b, t));
		b.append("### ").append(md(DocText.t("doc.6.2", sectorNames))).append("\n\n");
		m.weightTables().stream().filter(t -> t.sector() != null).forEach(t -> weightTable(b, t));
		b.append("### ").append(md(DocText.t("doc.sums"))).append("\n\n");
		List<List<String>> partRows = new ArrayList<>();
		for (PartView p : m.parts()) {
			for (WeightTableView t : m.weightTables()) {
				if (p.name().equals(t.part())) {
					boolean ok = t.sumPercent() != null && p.targetPercent() != null && t.sumPercent().compareTo(p.targetPercent()) == 0;
					partRows.add(List.of(DocText.paren(p.name(), DocText.partKind(p.kind())), DocText.percent(p.targetPercent()),
							t.sector() == null ? t.id() : DocText.paren(t.id(), t.sector()), DocText.percent(t.sumPercent()),
							DocText.t(ok ? "doc.sums.ok" : "doc.sums.bad")));
				}
			}
		}
		table(b, DocText.sumsHeader(), partRows);
		b.append("## ").append(md(DocText.t("doc.ch7"))).append("\n\n");
		for (RequirementTableView t : requirementTablesInOrder(m)) {
			if (t == firstOf(m, true)) {
				b.append("### ").append(md(DocText.t("doc.7.1"))).append("\n\n");
			} else if (t == firstOf(m, false)) {
				b.append("### ").append(md(DocText.t("doc.7.2", sectorNames))).append("\n\n");
			}
			b.append(strong(md(t.id() + (t.title() == null ? "" : " " + t.title())))).append("\n\n");
			String part = t.part() == null ? "—" : t.part();
			b.append(md(t.sector() == null ? DocText.t("doc.requirements.md-lead", part, t.clauseCount())
					: DocText.t("doc.requirements.md-lead-sector", part, t.sector(), t.clauseCount()))).append("\n\n");
			if (t.hasContext()) {
				b.append(md(DocText.contextNote(false))).append("\n\n");
			}
			for (RequirementDomainView d : t.domains()) {
				for (RowView r : d.rows()) {
					b.append("#### ").append(md(d.name() + " · " + r.printedName())).append("\n\n");
					List<String> notes = new ArrayList<>();
					if (r.scored()) {
						notes.add(md(DocText.t("doc.requirements.scored")) + "`" + r.subdomainId() + "`");
					}
					for (String note : DocText.rowNotes(r)) {
						notes.add(strong(md(note)));
					}
					if (!notes.isEmpty()) {
						b.append(String.join(" · ", notes)).append("\n\n");
					}
					for (CellView c : r.cells()) {
						// the lead-in follows the level, before the labelled clauses
						String lead = c.leadIn() == null ? "" : " " + md(c.leadIn());
						if (c.isEmpty()) {
							b.append("- ").append(strong(md(c.level()))).append(lead).append(' ').append(md(DocText.emptyCell(c))).append('\n');
							quotes(b, "  ", c.notes());
							continue;
						}
						b.append("- ").append(strong(md(c.level()))).append(lead).append('\n');
						for (ClauseView cl : c.clauses()) {
							b.append("  - ");
							if (cl.label() != null) {
								b.append(md(cl.label())).append(' ');
							}
							if (cl.topic() != null) {
								b.append(strong(md(cl.topic()) + "。"));
							}
							b.append(md(cl.text()));
							for (String paragraph : cl.continuations()) {
								// a hard line break: the continuation stays inside the clause's list item
								b.append("\\\n    ").append(md(paragraph));
							}
							b.append(" `").append(cl.id()).append("`\n");
							quotes(b, "    ", cl.notes());
						}
						quotes(b, "  ", c.notes());
					}
					b.append('\n');
				}
			}
		}

		b.append("## ").append(md(DocText.t("doc.ch9"))).append("\n\n");
		for (Section s : DocText.determinationChapter(m)) {
			section(b, s);
		}
		Section composite = DocText.compositeAnnex(m);
		b.append("## ").append(md(DocText.annexHeading('A', true, composite.title()))).append("\n\n");
		items(b, composite.items());
		char letter = 'B';
		b.append("## ").append(md(DocText.annexHeading(letter, false, DocText.t("doc.rules.title")))).append("\n\n");
		int n = 0;
		for (Section s : DocText.supplementaryRules(m)) {
			section(b, new Section(s.id(), letter + "." + ++n, s.title(), s.items()));
		}
		interpretations(b, m, letter + "." + (n + 1));
		letter++;
		if (!m.examples().isEmpty()) {
			examples(b, m, letter++);
		}
		char sectorsLetter = letter++;
		char findingsLetter = letter;

		b.append("## ").append(md(DocText.annexHeading(sectorsLetter, false, DocText.t("doc.sectors")))).append("\n\n");
		b.append(DocText.t("doc.sectors.lead", "assessment.schema.json")).append("\n\n");
		table(b, DocText.sectorsHeader(), DocText.sectorRows(m));
		b.append(DocText.t("doc.standalone")).append("`").append(DocText.standaloneCommand(m)).append("`").append(DocText.standaloneNote()).append("\n\n");

		b.append("## ").append(md(DocText.annexHeading(findingsLetter, false, DocText.t("doc.findings")))).append("\n\n");
		if (m.findings().isEmpty()) {
			b.append(md(DocText.t("doc.findings.none"))).append("\n\n");
		} else {
			b.append(md(DocText.t("doc.findings.lead", DocText.findingCounts(m)))).append("\n\n");
			for (Map.Entry<String, Integer> e : DocText.findingsByCategory(m).entrySet()) {
				b.append("- ").append(md(DocText.t("doc.findings.category", e.getKey(), e.getValue()))).append('\n');
			}
			b.append('\n');
			List<List<String>> rows = new ArrayList<>();
			for (Finding f : m.findings()) {
				rows.add(List.of(f.file() + ":" + f.line() + ":" + f.column(), DocText.severityLabel(f.severity()), f.code(), f.message()));
			}
			table(b, DocText.findingsHeader(), rows);
		}
		b.append("---\n\n").append(md(DocText.footer(m))).append('\n');
		return b.toString();
	}

	/** The chapters and annexes, for the contents. */
	private static List<String> chapters(GenerationModel m) {
		List<String> c = new ArrayList<>(List.of(DocText.t("doc.ch5"), DocText.t("doc.ch6"), DocText.t("doc.ch7"), DocText.t("doc.ch9"),
				DocText.annexHeading('A', true, DocText.compositeAnnex(m).title()), DocText.annexHeading('B', false, DocText.t("doc.rules.title"))));
		char letter = 'C';
		if (!m.examples().isEmpty()) {
			c.add(DocText.annexHeading(letter++, false, DocText.examplesTitle()));
		}
		c.add(DocText.annexHeading(letter++, false, DocText.t("doc.sectors")));
		c.add(DocText.annexHeading(letter, false, DocText.t("doc.findings")));
		return c;
	}

	/** The common requirement tables first (7.1), then the sector tables (7.2). */
	private static List<RequirementTableView> requirementTablesInOrder(GenerationModel m) {
		List<RequirementTableView> tables = new ArrayList<>(m.requirementTables().stream().filter(t -> t.sector() == null).toList());
		tables.addAll(m.requirementTables().stream().filter(t -> t.sector() != null).toList());
		return tables;
	}

	private static RequirementTableView firstOf(GenerationModel m, boolean common) {
		return m.requirementTables().stream().filter(t -> (t.sector() == null) == common).findFirst().orElse(null);
	}

	private static void weightTable(StringBuilder b, WeightTableView t) {
		b.append(strong(md(t.id() + (t.title() == null ? "" : " " + t.title())))).append("\n\n");
		String part = t.part() == null ? "—" : t.part();
		b.append(md(t.sector() == null ? DocText.t("doc.weights.part", part) : DocText.t("doc.weights.part-sector", part, t.sector()))).append("\n\n");
		List<List<String>> rows = new ArrayList<>();
		for (WeightDomainView d : t.domains()) {
			boolean first = true;
			for (WeightedView s : d.subdomains()) {
				rows.add(List.of(first ? cell(d.name()) : "", cell(s.name()), cell(s.id()), cell(s.weight()),
						s.rowId() == null ? strong(cell(DocText.t("doc.weights.no-row"))) : cell(s.rowId())));
				first = false;
			}
			rows.add(List.of("", "<em>" + cell(DocText.t("doc.weights.subtotal")) + "</em>", "", cell(DocText.percent(d.sumPercent())), ""));
		}
		boolean ok = t.targetPercent() == null || t.sumPercent().compareTo(t.targetPercent()) == 0;
		rows.add(List.of(strong(cell(DocText.t("doc.weights.total"))), "", "", strong(cell(DocText.percent(t.sumPercent()))), cell(DocText.targetNote(t, ok))));
		markupTable(b, DocText.weightsHeader(), rows);
	}

	private static void section(StringBuilder b, Section s) {
		b.append("### ").append(md(s.heading())).append("\n\n");
		items(b, s.items());
	}

	/** Paragraphs, formulas (with their number, as the standard sets it), lists and captioned tables. */
	private static void items(StringBuilder b, List<Item> items) {
		for (Item item : items) {
			if (item instanceof Paragraph p) {
				b.append(md(p.text())).append("\n\n");
			} else if (item instanceof Formula f) {
				b.append("```\n").append(f.text()).append(f.number() == null ? "" : "    " + DocText.t("doc.md-formula-number", f.number())).append("\n```\n\n");
			} else if (item instanceof Bullets l) {
				l.items().forEach(i -> b.append("- ").append(md(i)).append('\n'));
				b.append('\n');
			} else if (item instanceof SimpleTable t) {
				b.append(strong(md(t.caption()))).append("\n\n");
				table(b, t.header(), t.rows());
			}
		}
	}

	/**
	 * Strong emphasis as inline HTML, which CommonMark and GFM render whatever characters surround it ({@code **} does
	 * not close after 。 before a CJK letter).
	 */
	static String strong(String markdown) {
		return "<strong>" + markdown + "</strong>";
	}

	private static void row(StringBuilder b, String key, String value) {
		b.append("| ").append(cell(key)).append(" | ").append(cell(value)).append(" |\n");
	}

	/**
	 * Notes and examples as quoted paragraphs inside the list item they belong to ({@code indent}: its content
	 * column); a block quote interrupts the item's paragraph, so the list stays tight.
	 */
	private static void quotes(StringBuilder b, String indent, List<NoteView> notes) {
		for (NoteView n : notes) {
			b.append(indent).append("> ").append(md(n.text())).append('\n');
		}
	}

	/** 解释与约定: per open point of the scoring text, the draft's words next to the rule chosen and why. */
	private static void interpretations(StringBuilder b, GenerationModel m, String number) {
		b.append("### ").append(md(number + " " + DocText.interpretationsTitle())).append("\n\n");
		b.append(md(DocText.interpretationsLead(m))).append("\n\n");
		int n = 0;
		for (InterpretationView i : m.interpretations()) {
			b.append("#### ").append(number).append('.').append(++n).append(' ').append(md(DocText.interpretationHeading(i))).append("\n\n");
			table(b, List.of("", ""), DocText.interpretationRows(i));
		}
	}

	/** The worked examples as an informative annex, with their arithmetic. */
	private static void examples(StringBuilder b, GenerationModel m, char letter) {
		b.append("## ").append(md(DocText.annexHeading(letter, false, DocText.examplesTitle()))).append("\n\n").append(md(DocText.examplesLead())).append("\n\n");

		int n = 0;
		for (ExampleView e : m.examples()) {
			b.append("### ").append(letter).append('.').append(++n).append(' ').append(md(DocText.exampleHeading(e))).append("\n\n");
			for (String line : DocText.exampleEnterprise(e)) {
				b.append("- ").append(md(line)).append('\n');
			}
			b.append('\n');
			table(b, DocText.exampleColumns(e), DocText.exampleRows(e));
			b.append(md(DocText.exampleConclusion(e))).append("\n\n");
		}
	}

	private static void table(StringBuilder b, List<String> header, List<List<String>> rows) {
		markupTable(b, header, rows.stream().map(r -> r.stream().map(MarkdownDoc::cell).toList()).toList());
	}

	/** A pipe table of cells already in Markdown. */
	private static void markupTable(StringBuilder b, List<String> header, List<List<String>> rows) {
		b.append('|');
		header.forEach(h -> b.append(' ').append(cell(h)).append(" |"));
		b.append("\n|");
		header.forEach(h -> b.append("---|"));
		b.append('\n');
		for (List<String> r : rows) {
			b.append('|');
			r.forEach(c -> b.append(' ').append(c).append(" |"));
			b.append('\n');
		}
		b.append('\n');
	}

	/** Text in a table cell: Markdown-escaped (pipes included), on one line. */
	static String cell(String s) {
		return md(s).replace("\r", " ").replace("\n", " ");
	}

	/** Markdown-escapes the characters that could start markup inside Chinese prose. */
	static String md(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
				b.append('\\');
			}
			b.append(c);
		}
		return b.toString();
	}
}
