package com.maturityworkbench.generator;

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
import com.maturityworkbench.scoring.html.Html;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * {@code docs/<revision>.html}: one self-contained page (inline CSS, no scripts, no external resources; UTF-8,
 * {@code lang="zh-CN"}, a CJK font stack) in the standard's own numbering — 5 成熟度等级, 6 能力域 (表1-表4 with domain
 * subtotals and table sums against their targets), 7 成熟度要求 (表5-表8 with every clause: label, topic, text, id, each
 * with its anchor), 9 成熟度等级判定 (表9, formulas (1)-(3) typeset as MathML, 表10), 附录A (the composite enterprise),
 * then informative annexes the generator adds: the supplementary rules and 解释与约定, the worked examples, the
 * effective model of each sector, the validation findings (each linked to its clause, row or table). The contents
 * list the chapters and every table. Print-ready: A4 pages, a page break before every chapter, table captions
 * (表N …) and header rows repeated on every page, no heading or caption left at a page foot.
 */
public final class HtmlDoc {
	private static final String CSS = """
			body{font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC","SimSun","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",serif;
			 line-height:1.6;color:#1a1a1a;max-width:1180px;margin:0 auto;padding:24px 32px;font-size:15px}
			h1,h2,h3,h4,caption,th{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","SimHei",sans-serif}
			h1{font-size:28px;margin:8px 0 4px}h2{font-size:22px;border-bottom:2px solid #2f5597;padding-bottom:4px;margin-top:40px}
			h3{font-size:18px;margin-top:28px}h4{font-size:16px;margin:20px 0 6px}
			.title-block{border:1px solid #c9d3e6;background:#f5f8fc;padding:16px 24px;border-radius:6px}
			.code{font-size:18px;font-weight:bold;color:#2f5597;margin:0}.en{color:#555;margin:0 0 10px}
			.draft{background:#fff4ce;border-left:5px solid #e0a800;padding:8px 12px;margin:12px 0}
			table{border-collapse:collapse;margin:10px 0;width:100%}th,td{border:1px solid #b7c3d7;padding:4px 8px;vertical-align:top;text-align:left}
			caption{font-weight:bold;text-align:center;padding:4px 0 6px;font-size:15px}
			th{background:#dde6f3}table.stamp{width:auto}table.stamp th{text-align:right;background:none;border:none;padding:2px 12px 2px 0}
			table.stamp td{border:none;padding:2px 0}tr.subtotal td{background:#f1f4f9}tr.total td{background:#e2e9f4;font-weight:bold}
			td.num{text-align:right;white-space:nowrap}td.nowrap,th.nowrap{white-space:nowrap}.ok{color:#1e7b34}.bad{color:#b3261e;font-weight:bold}
			ol.clauses{margin:0;padding-left:0;list-style:none}ol.clauses li{margin:2px 0}.label{color:#2f5597;font-weight:bold;margin-right:4px}
			.cid{color:#888;font-size:12px;font-family:monospace;margin-left:6px;white-space:nowrap}.empty{color:#999;font-style:italic}
			p.lead{margin:0 0 4px}p.remark{font-size:12.5px;color:#444;margin:2px 0 4px 1.5em}p.remark.example{border-left:3px solid #c9d3e6;padding-left:6px}
			.note{display:inline-block;background:#fde7e9;color:#8a1c1c;font-size:12px;border-radius:3px;padding:0 5px;margin:2px 2px 0 0}
			.formula{display:flex;align-items:center;margin:8px 0;padding:4px 16px}.formula math{flex:1;font-size:1.15em}
			.formula .plain{display:none}.formula .no{white-space:nowrap;margin-left:24px}
			col.c-domain{width:6.5em}col.c-id{width:14em}col.c-weight{width:5em}col.c-row{width:14em}col.c-sub{width:9em}col.c-level{width:3.5em}
			nav ol{margin:4px 0}nav ol.chapters{columns:2}nav ol.tables{columns:2;list-style:none;padding-left:1em}
			footer{margin-top:40px;border-top:1px solid #ccc;padding-top:8px;color:#666;font-size:13px}
			@page{size:A4;margin:20mm 15mm 18mm 15mm}
			@media print{body{max-width:none;padding:0;font-size:10pt}th,td{padding:2px 5px}section.chapter{break-before:page}nav{break-after:page}
			 h1,h2,h3,h4,caption,p.lead{break-after:avoid;page-break-after:avoid}thead{display:table-header-group}tfoot{display:table-footer-group}
			 tr,.formula,li{break-inside:avoid;page-break-inside:avoid}table.requirements tr{break-inside:auto;page-break-inside:auto}a{color:inherit;text-decoration:none}.title-block,.draft{break-inside:avoid}
			 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
			""";

