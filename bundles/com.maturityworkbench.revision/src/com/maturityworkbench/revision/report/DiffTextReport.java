package com.maturityworkbench.revision.report;

import static com.maturityworkbench.revision.report.DiffTexts.M;

import java.util.List;

import com.maturityworkbench.revision.comments.CommentLinks;
import com.maturityworkbench.revision.compare.ClauseMapping;
import com.maturityworkbench.revision.compare.ContextChange;
import com.maturityworkbench.revision.compare.ExampleChange;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.revision.compare.RowChange;
import com.maturityworkbench.revision.compare.RuleChange;
import com.maturityworkbench.revision.compare.SubdomainMatch;
import com.maturityworkbench.revision.compare.TextDiff;
import com.maturityworkbench.revision.compare.WeightTableChange;
import com.maturityworkbench.revision.compare.WeightTableChange.Row;

/**
 * The comparison as plain text for a terminal: a section per kind of change, unchanged things left out; a rewritten
 * text inline with deletions as {@code [-…-]} and insertions as {@code {+…+}} (the notation of {@code git diff
 * --word-diff}).
 */
public final class DiffTextReport {
	private DiffTextReport() {
	}

	public static String of(RevisionDiff diff) {
		return of(diff, CommentLinks.NONE);
	}

	/** The comparison, each change followed by the comments on the old revision it answers. */
	public static String of(RevisionDiff diff, CommentLinks comments) {
		StringBuilder out = new StringBuilder();
		out.append(M.text("diff.title", diff.oldRevision(), diff.newRevision())).append('\n');
		if (diff.isEmpty()) {
			return out.append(M.text("diff.none")).append('\n').toString();
		}
		int count = diff.changeCount();
		out.append(count == 1 ? M.text("diff.count.one") : M.text("diff.count", count)).append('\n');
		if (!diff.rules().isEmpty()) {
			section(out, "section.rules");
			for (RuleChange r : diff.rules()) {
				line(out, M.text("rule.line", DiffTexts.family(r), r.subject(), DiffTexts.value(r.oldValue()), DiffTexts.value(r.newValue())));
				answers(out, comments, r, "    ");
			}
		}
		List<WeightTableChange> weights = diff.weights().stream().filter(WeightTableChange::isChanged).toList();
		if (!weights.isEmpty()) {
			section(out, "section.weights");
			for (WeightTableChange t : weights) {
				line(out, tableLine(t));
				for (Row r : t.rows()) {
					if (r.isChanged()) {
						out.append("    ").append(rowLine(r)).append('\n');
						answers(out, comments, r, "      ");
					}
				}
				t.domains().stream().filter(WeightTableChange.DomainTotal::isChanged).forEach(d -> out.append("    ")
						.append(M.text("weights.domain", d.domain(), DiffTexts.percent(d.oldSum()), DiffTexts.percent(d.newSum()))).append('\n'));
			}
		}
		List<SubdomainMatch> subdomains = diff.subdomainChanges();
		if (!subdomains.isEmpty()) {
			section(out, "section.subdomains");
			for (SubdomainMatch m : subdomains) {
				line(out, DiffTexts.subdomainChange(m));
				answers(out, comments, m, "    ");
			}
		}
		if (!diff.rows().isEmpty()) {
			section(out, "section.rows");
			for (RowChange r : diff.rows()) {
				line(out, DiffTexts.rowChange(r));
				answers(out, comments, r, "    ");
			}
		}
		List<ClauseMapping> clauses = diff.clauses().changes();
		if (!clauses.isEmpty()) {
			section(out, "section.clauses");
			for (ClauseMapping c : clauses) {
				line(out, clauseLine(c));
				answers(out, comments, c, "    ");
			}
		}
		if (!diff.context().isEmpty()) {
			section(out, "section.context");
			for (ContextChange c : diff.context()) {
				line(out, M.text("context.line", M.text("context." + c.kind()), DiffTexts.place(c.place()), c.label() == null ? "" : " " + c.label(),
						inline(c.text())));
				answers(out, comments, c, "    ");
			}
		}
		if (!diff.examples().isEmpty()) {
			section(out, "section.examples");
			for (ExampleChange e : diff.examples()) {
				line(out, DiffTexts.exampleChange(e));
				e.facts().forEach(f -> out.append("    ").append(DiffTexts.factChange(f)).append('\n'));
				answers(out, comments, e, "    ");
			}
		}
		if (!comments.unanswered().isEmpty()) {
			out.append('\n').append(CommentLinks.unansweredTitle()).append('\n');
			comments.unanswered().forEach(c -> line(out, CommentLinks.unansweredLine(c)));
		}
		return out.toString();
	}

