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

/**
 * {@code docs/<revision>.html}: one self-contained page (inline CSS, no scripts, no external resources; UTF-8,
 * {@code lang="zh-CN"}, a CJK font stack) with the title block and stamp, the levels, Tables 1-4 with domain
 * subtotals and table sums against their targets, Tables 5-8 with every clause (label, topic, text, id) in the
 * standard's own layout, the scoring method in words with every declared rule, the effective model of each sector,
 * and the validation findings.
 */
public final class HtmlDoc {
	private static final String CSS = """
			body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei","SimSun",sans-serif;
			 line-height:1.6;color:#1a1a1a;max-width:1180px;margin:0 auto;padding:24px 32px;font-size:15px}
			h1{font-size:28px;margin:8px 0 4px}h2{font-size:22px;border-bottom:2px solid #2f5597;padding-bottom:4px;margin-top:40px}
			h3{font-size:18px;margin-top:28px}h4{font-size:16px;margin:20px 0 6px}
			.title-block{border:1px solid #c9d3e6;background:#f5f8fc;padding:16px 24px;border-radius:6px}
			.code{font-size:18px;font-weight:bold;color:#2f5597;margin:0}.en{color:#555;margin:0 0 10px}
			.draft{background:#fff4ce;border-left:5px solid #e0a800;padding:8px 12px;margin:12px 0}
			table{border-collapse:collapse;margin:10px 0;width:100%}th,td{border:1px solid #b7c3d7;padding:4px 8px;vertical-align:top;text-align:left}
			th{background:#dde6f3}table.stamp{width:auto}table.stamp th{text-align:right;background:none;border:none;padding:2px 12px 2px 0}
			table.stamp td{border:none;padding:2px 0}tr.subtotal td{background:#f1f4f9}tr.total td{background:#e2e9f4;font-weight:bold}
			td.num{text-align:right;white-space:nowrap}td.nowrap{white-space:nowrap}.ok{color:#1e7b34}.bad{color:#b3261e;font-weight:bold}
			ol.clauses{margin:0;padding-left:0;list-style:none}ol.clauses li{margin:2px 0}.label{color:#2f5597;font-weight:bold;margin-right:4px}
			.cid{color:#888;font-size:12px;font-family:monospace;margin-left:6px;white-space:nowrap}.empty{color:#999;font-style:italic}
			p.lead{margin:0 0 4px}p.remark{font-size:12.5px;color:#444;margin:2px 0 4px 1.5em}p.remark.example{border-left:3px solid #c9d3e6;padding-left:6px}
			.note{display:inline-block;background:#fde7e9;color:#8a1c1c;font-size:12px;border-radius:3px;padding:0 5px;margin:2px 2px 0 0}
			.formula{font-family:"Cambria Math","STIX Two Math","Times New Roman",serif;font-size:17px;background:#f7f7f7;padding:8px 16px;margin:8px 0;border-radius:4px}
			col.c-domain{width:6.5em}col.c-id{width:14em}col.c-weight{width:5em}col.c-row{width:14em}col.c-sub{width:9em}col.c-level{width:3.5em}nav ol{columns:2}footer{margin-top:40px;border-top:1px solid #ccc;padding-top:8px;color:#666;font-size:13px}
			@media print{body{max-width:none;padding:0}h2{page-break-before:auto}tr{page-break-inside:avoid}}
			""";

	private HtmlDoc() {
	}