	/** The tables of the page in order, for the contents: anchor and caption. */
	private record TableEntry(String id, String caption) {
	}

	/** One page being written: the body and the tables met so far. */
	private static final class Page {
		final StringBuilder b = new StringBuilder(1 << 20);
		final List<TableEntry> tables = new java.util.ArrayList<>();
		final List<String[]> chapters = new java.util.ArrayList<>();

		StringBuilder append(String s) {
			return b.append(s);
		}

		/** A table with its caption, listed in the contents. */
		void caption(String id, String caption) {
			caption(id, caption, null);
		}

		void caption(String id, String caption, String cssClass) {
			tables.add(new TableEntry(id, caption));
			b.append("<table id=\"").append(esc(id)).append(cssClass == null ? "" : "\" class=\"" + cssClass).append("\">\n<caption>").append(esc(caption))
					.append("</caption>\n");
		}

		/** A chapter or annex: a page of its own in print, listed in the contents. */
		void chapter(String id, String heading) {
			chapters.add(new String[] { id, heading });
			b.append("<section class=\"chapter\" id=\"").append(esc(id)).append("\">\n<h2>").append(esc(heading)).append("</h2>\n");
		}
	}

	private HtmlDoc() {
	}

	public static String render(GenerationModel m) {
		Page page = new Page();
		levels(page, m);
		weights(page, m);
		requirements(page, m);
		method(page, m);
		annexes(page, m);
		StringBuilder b = new StringBuilder(page.b.length() + 16384);
		b.append("<!DOCTYPE html>\n<html lang=\"").append(DocText.t("doc.html-lang")).append("\">\n<head>\n<meta charset=\"utf-8\">\n");
		b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
		b.append("<meta name=\"generator\" content=\"Maturity Workbench mwb generate\">\n");
		meta(b, "standard", m.stamp().standardCode());
		meta(b, "revision", m.stamp().revisionId());
		meta(b, "status", m.stamp().status());
		b.append("<title>").append(esc(m.title() + " — " + DocText.stampLine(m))).append("</title>\n");
		b.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
		titleBlock(b, m);
		b.append("<nav id=\"contents\">\n<h2>").append(esc(DocText.t("doc.contents"))).append("</h2>\n<ol class=\"chapters\">\n");
		for (String[] c : page.chapters) {
			b.append("<li><a href=\"#").append(esc(c[0])).append("\">").append(esc(c[1])).append("</a></li>\n");
		}
		b.append("</ol>\n<h3>").append(esc(DocText.t("doc.contents.tables"))).append("</h3>\n<ol class=\"tables\">\n");
		for (TableEntry t : page.tables) {
			b.append("<li><a href=\"#").append(esc(t.id())).append("\">").append(esc(t.caption())).append("</a></li>\n");
		}
		b.append("</ol>\n</nav>\n");
		b.append(page.b);
		b.append("<footer>\n<p>").append(esc(DocText.footer(m))).append("</p>\n</footer>\n");
		b.append("</body>\n</html>\n");
		return b.toString();
	}

	private static void meta(StringBuilder b, String name, String content) {
		b.append("<meta name=\"").append(name).append("\" content=\"").append(esc(content)).append("\">\n");
	}

	private static void titleBlock(StringBuilder b, GenerationModel m) {
		b.append("<header class=\"title-block\">\n");
		b.append("<p class=\"code\">").append(esc(m.stamp().standardCode())).append("</p>\n");
		b.append("<h1>").append(esc(m.title())).append("</h1>\n");
		if (m.titleEn() != null) {
			b.append("<p class=\"en\" lang=\"en\">").append(esc(m.titleEn())).append("</p>\n");
		}
		b.append("<table class=\"stamp\">\n");
		for (String[] row : DocText.stampRows(m)) {
			stampRow(b, row[0], row[1]);
		}
		b.append("</table>\n");
		if (!m.stamp().isFinal()) {
			b.append("<p class=\"draft\">").append(esc(DocText.t("doc.draft-label", DocText.stageLabel(m))))
					.append(String.format(java.util.Locale.ROOT, esc(DocText.t("doc.draft-text")), esc(DocText.findingCounts(m)),
							"<a href=\"#findings\">" + esc(DocText.t("doc.findings")) + "</a>", "<a href=\"#method-gaps\">" + esc(DocText.t("doc.rules.gaps")) + "</a>"))
					.append("</p>\n");
		}
		b.append("</header>\n");
	}

