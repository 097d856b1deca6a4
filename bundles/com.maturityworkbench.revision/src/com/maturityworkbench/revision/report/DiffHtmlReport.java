package com.maturityworkbench.revision.report;

import static com.maturityworkbench.revision.report.DiffTexts.M;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.revision.comments.CommentLinks;
import com.maturityworkbench.scoring.html.Html;
import com.maturityworkbench.revision.compare.ClauseMapping;
import com.maturityworkbench.revision.compare.ContextChange;
import com.maturityworkbench.revision.compare.ExampleChange;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.revision.compare.RuleChange;
import com.maturityworkbench.revision.compare.SubdomainMatch;
import com.maturityworkbench.revision.compare.TextDiff;
import com.maturityworkbench.revision.compare.WeightTableChange;
import com.maturityworkbench.revision.compare.WeightTableChange.Row;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * The comparison as one self-contained HTML page a drafter can send to the committee: the rules, then a section per
 * weight table (changed rows shown, the unchanged ones collapsed), the subdomain changes, and a section per
 * requirement table with its clause and context changes, rewritten text marked inline ({@code <del>}, {@code <ins>}).
 */
public final class DiffHtmlReport {
	private static final String STYLE = """
			body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em;color:#222}
			h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}
			table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.2em .5em;vertical-align:top}
			th{background:#f0f0f0}td.n{text-align:right;font-variant-numeric:tabular-nums}
			tr.changed td{background:#fff6d6}del{background:#fbd3d3;color:#8a1010}ins{background:#d4f5d4;color:#0d5c0d;text-decoration:underline}
			.status{white-space:nowrap;font-weight:bold}.answers{color:#1a4f8a;font-size:.9em;margin-top:.2em}.id{color:#666;font-size:.85em}details{margin:.3em 0}
			@media print{details{display:block}summary{display:none}}
			""";

	private DiffHtmlReport() {
	}

	public static String of(RevisionDiff diff) {
		return of(diff, CommentLinks.NONE);
	}