	public static String render(GenerationModel m) {
		StringBuilder b = new StringBuilder(1 << 20);
		b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
		b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
		b.append("<meta name=\"generator\" content=\"Maturity Workbench mwb generate\">\n");
		meta(b, "standard", m.stamp().standardCode());
		meta(b, "revision", m.stamp().revisionId());
		meta(b, "status", m.stamp().status());
		b.append("<title>").append(esc(m.title() + " — " + m.stamp().line())).append("</title>\n");
		b.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
		titleBlock(b, m);
		b.append("<nav>\n<h2>目录</h2>\n<ol>\n");
		b.append("<li><a href=\"#levels\">成熟度等级</a></li>\n<li><a href=\"#weights\">能力域与权重（表1–表4）</a></li>\n");
		b.append("<li><a href=\"#requirements\">成熟度要求（表5–表8）</a></li>\n<li><a href=\"#method\">评分方法</a></li>\n");
		b.append("<li><a href=\"#sectors\">各类企业的有效模型与评估模板</a></li>\n<li><a href=\"#findings\">校验结果</a></li>\n");
		if (!m.examples().isEmpty()) {
			b.append("<li><a href=\"#examples\">").append(esc(DocText.EXAMPLES_TITLE)).append("</a></li>\n");
		}
		b.append("</ol>\n</nav>\n");
		levels(b, m);
		weights(b, m);
		requirements(b, m);
		method(b, m);
		sectors(b, m);
		findings(b, m);
		examples(b, m);
		b.append("<footer>\n<p>").append(esc(m.stamp().line())).append(" — ").append(esc(DocText.GENERATED_BY)).append("</p>\n</footer>\n");
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
			b.append("<p class=\"en\">").append(esc(m.titleEn())).append("</p>\n");
		}
		b.append("<table class=\"stamp\">\n");
		stampRow(b, "标准编号", m.stamp().standardCode());
		stampRow(b, "修订版本", m.stamp().revisionId() + (m.revisionLabel() == null ? "" : "（" + m.revisionLabel() + "）"));
		stampRow(b, "状态", DocText.statusLabel(m.stamp().status()));
		if (m.date() != null) {
			stampRow(b, "日期", m.date());
		}
		if (m.committee() != null) {
			stampRow(b, "归口", m.committee());
		}
		stampRow(b, "规模", m.levels().size() + " 个成熟度等级，" + m.weightTables().size() + " 张权重表，" + m.requirementTables().size() + " 张要求表，共 "
				+ m.clauseCount() + " 条要求");
		b.append("</table>\n");
		if (!m.stamp().isFinal()) {
			b.append("<p class=\"draft\">草案：本文件描述的是未定稿的版本。校验发现 ").append(esc(DocText.findingCounts(m)))
					.append("，已随文档列出（见<a href=\"#findings\">校验结果</a>）；它们在评分中的处理见<a href=\"#method-gaps\">空单元格与无权重的要求行</a>。</p>\n");
		}
		b.append("</header>\n");
	}

	private static void stampRow(StringBuilder b, String key, String value) {
		b.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
	}

	private static void levels(StringBuilder b, GenerationModel m) {
		b.append("<section id=\"levels\">\n<h2>1 成熟度等级</h2>\n<table>\n<tr><th>等级</th><th>特征描述</th></tr>\n");
		for (LevelView l : m.levels()) {
			b.append("<tr><td class=\"nowrap\">").append(esc(l.name())).append("</td><td>").append(esc(l.description())).append("</td></tr>\n");
		}
		b.append("</table>\n</section>\n");
	}

	private static void weights(StringBuilder b, GenerationModel m) {
		b.append("<section id=\"weights\">\n<h2>2 能力域与权重（表1–表4）</h2>\n");
		b.append("<table>\n<tr><th>部分</th><th>目标</th><th>权重表</th><th>合计</th><th>与目标</th></tr>\n");
		for (PartView p : m.parts()) {
			for (WeightTableView t : m.weightTables()) {
				if (p.name().equals(t.part())) {
					boolean ok = t.sumPercent() != null && p.targetPercent() != null && t.sumPercent().compareTo(p.targetPercent()) == 0;
					b.append("<tr><td>").append(esc(p.name() + "（" + DocText.partKind(p.kind()) + "）")).append("</td><td class=\"num\">")
							.append(esc(DocText.percent(p.targetPercent()))).append("</td><td>").append(esc(t.id() + (t.sector() == null ? "" : "（" + t.sector() + "）")))
							.append("</td><td class=\"num\">").append(esc(DocText.percent(t.sumPercent()))).append("</td><td class=\"").append(ok ? "ok\">相符" : "bad\">不符")
							.append("</td></tr>\n");
				}
			}
		}
		b.append("</table>\n");
		for (WeightTableView t : m.weightTables()) {
			b.append("<h3 id=\"").append(esc(t.id())).append("\">").append(esc(t.id() + (t.title() == null ? "" : " " + t.title()))).append("</h3>\n");
			b.append("<p>").append(esc("部分：" + (t.part() == null ? "—" : t.part()) + (t.sector() == null ? "" : "；企业类型：" + t.sector()))).append("</p>\n");
			b.append("<table>\n<colgroup><col class=\"c-domain\"><col><col class=\"c-id\"><col class=\"c-weight\"><col class=\"c-row\"></colgroup>\n");
			b.append("<tr><th>能力域</th><th>能力子域</th><th>编号</th><th>权重</th><th>要求（表5–表8的行）</th></tr>\n");
			for (WeightDomainView d : t.domains()) {
				boolean firstRow = true;
				for (WeightedView s : d.subdomains()) {
					b.append("<tr>");
					if (firstRow) {
						b.append("<td rowspan=\"").append(d.subdomains().size() + 1).append("\">").append(esc(d.name())).append("</td>");
						firstRow = false;
					}
					b.append("<td>").append(esc(s.name())).append("</td><td class=\"nowrap\">").append(esc(s.id())).append("</td><td class=\"num\">")
							.append(esc(s.weight())).append("</td><td>")
							.append(s.rowId() == null ? "<span class=\"note\">无要求行</span>" : "<a href=\"#" + esc(s.rowId()) + "\">" + esc(s.rowId()) + "</a>")
							.append("</td></tr>\n");
				}
				b.append("<tr class=\"subtotal\"><td>小计</td><td></td><td class=\"num\">").append(esc(DocText.percent(d.sumPercent()))).append("</td><td></td></tr>\n");
			}
			boolean ok = t.targetPercent() == null || t.sumPercent().compareTo(t.targetPercent()) == 0;
			b.append("<tr class=\"total\"><td colspan=\"3\">合计</td><td class=\"num\">").append(esc(DocText.percent(t.sumPercent()))).append("</td><td class=\"")
					.append(ok ? "ok" : "bad").append("\">").append(esc("目标 " + DocText.percent(t.targetPercent()) + (ok ? "，相符" : "，不符"))).append("</td></tr>\n");
			b.append("</table>\n");
		}
		b.append("</section>\n");
	}

	private static void requirements(StringBuilder b, GenerationModel m) {
		b.append("<section id=\"requirements\">\n<h2>3 成熟度要求（表5–表8）</h2>\n");
		for (RequirementTableView t : m.requirementTables()) {
			b.append("<h3 id=\"").append(esc(t.id())).append("\">").append(esc(t.id() + (t.title() == null ? "" : " " + t.title()))).append("</h3>\n");
			b.append("<p>").append(esc("部分：" + (t.part() == null ? "—" : t.part()) + (t.sector() == null ? "" : "；企业类型：" + t.sector()) + "；共 "
					+ t.clauseCount() + " 条要求。")).append("</p>\n");
			if (t.hasContext()) {
				b.append("<p>").append(esc(DocText.contextNote("小字"))).append("</p>\n");
			}
			b.append("<table>\n<colgroup><col class=\"c-domain\"><col class=\"c-sub\"><col class=\"c-level\"><col></colgroup>\n");
			b.append("<tr><th>能力域</th><th>能力子域</th><th>等级</th><th>要求</th></tr>\n");
			for (RequirementDomainView d : t.domains()) {
				int domainRows = d.rows().stream().mapToInt(r -> r.cells().size()).sum();
				boolean firstOfDomain = true;
				for (RowView r : d.rows()) {
					boolean firstOfRow = true;
					for (CellView c : r.cells()) {
						b.append("<tr>");
						if (firstOfDomain) {
							b.append("<td rowspan=\"").append(Math.max(1, domainRows)).append("\">").append(esc(d.name())).append("</td>");
							firstOfDomain = false;
						}
						if (firstOfRow) {
							b.append("<td rowspan=\"").append(r.cells().size()).append("\" id=\"").append(esc(r.id())).append("\">").append(esc(r.printedName()));
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
								b.append("<li>");
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
			b.append("</table>\n");
		}
		b.append("</section>\n");
	}

	/** Notes and examples as the standard sets them: their own paragraph, in a smaller type, after what they explain. */
	private static void remarks(StringBuilder b, List<NoteView> notes) {
		for (NoteView n : notes) {
			b.append("<p class=\"remark ").append(n.isExample() ? "example" : "note-text").append("\">").append(esc(n.text())).append("</p>");
		}
	}

	private static void method(StringBuilder b, GenerationModel m) {
		b.append("<section id=\"method\">\n<h2>4 评分方法</h2>\n");
		for (Section s : DocText.scoringMethod(m)) {
			b.append("<h3 id=\"").append(s.id()).append("\">").append(esc(s.title())).append("</h3>\n");
			for (Item item : s.items()) {
				if (item instanceof Paragraph p) {
					b.append("<p>").append(esc(p.text())).append("</p>\n");
				} else if (item instanceof Formula f) {
					b.append("<p class=\"formula\">").append(esc(f.text())).append("</p>\n");
				} else if (item instanceof Bullets l) {
					b.append("<ul>\n");
					l.items().forEach(i -> b.append("<li>").append(esc(i)).append("</li>\n"));
					b.append("</ul>\n");
				} else if (item instanceof SimpleTable t) {
					table(b, t.header(), t.rows());
				}
			}
		}
		interpretations(b, m);
		b.append("</section>\n");
	}

	/** 解释与约定: per open point of the scoring text, the draft's words next to the rule chosen and why. */
	private static void interpretations(StringBuilder b, GenerationModel m) {
		b.append("<h3 id=\"interpretations\">").append(esc(DocText.INTERPRETATIONS_TITLE)).append("</h3>\n");
		b.append("<p>").append(esc(DocText.interpretationsLead(m))).append("</p>\n");
		int n = 0;
		for (InterpretationView i : m.interpretations()) {
			b.append("<h4 id=\"interpretation-").append(esc(i.id())).append("\">").append(++n).append(" ").append(esc(DocText.interpretationHeading(i)))
					.append("</h4>\n<table class=\"interpretation\">\n");
			for (List<String> row : DocText.interpretationRows(i)) {
				b.append("<tr><th class=\"nowrap\">").append(esc(row.get(0))).append("</th><td>").append(esc(row.get(1))).append("</td></tr>\n");
			}
			b.append("</table>\n");
		}
	}

	private static void sectors(StringBuilder b, GenerationModel m) {
		b.append("<section id=\"sectors\">\n<h2>5 各类企业的有效模型与评估模板</h2>\n");
		b.append("<p>评估模板中每个需评分的条款占一行（无权重的要求行不列出）；评估结果以 JSON 输入时使用相同的条款编号，格式见 assessment.schema.json。</p>\n");
		List<List<String>> rows = new java.util.ArrayList<>();
		for (SectorView s : m.sectors()) {
			rows.add(List.of(s.name(), s.code(), DocText.sectorTables(m, s), String.valueOf(s.subdomains()), String.valueOf(s.rows().size()),
					"templates/" + s.fileBase() + ".csv, templates/" + s.fileBase() + ".xlsx"));
		}
		table(b, List.of("企业类型", "代码", "表", "能力子域", "需评分条款", "评估模板"), rows);
		b.append("<p>独立评分程序：<code>").append(esc(DocText.standaloneCommand(m))).append("</code>").append(esc(DocText.STANDALONE_NOTE))
				.append("</p>\n</section>\n");
	}

	private static void findings(StringBuilder b, GenerationModel m) {
		b.append("<section id=\"findings\">\n<h2>6 校验结果</h2>\n");
		if (m.findings().isEmpty()) {
			b.append("<p>校验未发现问题。</p>\n</section>\n");
			return;
		}
		b.append("<p>").append(esc("本版本的模型文件经校验，发现 " + DocText.findingCounts(m) + "（无错误，否则不会生成本文件）。按类别：")).append("</p>\n<ul>\n");
		for (Map.Entry<String, Integer> e : DocText.findingsByCategory(m).entrySet()) {
			b.append("<li>").append(esc(e.getKey() + "：" + e.getValue())).append("</li>\n");
		}
		b.append("</ul>\n<table>\n<tr><th>位置</th><th>级别</th><th>代码</th><th>说明</th></tr>\n");
		for (Finding f : m.findings()) {
			b.append("<tr><td class=\"nowrap\">").append(esc(f.file() + ":" + f.line() + ":" + f.column())).append("</td><td class=\"nowrap\">")
					.append(esc(DocText.severityLabel(f.severity()))).append("</td><td class=\"nowrap\">").append(esc(f.code())).append("</td><td>")
					.append(esc(f.message())).append("</td></tr>\n");
		}
		b.append("</table>\n</section>\n");
	}

	/** The worked examples as an informative annex, with their arithmetic. */
	private static void examples(StringBuilder b, GenerationModel m) {
		if (m.examples().isEmpty()) {
			return;
		}
		b.append("<section id=\"examples\">\n<h2>").append(esc(DocText.EXAMPLES_TITLE)).append("</h2>\n<p>").append(esc(DocText.EXAMPLES_LEAD))
				.append("</p>\n");
		for (ExampleView e : m.examples()) {
			b.append("<h3 id=\"example-").append(esc(e.name())).append("\">").append(esc(DocText.exampleHeading(e))).append("</h3>\n<ul>\n");
			for (String line : DocText.exampleEnterprise(e)) {
				b.append("<li>").append(esc(line)).append("</li>\n");
			}
			b.append("</ul>\n");
			table(b, DocText.exampleColumns(e), DocText.exampleRows(e));
			b.append("<p>").append(esc(DocText.exampleConclusion(e))).append("</p>\n");
		}
		b.append("</section>\n");
	}

	private static void table(StringBuilder b, List<String> header, List<List<String>> rows) {
		b.append("<table>\n<tr>");
		header.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
		b.append("</tr>\n");
		for (List<String> row : rows) {
			b.append("<tr>");
			row.forEach(c -> b.append("<td>").append(esc(c)).append("</td>"));
			b.append("</tr>\n");
		}
		b.append("</table>\n");
	}

	/** HTML text and attribute escaping. */
	static String esc(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '&' -> b.append("&amp;");
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '"' -> b.append("&quot;");
			case '\'' -> b.append("&#39;");
			default -> b.append(c);
			}
		}
		return b.toString();
	}
}