	public static String tableLine(WeightTableChange t) {
		String name = t.newTable() != null ? t.newTable() : t.oldTable();
		if (!t.targetChanged()) {
			return M.text("weights.table.same-target", name, DiffTexts.percent(t.oldSum()), DiffTexts.percent(t.newSum()),
					DiffTexts.percent(t.newTarget()));
		}
		return M.text("weights.table", name, DiffTexts.percent(t.oldSum()), DiffTexts.percent(t.newSum()), DiffTexts.percent(t.oldTarget()),
				DiffTexts.percent(t.newTarget()));
	}

	public static String rowLine(Row r) {
		String delta = DiffTexts.signedPercent(r.delta());
		if (r.oldName() != null && r.newName() != null && !r.oldName().equals(r.newName())) {
			return M.text("weights.row.renamed", r.domain(), r.oldName(), r.newName(), DiffTexts.percent(r.oldWeight()), DiffTexts.percent(r.newWeight()),
					delta);
		}
		return M.text("weights.row", r.domain(), r.newName() != null ? r.newName() : r.oldName(), DiffTexts.percent(r.oldWeight()),
				DiffTexts.percent(r.newWeight()), delta);
	}

	private static String clauseLine(ClauseMapping c) {
		String status = M.text("clause." + c.status());
		return switch (c.status()) {
		case ADDED -> M.text("clause.line", status, DiffTexts.place(c.newPlace()) + " " + c.nu().id(), c.nu().printed());
		case REMOVED -> M.text("clause.line", status, DiffTexts.place(c.oldPlace()) + " " + c.old().id(), c.old().printed());
		default -> {
			String where = c.oldPlace().equals(c.newPlace()) ? DiffTexts.place(c.newPlace())
					: DiffTexts.place(c.oldPlace()) + " → " + DiffTexts.place(c.newPlace());
			String labels = c.labelChanged() ? " " + DiffTexts.value(c.old().label()) + " → " + DiffTexts.value(c.nu().label())
					: c.nu().label() == null ? "" : " " + c.nu().label();
			yield M.text("clause.line", status, where + labels + " " + M.text("clause.ids", c.old().id(), c.nu().id()),
					c.textChanged() ? inline(c.text()) : c.nu().text());
		}
		};
	}

	/** A text difference inline: {@code 建立[-基本-]{+完善+}的规章制度}. */
	static String inline(TextDiff diff) {
		StringBuilder s = new StringBuilder();
		for (TextDiff.Segment segment : diff.segments()) {
			switch (segment.kind()) {
			case EQUAL -> s.append(segment.text());
			case DELETE -> s.append("[-").append(segment.text()).append("-]");
			case INSERT -> s.append("{+").append(segment.text()).append("+}");
			}
		}
		return s.toString();
	}

	private static void answers(StringBuilder out, CommentLinks comments, Object change, String indent) {
		String line = comments.answersLine(change);
		if (!line.isEmpty()) {
			out.append(indent).append(line).append('\n');
		}
	}

	private static void section(StringBuilder out, String key) {
		out.append('\n').append(M.text(key)).append('\n');
	}

	private static void line(StringBuilder out, String text) {
		out.append("  ").append(text).append('\n');
	}
}
