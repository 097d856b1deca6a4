package com.maturityworkbench.revision.report;

import java.math.BigDecimal;
import java.util.Locale;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.maturityworkbench.dsl.semantics.Weights;
import com.maturityworkbench.revision.comments.CommentLinks;
import com.maturityworkbench.revision.compare.ClauseMapping;
import com.maturityworkbench.revision.compare.ClauseMapping.ClausePlace;
import com.maturityworkbench.revision.compare.ContextChange;
import com.maturityworkbench.revision.compare.ExampleChange;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.revision.compare.RowChange;
import com.maturityworkbench.revision.compare.RevisionOutline.ClauseOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.SubdomainOutline;
import com.maturityworkbench.revision.compare.RuleChange;
import com.maturityworkbench.revision.compare.SubdomainMatch;
import com.maturityworkbench.revision.compare.TextDiff;
import com.maturityworkbench.revision.compare.WeightTableChange;

/**
 * The comparison for tools ({@code mwb diff --format json}), layout 1: {@code layout}, {@code old}, {@code new},
 * {@code changed}, {@code changeCount}; {@code rules} [{key, old, new}]; {@code weights} per table group with every
 * row and domain subtotal, old and new, as percent strings; {@code subdomains} (the changed ones: {@code change}
 * added | removed | renamed | moved | renamed-moved); {@code rows} (requirement rows placed elsewhere: {@code kind}
 * domain | order, {@code table}, {@code subdomain}, {@code row}, old/new {@code domain} and 1-based {@code position});
 * {@code clauses} (the clause map's changes: {@code status}, old/new id, place, label and text, {@code diff}
 * segments); {@code context}; {@code examples} (worked examples: {@code status} added | removed | changed,
 * {@code name}, {@code facts} [{unit, kind, subject, old, new}] of a changed one). Keys and enum words stay English.
 */
public final class DiffJson {
	public static final int LAYOUT = 1;

	private DiffJson() {
	}

	public static String of(RevisionDiff diff) {
		return of(diff, CommentLinks.NONE);
	}