	private static void stampRow(StringBuilder b, String key, String value) {
		b.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
	}

	private static void levels(Page b, GenerationModel m) {
		b.chapter("levels", DocText.t("doc.ch5"));
		b.caption("levels-table", DocText.t("doc.levels.caption"));
		header(b, List.of(DocText.t("doc.levels.level"), DocText.t("doc.levels.description")));
		for (LevelView l : m.levels()) {
			b.append("<tr><td class=\"nowrap\">").append(esc(l.name())).append("</td><td>").append(esc(l.description())).append("</td></tr>\n");
		}
		b.append("</tbody>\n</table>\n</section>\n");
	}

	private static String sectorNames(GenerationModel m) {
		return DocText.list(m.sectors().stream().map(SectorView::name).toList());
	}

	private static void weights(Page b, GenerationModel m) {
		b.chapter("weights", DocText.t("doc.ch6"));
		b.append("<h3 id=\"weights-common\">").append(esc(DocText.t("doc.6.1"))).append("</h3>\n");
		for (WeightTableView t : m.weightTables()) {
			if (t.sector() == null) {
				weightTable(b, t);
			}
		}
		b.append("<h3 id=\"weights-sector\">").append(esc(DocText.t("doc.6.2", sectorNames(m)))).append("</h3>\n");
		for (WeightTableView t : m.weightTables()) {
			if (t.sector() != null) {
				weightTable(b, t);
			}
		}
		b.append("<h3 id=\"weights-sums\">").append(esc(DocText.t("doc.sums"))).append("</h3>\n");
		b.caption("weights-sums-table", DocText.t("doc.sums.caption"));
		header(b, DocText.sumsHeader());
		for (PartView p : m.parts()) {
			for (WeightTableView t : m.weightTables()) {
				if (p.name().equals(t.part())) {
					boolean ok = t.sumPercent() != null && p.targetPercent() != null && t.sumPercent().compareTo(p.targetPercent()) == 0;
					b.append("<tr><td>").append(esc(DocText.paren(p.name(), DocText.partKind(p.kind())))).append("</td><td class=\"num\">")
							.append(esc(DocText.percent(p.targetPercent()))).append("</td><td><a href=\"#").append(esc(t.id())).append("\">")
							.append(esc(t.sector() == null ? t.id() : DocText.paren(t.id(), t.sector()))).append("</a></td><td class=\"num\">")
							.append(esc(DocText.percent(t.sumPercent()))).append("</td><td class=\"").append(ok ? "ok\">" : "bad\">")
							.append(esc(DocText.t(ok ? "doc.sums.ok" : "doc.sums.bad"))).append("</td></tr>\n");
				}
			}
		}
		b.append("</tbody>\n</table>\n</section>\n");
	}

	private static void weightTable(Page b, WeightTableView t) {
		b.caption(t.id(), t.id() + (t.title() == null ? "" : " " + t.title()));
		b.append("<colgroup><col class=\"c-domain\"><col><col class=\"c-id\"><col class=\"c-weight\"><col class=\"c-row\"></colgroup>\n");
		header(b, DocText.weightsHeader());
		for (WeightDomainView d : t.domains()) {
			boolean firstRow = true;
			for (WeightedView s : d.subdomains()) {
				b.append("<tr>");
				if (firstRow) {
					b.append("<td rowspan=\"").append(String.valueOf(d.subdomains().size() + 1)).append("\">").append(esc(d.name())).append("</td>");
					firstRow = false;
				}
				b.append("<td>").append(esc(s.name())).append("</td><td class=\"nowrap\">").append(esc(s.id())).append("</td><td class=\"num\">")
						.append(esc(s.weight())).append("</td><td>")
						.append(s.rowId() == null ? "<span class=\"note\">" + esc(DocText.t("doc.weights.no-row")) + "</span>" : "<a href=\"#" + esc(s.rowId()) + "\">" + esc(s.rowId()) + "</a>")
						.append("</td></tr>\n");
			}
			b.append("<tr class=\"subtotal\"><td>").append(esc(DocText.t("doc.weights.subtotal"))).append("</td><td></td><td class=\"num\">")
					.append(esc(DocText.percent(d.sumPercent()))).append("</td><td></td></tr>\n");
		}
		boolean ok = t.targetPercent() == null || t.sumPercent().compareTo(t.targetPercent()) == 0;
		b.append("<tr class=\"total\"><td colspan=\"3\">").append(esc(DocText.t("doc.weights.total"))).append("</td><td class=\"num\">")
				.append(esc(DocText.percent(t.sumPercent()))).append("</td><td class=\"").append(ok ? "ok" : "bad").append("\">")
				.append(esc(DocText.targetNote(t, ok))).append("</td></tr>\n");
		b.append("</tbody>\n</table>\n");
	}