	/** The page, each change with the comments on the old revision it answers, and the accepted comments no change answers. */
	public static String of(RevisionDiff diff, CommentLinks comments) {
		StringBuilder h = new StringBuilder();
		String title = M.text("diff.title", diff.oldRevision(), diff.newRevision());
		h.append("<!DOCTYPE html>\n<html lang=\"").append(Language.current() == Language.EN ? "en" : "zh-CN").append("\">\n<head>\n")
				.append("<meta charset=\"UTF-8\">\n<title>").append(e(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
				.append("<h1>").append(e(title)).append("</h1>\n");
		if (diff.isEmpty()) {
			return h.append("<p>").append(e(M.text("diff.none"))).append("</p>\n</body>\n</html>\n").toString();
		}
		int count = diff.changeCount();
		h.append("<p>").append(e(count == 1 ? M.text("diff.count.one") : M.text("diff.count", count))).append(" · ").append(e(M.text("html.legend")))
				.append("</p>\n");
		rules(h, diff.rules(), comments);
		for (WeightTableChange t : diff.weights()) {
			if (t.isChanged()) {
				weights(h, t, comments);
			}
		}
		List<SubdomainMatch> subdomains = diff.subdomainChanges();
		if (!subdomains.isEmpty()) {
			h.append("<h2>").append(e(M.text("section.subdomains"))).append("</h2>\n<ul>\n");
			subdomains.forEach(m -> h.append("<li>").append(e(DiffTexts.subdomainChange(m))).append(answers(comments, m)).append("</li>\n"));
			h.append("</ul>\n");
		}
		if (!diff.rows().isEmpty()) {
			h.append("<h2>").append(e(M.text("section.rows"))).append("</h2>\n<ul>\n");
			diff.rows().forEach(r -> h.append("<li>").append(e(DiffTexts.rowChange(r))).append(answers(comments, r)).append("</li>\n"));
			h.append("</ul>\n");
		}
		clauses(h, diff, comments);
		examples(h, diff.examples(), comments);
		if (!comments.unanswered().isEmpty()) {
			h.append("<h2>").append(e(CommentLinks.unansweredTitle())).append("</h2>\n<ul>\n");
			comments.unanswered().forEach(c -> h.append("<li>").append(e(CommentLinks.unansweredLine(c))).append("</li>\n"));
			h.append("</ul>\n");
		}
		return h.append("</body>\n</html>\n").toString();
	}

	private static void rules(StringBuilder h, List<RuleChange> rules, CommentLinks comments) {
		if (rules.isEmpty()) {
			return;
		}
		h.append("<h2>").append(e(M.text("section.rules"))).append("</h2>\n<table>\n");
		for (RuleChange r : rules) {
			h.append("<tr><th>").append(e(DiffTexts.family(r))).append("</th><td>").append(e(r.subject())).append("</td><td>")
					.append(inline(TextDiff.of(r.oldValue() == null ? "" : r.oldValue(), r.newValue() == null ? "" : r.newValue()))).append(answers(comments, r))
					.append("</td></tr>\n");
		}
		h.append("</table>\n");
	}

	private static void weights(StringBuilder h, WeightTableChange t, CommentLinks comments) {
		h.append("<h2>").append(e(M.text("section.weights"))).append(" ").append(e(t.newTable() != null ? t.newTable() : t.oldTable())).append("</h2>\n");
		h.append("<p>").append(e(DiffTextReport.tableLine(t))).append("</p>\n");
		String head = "<tr><th>" + e(M.text("html.table.domain")) + "</th><th>" + e(M.text("html.table.subdomain")) + "</th><th>"
				+ e(M.text("html.table.old")) + "</th><th>" + e(M.text("html.table.new")) + "</th><th>" + e(M.text("html.table.delta")) + "</th></tr>\n";
		h.append("<table>\n<thead>").append(head).append("</thead>\n<tbody>\n");
		List<Row> unchanged = t.rows().stream().filter(r -> !r.isChanged()).toList();
		t.rows().stream().filter(Row::isChanged).forEach(r -> row(h, r, comments));
		h.append("</tbody>\n</table>\n");
		if (!unchanged.isEmpty()) {
			h.append("<details><summary>").append(e(M.text("html.unchanged-rows", unchanged.size()))).append("</summary>\n<table>\n<thead>").append(head)
					.append("</thead>\n<tbody>\n");
			unchanged.forEach(r -> row(h, r, comments));
			h.append("</tbody>\n</table>\n</details>\n");
		}
	}

	private static void row(StringBuilder h, Row r, CommentLinks comments) {
		String name = r.oldName() != null && r.newName() != null ? inline(TextDiff.of(r.oldName(), r.newName()))
				: e(r.newName() != null ? r.newName() : r.oldName());
		h.append(r.isChanged() ? "<tr class=\"changed\">" : "<tr>").append("<td>").append(e(r.domain())).append("</td><td>").append(name)
				.append("</td><td class=\"n\">").append(e(DiffTexts.percent(r.oldWeight()))).append("</td><td class=\"n\">")
				.append(e(DiffTexts.percent(r.newWeight()))).append("</td><td class=\"n\">").append(e(DiffTexts.signedPercent(r.delta())))
				.append(answers(comments, r)).append("</td></tr>\n");
	}

	/** A section per requirement table (of the clause's new place, else its old one): its clause and context changes. */
	private static void clauses(StringBuilder h, RevisionDiff diff, CommentLinks comments) {
		Map<String, StringBuilder> sections = new LinkedHashMap<>();
		for (ClauseMapping c : diff.clauses().changes()) {
			String table = (c.newPlace() != null ? c.newPlace() : c.oldPlace()).table();
			StringBuilder s = sections.computeIfAbsent(table, k -> new StringBuilder());
			String where = c.newPlace() == null ? DiffTexts.place(c.oldPlace())
					: c.oldPlace() == null || c.oldPlace().equals(c.newPlace()) ? DiffTexts.place(c.newPlace())
							: DiffTexts.place(c.oldPlace()) + " → " + DiffTexts.place(c.newPlace());
			String ids = c.old() == null ? c.nu().id() : c.nu() == null ? c.old().id() : c.old().id() + " → " + c.nu().id();
			String label = c.old() == null ? DiffTexts.value(c.nu().label())
					: c.nu() == null ? DiffTexts.value(c.old().label())
							: c.labelChanged() ? DiffTexts.value(c.old().label()) + " → " + DiffTexts.value(c.nu().label()) : DiffTexts.value(c.nu().label());
			String text = c.text() != null ? inline(c.text())
					: c.nu() != null ? "<ins>" + e(c.nu().printed()) + "</ins>" : "<del>" + e(c.old().printed()) + "</del>";
			s.append("<tr><td class=\"status\">").append(e(M.text("clause." + c.status()))).append("</td><td>").append(e(where)).append("<br><span class=\"id\">")
					.append(e(ids)).append("</span></td><td>").append(e(label)).append("</td><td>").append(text).append(answers(comments, c))
					.append("</td></tr>\n");
		}
		for (ContextChange c : diff.context()) {
			StringBuilder s = sections.computeIfAbsent(c.place().table(), k -> new StringBuilder());
			s.append("<tr><td class=\"status\">").append(e(M.text("context." + c.kind()))).append("</td><td>").append(e(DiffTexts.place(c.place())))
					.append("</td><td>").append(e(DiffTexts.value(c.label()))).append("</td><td>").append(inline(c.text())).append(answers(comments, c))
					.append("</td></tr>\n");
		}
		sections.forEach((table, rows) -> h.append("<h2>").append(e(M.text("section.clauses"))).append(" ").append(e(table)).append("</h2>\n<table>\n<thead><tr><th>")
				.append(e(M.text("html.clauses.change"))).append("</th><th>").append(e(M.text("html.clauses.where"))).append("</th><th>")
				.append(e(M.text("html.clauses.label"))).append("</th><th>").append(e(M.text("html.clauses.text"))).append("</th></tr></thead>\n<tbody>\n")
				.append(rows).append("</tbody>\n</table>\n"));
	}

	/** The worked examples added, removed or changed: a changed one as a table of its facts, old and new. */
	private static void examples(StringBuilder h, List<ExampleChange> examples, CommentLinks comments) {
		if (examples.isEmpty()) {
			return;
		}
		h.append("<h2>").append(e(M.text("section.examples"))).append("</h2>\n");
		for (ExampleChange x : examples) {
			h.append("<p class=\"status\">").append(e(DiffTexts.exampleChange(x))).append(answers(comments, x)).append("</p>\n");
			if (x.facts().isEmpty()) {
				continue;
			}
			h.append("<table>\n<thead><tr><th>").append(e(M.text("html.examples.fact"))).append("</th><th>").append(e(M.text("html.examples.old")))
					.append("</th><th>").append(e(M.text("html.examples.new"))).append("</th></tr></thead>\n<tbody>\n");
			for (ExampleChange.FactChange f : x.facts()) {
				String old = DiffTexts.factValue(f.old());
				String nu = DiffTexts.factValue(f.nu());
				h.append("<tr class=\"changed\"><td>").append(e(DiffTexts.unit(f.either()) + DiffTexts.fact(f.either()))).append("</td><td>")
						.append(f.old() == null ? e(old) : "<del>" + e(old) + "</del>").append("</td><td>")
						.append(f.nu() == null ? e(nu) : "<ins>" + e(nu) + "</ins>").append("</td></tr>\n");
			}
			h.append("</tbody>\n</table>\n");
		}
	}

	/** The comments a change answers, as a line of its own under it; empty for none. */
	private static String answers(CommentLinks comments, Object change) {
		String line = comments.answersLine(change);
		return line.isEmpty() ? "" : "<div class=\"answers\">" + e(line) + "</div>";
	}

	private static String inline(TextDiff diff) {
		StringBuilder s = new StringBuilder();
		for (TextDiff.Segment segment : diff.segments()) {
			switch (segment.kind()) {
			case EQUAL -> s.append(e(segment.text()));
			case DELETE -> s.append("<del>").append(e(segment.text())).append("</del>");
			case INSERT -> s.append("<ins>").append(e(segment.text())).append("</ins>");
			}
		}
		return s.toString();
	}

	private static String e(String text) {
		return Html.escape(text == null ? "" : text);
	}
}
