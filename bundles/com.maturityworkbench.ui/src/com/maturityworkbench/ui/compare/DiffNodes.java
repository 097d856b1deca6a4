package com.maturityworkbench.ui.compare;

import static com.maturityworkbench.revision.report.DiffTexts.M;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.revision.compare.ClauseMapping;
import com.maturityworkbench.revision.compare.ClauseMapping.ClausePlace;
import com.maturityworkbench.revision.compare.ContextChange;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.revision.compare.RuleChange;
import com.maturityworkbench.revision.compare.TextDiff;
import com.maturityworkbench.revision.compare.WeightTableChange;
import com.maturityworkbench.revision.report.DiffTextReport;
import com.maturityworkbench.revision.report.DiffTexts;
import com.maturityworkbench.ui.compare.DiffNode.Kind;

/**
 * The tree of a {@link RevisionDiff}, in the words of {@code mwb diff}'s report: rules; weight tables with their changed
 * rows old → new and Δ; subdomains added, removed, renamed or moved; requirement tables → subdomains → the changed
 * clauses and context. Only what changed appears.
 */
public final class DiffNodes {
	private DiffNodes() {
	}

	public static List<DiffNode> of(RevisionDiff diff) {
		List<DiffNode> sections = new ArrayList<>();
		List<DiffNode> rules = new ArrayList<>();
		for (RuleChange r : diff.rules()) {
			rules.add(DiffNode.leaf(Kind.RULE, M.text("rule.line", DiffTexts.family(r), r.subject(), DiffTexts.value(r.oldValue()),
					DiffTexts.value(r.newValue())), TextDiff.of(String.valueOf(DiffTexts.value(r.oldValue())), DiffTexts.value(r.newValue()))));
		}
		section(sections, "section.rules", rules);
		List<DiffNode> tables = new ArrayList<>();
		for (WeightTableChange t : diff.weights().stream().filter(WeightTableChange::isChanged).toList()) {
			List<DiffNode> rows = new ArrayList<>();
			t.rows().stream().filter(WeightTableChange.Row::isChanged).forEach(r -> rows.add(DiffNode.leaf(Kind.WEIGHT_ROW, DiffTextReport.rowLine(r), null)));
			t.domains().stream().filter(WeightTableChange.DomainTotal::isChanged).forEach(d -> rows.add(DiffNode.leaf(Kind.DOMAIN_TOTAL,
					M.text("weights.domain", d.domain(), DiffTexts.percent(d.oldSum()), DiffTexts.percent(d.newSum())), null)));
			tables.add(new DiffNode(Kind.WEIGHT_TABLE, DiffTextReport.tableLine(t), null, rows));
		}
		section(sections, "section.weights", tables);
		section(sections, "section.subdomains",
				diff.subdomainChanges().stream().map(m -> DiffNode.leaf(Kind.SUBDOMAIN, DiffTexts.subdomainChange(m), null)).toList());
		Map<String, Map<String, List<DiffNode>>> requirements = new LinkedHashMap<>();
		for (ClauseMapping c : diff.clauses().changes()) {
			ClausePlace p = c.newPlace() != null ? c.newPlace() : c.oldPlace();
			in(requirements, p).add(DiffNode.leaf(Kind.CLAUSE, clause(c), clauseText(c)));
		}
		for (ContextChange c : diff.context()) {
			in(requirements, c.place()).add(DiffNode.leaf(Kind.CONTEXT,
					M.text("context." + c.kind()) + " " + c.place().level() + (c.label() == null ? "" : " " + c.label()), c.text()));
		}
		List<DiffNode> requirementTables = new ArrayList<>();
		requirements.forEach((table, subdomains) -> {
			List<DiffNode> children = new ArrayList<>();
			subdomains.forEach((subdomain, clauses) -> children.add(new DiffNode(Kind.SUBDOMAIN, subdomain, null, clauses)));
			requirementTables.add(new DiffNode(Kind.REQUIREMENT_TABLE, table, null, children));
		});
		section(sections, "section.clauses", requirementTables);
		return sections;
	}

	private static List<DiffNode> in(Map<String, Map<String, List<DiffNode>>> requirements, ClausePlace p) {
		return requirements.computeIfAbsent(p.table(), t -> new LinkedHashMap<>()).computeIfAbsent(p.domain() + " / " + p.subdomain(),
				s -> new ArrayList<>());
	}

	/** E.g. 改写 三级 b)（5-2-3-b → 5-2-3-b）; a moved clause names both places. */
	private static String clause(ClauseMapping c) {
		String status = M.text("clause." + c.status());
		return switch (c.status()) {
		case ADDED -> status + " " + c.newPlace().level() + label(c.nu().label()) + " " + c.nu().id();
		case REMOVED -> status + " " + c.oldPlace().level() + label(c.old().label()) + " " + c.old().id();
		default -> {
			String where = c.oldPlace().equals(c.newPlace()) ? c.newPlace().level() : DiffTexts.place(c.oldPlace()) + " → " + DiffTexts.place(c.newPlace());
			String labels = c.labelChanged() ? " " + DiffTexts.value(c.old().label()) + " → " + DiffTexts.value(c.nu().label()) : label(c.nu().label());
			yield status + " " + where + labels + " " + M.text("clause.ids", c.old().id(), c.nu().id());
		}
		};
	}

	private static String label(String label) {
		return label == null ? "" : " " + label;
	}

	/** The clause's text difference; an added clause is all inserted, a removed one all deleted. */
	private static TextDiff clauseText(ClauseMapping c) {
		if (c.text() != null) {
			return c.text();
		}
		return TextDiff.of(c.old() == null ? "" : c.old().printed(), c.nu() == null ? "" : c.nu().printed());
	}

	private static void section(List<DiffNode> sections, String key, List<DiffNode> children) {
		if (!children.isEmpty()) {
			sections.add(new DiffNode(Kind.SECTION, M.text(key), null, children));
		}
	}
}