	private static void requirements(Page b, GenerationModel m) {
		b.chapter("requirements", DocText.t("doc.ch7"));
		b.append("<h3 id=\"requirements-common\">").append(esc(DocText.t("doc.7.1"))).append("</h3>\n");
		for (RequirementTableView t : m.requirementTables()) {
			if (t.sector() == null) {
				requirementTable(b, t);
			}
		}
		b.append("<h3 id=\"requirements-sector\">").append(esc(DocText.t("doc.7.2", sectorNames(m)))).append("</h3>\n");
		for (RequirementTableView t : m.requirementTables()) {
			if (t.sector() != null) {
				requirementTable(b, t);
			}
		}
		b.append("</section>\n");
	}

	private static void requirementTable(Page b, RequirementTableView t) {
		String part = t.part() == null ? "—" : t.part();
		String lead = t.sector() == null ? DocText.t("doc.requirements.lead", t.id(), part, t.clauseCount())
				: DocText.t("doc.requirements.lead-sector", t.id(), part, t.sector(), t.clauseCount());
		b.append("<p class=\"lead\">").append(esc(lead + (t.hasContext() ? DocText.contextNote(true) : ""))).append("</p>\n");
		b.caption(t.id(), t.id() + (t.title() == null ? "" : " " + t.title()), "requirements");
		b.append("<colgroup><col class=\"c-domain\"><col class=\"c-sub\"><col class=\"c-level\"><col></colgroup>\n");
		header(b, DocText.requirementsHeader());
		for (RequirementDomainView d : t.domains()) {
			int domainRows = d.rows().stream().mapToInt(r -> r.cells().size()).sum();
			boolean firstOfDomain = true;
			for (RowView r : d.rows()) {
				boolean firstOfRow = true;
				for (CellView c : r.cells()) {
					b.append("<tr>");
					if (firstOfDomain) {
						b.append("<td rowspan=\"").append(String.valueOf(Math.max(1, domainRows))).append("\">").append(esc(d.name())).append("</td>");
						firstOfDomain = false;
					}
					if (firstOfRow) {
						b.append("<td rowspan=\"").append(String.valueOf(r.cells().size())).append("\" id=\"").append(esc(r.id())).append("\">").append(esc(r.printedName()));
						if (r.scored()) {
							b.append("<br><span class=\"cid\">").append(esc(r.subdomainId())).append("</span>");
						}
						for (String note : DocText.rowNotes(r)) {
							b.append("<br><span class=\"note\">").append(esc(note)).append("</span>");
						}
						b.append("</td>");
						firstOfRow = false;
					}
					b.append("<td class=\"nowrap\">").append(esc(c.level())).append("</td><td>");
					if (c.leadIn() != null) {
						b.append("<p class=\"lead\">").append(esc(c.leadIn())).append("</p>");
					}
					if (c.isEmpty()) {
						b.append("<span class=\"empty\">").append(esc(DocText.emptyCell(c))).append("</span>");
					} else {
						b.append("<ol class=\"clauses\">");
						for (ClauseView cl : c.clauses()) {
							b.append("<li id=\"").append(esc(GenerationModel.clauseAnchor(cl.id()))).append("\">");
							if (cl.label() != null) {
								b.append("<span class=\"label\">").append(esc(cl.label())).append("</span>");
							}
							if (cl.topic() != null) {
								b.append("<strong>").append(esc(cl.topic())).append("。</strong>");
							}
							b.append(esc(cl.text()));
							for (String paragraph : cl.continuations()) {
								b.append("<br><span class=\"cont\">").append(esc(paragraph)).append("</span>");
							}
							b.append("<span class=\"cid\">").append(esc(cl.id())).append("</span>");
							remarks(b, cl.notes());
							b.append("</li>");
						}
						b.append("</ol>");
					}
					remarks(b, c.notes());
					b.append("</td></tr>\n");
				}
			}
		}
		b.append("</tbody>\n</table>\n");
	}