	/**
	 * With comments on the old revision: every change gets {@code comments} (the 序号 of the comments it answers) and
	 * the root {@code unansweredComments} (accepted comments no change answers).
	 */
	public static String of(RevisionDiff diff, CommentLinks links) {
		JsonObject root = new JsonObject();
		root.addProperty("layout", LAYOUT);
		root.addProperty("old", diff.oldRevision());
		root.addProperty("new", diff.newRevision());
		root.addProperty("changed", !diff.isEmpty());
		root.addProperty("changeCount", diff.changeCount());
		JsonArray rules = new JsonArray();
		for (RuleChange r : diff.rules()) {
			JsonObject o = new JsonObject();
			o.addProperty("key", r.key());
			o.addProperty("old", r.oldValue());
			o.addProperty("new", r.newValue());
			comments(o, links, r);
			rules.add(o);
		}
		root.add("rules", rules);
		JsonArray weights = new JsonArray();
		for (WeightTableChange t : diff.weights()) {
			JsonObject o = new JsonObject();
			o.addProperty("group", t.group());
			o.addProperty("oldTable", t.oldTable());
			o.addProperty("newTable", t.newTable());
			o.addProperty("changed", t.isChanged());
			o.addProperty("oldSum", percent(t.oldSum()));
			o.addProperty("newSum", percent(t.newSum()));
			o.addProperty("oldTarget", percent(t.oldTarget()));
			o.addProperty("newTarget", percent(t.newTarget()));
			JsonArray rows = new JsonArray();
			for (WeightTableChange.Row r : t.rows()) {
				JsonObject row = new JsonObject();
				row.addProperty("domain", r.domain());
				row.addProperty("oldName", r.oldName());
				row.addProperty("newName", r.newName());
				row.addProperty("old", percent(r.oldWeight()));
				row.addProperty("new", percent(r.newWeight()));
				row.addProperty("delta", percent(r.delta()));
				row.addProperty("changed", r.isChanged());
				comments(row, links, r);
				rows.add(row);
			}
			o.add("rows", rows);
			JsonArray domains = new JsonArray();
			for (WeightTableChange.DomainTotal d : t.domains()) {
				JsonObject domain = new JsonObject();
				domain.addProperty("domain", d.domain());
				domain.addProperty("old", percent(d.oldSum()));
				domain.addProperty("new", percent(d.newSum()));
				domains.add(domain);
			}
			o.add("domains", domains);
			weights.add(o);
		}
		root.add("weights", weights);
		JsonArray subdomains = new JsonArray();
		for (SubdomainMatch m : diff.subdomainChanges()) {
			JsonObject o = new JsonObject();
			o.addProperty("change", m.change());
			o.add("old", subdomain(m.old()));
			o.add("new", subdomain(m.nu()));
			comments(o, links, m);
			subdomains.add(o);
		}
		root.add("subdomains", subdomains);
		JsonArray rows = new JsonArray();
		for (RowChange r : diff.rows()) {
			JsonObject o = new JsonObject();
			o.addProperty("kind", r.kind().name().toLowerCase(Locale.ROOT));
			o.addProperty("table", r.table());
			o.addProperty("subdomain", r.subdomain().nu().name());
			o.addProperty("row", r.rowName());
			o.addProperty("oldDomain", r.oldDomain());
			o.addProperty("newDomain", r.newDomain());
			o.addProperty("oldPosition", r.oldPosition() + 1);
			o.addProperty("newPosition", r.newPosition() + 1);
			comments(o, links, r);
			rows.add(o);
		}
		root.add("rows", rows);
		JsonArray clauses = new JsonArray();
		for (ClauseMapping c : diff.clauses().changes()) {
			JsonObject o = new JsonObject();
			o.addProperty("status", c.status().name().toLowerCase(Locale.ROOT));
			o.add("old", clause(c.old(), c.oldPlace()));
			o.add("new", clause(c.nu(), c.newPlace()));
			if (c.text() != null) {
				o.add("diff", segments(c.text()));
			}
			comments(o, links, c);
			clauses.add(o);
		}
		root.add("clauses", clauses);
		JsonArray context = new JsonArray();
		for (ContextChange c : diff.context()) {
			JsonObject o = new JsonObject();
			o.addProperty("kind", c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
			o.add("place", place(c.place()));
			o.addProperty("label", c.label());
			o.addProperty("old", c.oldText());
			o.addProperty("new", c.newText());
			o.add("diff", segments(c.text()));
			comments(o, links, c);
			context.add(o);
		}
		root.add("context", context);
		JsonArray examples = new JsonArray();
		for (ExampleChange e : diff.examples()) {
			JsonObject o = new JsonObject();
			o.addProperty("status", e.status().name().toLowerCase(Locale.ROOT));
			o.addProperty("name", e.name());
			JsonArray facts = new JsonArray();
			for (ExampleChange.FactChange f : e.facts()) {
				JsonObject fact = new JsonObject();
				fact.addProperty("unit", f.either().unit());
				fact.addProperty("kind", f.either().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
				fact.addProperty("subject", f.either().subject());
				fact.addProperty("old", f.oldValue());
				fact.addProperty("new", f.newValue());
				facts.add(fact);
			}
			o.add("facts", facts);
			comments(o, links, e);
			examples.add(o);
		}
		root.add("examples", examples);
		if (links != CommentLinks.NONE) {
			JsonArray unanswered = new JsonArray();
			links.unanswered().forEach(c -> unanswered.add(c.number()));
			root.add("unansweredComments", unanswered);
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root);
	}

	private static void comments(JsonObject o, CommentLinks links, Object change) {
		if (links != CommentLinks.NONE) {
			JsonArray numbers = new JsonArray();
			links.answering(change).forEach(c -> numbers.add(c.number()));
			o.add("comments", numbers);
		}
	}

	private static JsonObject subdomain(SubdomainOutline s) {
		if (s == null) {
			return null;
		}
		JsonObject o = new JsonObject();
		o.addProperty("group", s.group());
		o.addProperty("table", s.table());
		o.addProperty("domain", s.domain());
		o.addProperty("name", s.name());
		o.addProperty("rowName", s.rowName());
		o.addProperty("weight", percent(s.weight()));
		return o;
	}

	private static JsonObject clause(ClauseOutline c, ClausePlace p) {
		if (c == null) {
			return null;
		}
		JsonObject o = new JsonObject();
		o.addProperty("id", c.id());
		o.add("place", place(p));
		o.addProperty("label", c.label());
		o.addProperty("topic", c.topic());
		o.addProperty("text", c.text());
		return o;
	}

	private static JsonObject place(ClausePlace p) {
		JsonObject o = new JsonObject();
		o.addProperty("group", p.group());
		o.addProperty("table", p.table());
		o.addProperty("domain", p.domain());
		o.addProperty("subdomain", p.subdomain());
		o.addProperty("level", p.level());
		return o;
	}

	private static JsonArray segments(TextDiff diff) {
		JsonArray a = new JsonArray();
		for (TextDiff.Segment s : diff.segments()) {
			JsonObject o = new JsonObject();
			o.addProperty("kind", s.kind().name().toLowerCase(Locale.ROOT));
			o.addProperty("text", s.text());
			a.add(o);
		}
		return a;
	}

	private static String percent(BigDecimal p) {
		return p == null ? null : Weights.show(p);
	}
}