	/** Notes and examples as the standard sets them: their own paragraph, in a smaller type, after what they explain. */
	private static void remarks(Page b, List<NoteView> notes) {
		for (NoteView n : notes) {
			b.append("<p class=\"remark ").append(n.isExample() ? "example" : "note-text").append("\">").append(esc(n.text())).append("</p>");
		}
	}

	private static void method(Page b, GenerationModel m) {
		b.chapter("method", DocText.t("doc.ch9"));
		for (Section s : DocText.determinationChapter(m)) {
			section(b, s, "h3");
		}
		b.append("</section>\n");
	}

	/** 附录A of the standard, then the informative annexes the generator adds, lettered on. */
	private static void annexes(Page b, GenerationModel m) {
		Section composite = DocText.compositeAnnex(m);
		b.chapter("annex-a", DocText.annexHeading('A', true, composite.title()));
		items(b, composite.items());
		b.append("</section>\n");
		char letter = 'B';
		b.chapter("annex-rules", DocText.annexHeading(letter, false, DocText.t("doc.rules.title")));
		int n = 0;
		for (Section s : DocText.supplementaryRules(m)) {
			n++;
			section(b, new Section(s.id(), letter + "." + n, s.title(), s.items()), "h3");
		}
		interpretations(b, m, letter + "." + (n + 1));
		b.append("</section>\n");
		letter++;
		if (!m.examples().isEmpty()) {
			examples(b, m, letter++);
		}
		sectors(b, m, letter++);
		findings(b, m, letter);
	}

	private static void section(Page b, Section s, String heading) {
		b.append("<").append(heading).append(" id=\"").append(esc(s.id())).append("\">").append(esc(s.heading())).append("</").append(heading).append(">\n");
		items(b, s.items());
	}

	private static void items(Page b, List<Item> items) {
		for (Item item : items) {
			if (item instanceof Paragraph p) {
				b.append("<p>").append(esc(p.text())).append("</p>\n");
			} else if (item instanceof Formula f) {
				b.append("<div class=\"formula\"").append(f.number() == null ? "" : " id=\"formula-" + esc(f.number()) + "\"").append(">").append(f.mathml())
						.append("<span class=\"plain\">").append(esc(f.text())).append("</span>");
				if (f.number() != null) {
					b.append("<span class=\"no\">").append(esc(DocText.t("doc.formula-number", f.number()))).append("</span>");
				}
				b.append("</div>\n");
			} else if (item instanceof Bullets l) {
				b.append("<ul>\n");
				l.items().forEach(i -> b.append("<li>").append(esc(i)).append("</li>\n"));
				b.append("</ul>\n");
			} else if (item instanceof SimpleTable t) {
				table(b, t.id(), t.caption(), t.header(), t.rows());
			}
		}
	}

	/** 解释与约定: per open point of the scoring text, the draft's words next to the rule chosen and why. */
	private static void interpretations(Page b, GenerationModel m, String number) {
		b.append("<h3 id=\"interpretations\">").append(esc(number + " " + DocText.interpretationsTitle())).append("</h3>\n");
		b.append("<p>").append(esc(DocText.interpretationsLead(m))).append("</p>\n");
		int n = 0;
		for (InterpretationView i : m.interpretations()) {
			b.append("<h4 id=\"interpretation-").append(esc(i.id())).append("\">").append(esc(number + "." + ++n + " " + DocText.interpretationHeading(i)))
					.append("</h4>\n<table class=\"interpretation\">\n<tbody>\n");
			for (List<String> row : DocText.interpretationRows(i)) {
				b.append("<tr><th class=\"nowrap\">").append(esc(row.get(0))).append("</th><td>").append(esc(row.get(1))).append("</td></tr>\n");
			}
			b.append("</tbody>\n</table>\n");
		}
	}

	private static void sectors(Page b, GenerationModel m, char letter) {
		b.chapter("sectors", DocText.annexHeading(letter, false, DocText.t("doc.sectors")));
		b.append("<p>").append(String.format(java.util.Locale.ROOT, esc(DocText.t("doc.sectors.lead")), "<code>assessment.schema.json</code>")).append("</p>\n");
		table(b, "sectors-table", DocText.t("doc.caption", DocText.tableNumber(letter + ".1"), DocText.t("doc.sectors.caption")), DocText.sectorsHeader(),
				DocText.sectorRows(m));
		b.append("<p>").append(esc(DocText.t("doc.standalone"))).append("<code>").append(esc(DocText.standaloneCommand(m))).append("</code>")
				.append(codeSpans(DocText.standaloneNote())).append("</p>\n</section>\n");
	}

	private static void findings(Page b, GenerationModel m, char letter) {
		b.chapter("findings", DocText.annexHeading(letter, false, DocText.t("doc.findings")));
		if (m.findings().isEmpty()) {
			b.append("<p>").append(esc(DocText.t("doc.findings.none"))).append("</p>\n</section>\n");
			return;
		}
		b.append("<p>").append(esc(DocText.t("doc.findings.lead", DocText.findingCounts(m)))).append("</p>\n<ul>\n");
		for (Map.Entry<String, Integer> e : DocText.findingsByCategory(m).entrySet()) {
			b.append("<li>").append(codeSpans(DocText.t("doc.findings.category", e.getKey(), e.getValue()))).append("</li>\n");
		}
		b.append("</ul>\n");
		b.caption("findings-table", DocText.t("doc.caption", DocText.tableNumber(letter + ".1"), DocText.t("doc.findings.caption")));
		header(b, DocText.findingsHeader());
		for (Finding f : m.findings()) {
			String where = esc(f.file() + ":" + f.line() + ":" + f.column());
			String anchor = m.anchorOf(f);
			b.append("<tr><td class=\"nowrap\">").append(anchor == null ? where : "<a href=\"#" + esc(anchor) + "\">" + where + "</a>")
					.append("</td><td class=\"nowrap\">").append(esc(DocText.severityLabel(f.severity()))).append("</td><td class=\"nowrap\">").append(esc(f.code()))
					.append("</td><td>").append(esc(f.message())).append("</td></tr>\n");
		}
		b.append("</tbody>\n</table>\n</section>\n");
	}

	/** The worked examples as an informative annex, with their arithmetic. */
	private static void examples(Page b, GenerationModel m, char letter) {
		b.chapter("examples", DocText.annexHeading(letter, false, DocText.examplesTitle()));
		b.append("<p>").append(esc(DocText.examplesLead())).append("</p>\n");
		int n = 0;
		for (ExampleView e : m.examples()) {
			n++;
			b.append("<h3 id=\"example-").append(esc(e.name())).append("\">").append(esc(letter + "." + n + " " + DocText.exampleHeading(e))).append("</h3>\n<ul>\n");
			for (String line : DocText.exampleEnterprise(e)) {
				b.append("<li>").append(esc(line)).append("</li>\n");
			}
			b.append("</ul>\n");
			table(b, "example-" + e.name() + "-table", DocText.t("doc.examples.table-caption", DocText.tableNumber(letter + "." + n), DocText.exampleHeading(e)),
					DocText.exampleColumns(e), DocText.exampleRows(e));
			b.append("<p>").append(esc(DocText.exampleConclusion(e))).append("</p>\n");
		}
		b.append("</section>\n");
	}

	private static void table(Page b, String id, String caption, List<String> header, List<List<String>> rows) {
		b.caption(id, caption);
		header(b, header);
		for (List<String> row : rows) {
			b.append("<tr>");
			row.forEach(c -> b.append("<td>").append(esc(c)).append("</td>"));
			b.append("</tr>\n");
		}
		b.append("</tbody>\n</table>\n");
	}

	/** A header row that repeats on every printed page, then the body begins. */
	private static void header(Page b, List<String> header) {
		b.append("<thead><tr>");
		header.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
		b.append("</tr></thead>\n<tbody>\n");
	}

	/** File names, options and ASCII ids inside Chinese text (result.schema.json, --format html, coverage) set as code. */

	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("--format \\w+|[\\w.-]*\\.(?:json|csv|xlsx)\\b|\\b[a-z][a-z.-]+\\b");
	/** In English prose only file names and options: every lowercase word is a word there. */
	private static final java.util.regex.Pattern CODE_EN = java.util.regex.Pattern.compile("--format \\w+|[\\w.-]*\\.(?:json|csv|xlsx)\\b");

	static String codeSpans(String text) {
		java.util.regex.Matcher m = (Language.current() == Language.EN ? CODE_EN : CODE).matcher(text);
		StringBuilder b = new StringBuilder();
		int at = 0;
		while (m.find()) {
			b.append(esc(text.substring(at, m.start()))).append("<code>").append(esc(m.group())).append("</code>");
			at = m.end();
		}
		return b.append(esc(text.substring(at))).toString();
	}

	/** HTML text and attribute escaping: the project's one escaper. */
	static String esc(String s) {
		return Html.escape(s);
	}
}
