package com.maturityworkbench.assessment.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.assessment.report.ScoreView.DeterminationView;
import com.maturityworkbench.assessment.report.ScoreView.DomainView;
import com.maturityworkbench.assessment.report.ScoreView.DraftGapView;
import com.maturityworkbench.assessment.report.ScoreView.LevelView;
import com.maturityworkbench.assessment.report.ScoreView.NextGapView;
import com.maturityworkbench.assessment.report.ScoreView.Num;
import com.maturityworkbench.assessment.report.ScoreView.ResultView;
import com.maturityworkbench.assessment.report.ScoreView.SubdomainView;
import com.maturityworkbench.assessment.report.ScoreView.TypeView;
import com.maturityworkbench.assessment.report.ScoreView.UnitView;

/** {@code mwb score --format text}: the report for a terminal (the default). Pure: view in, text out. */
public final class TextReport {
	/** How many next-level gaps the text lists. */
	static final int GAINS = 10;

	private TextReport() {
	}

	public static String render(ScoreView v) {
		StringBuilder sb = new StringBuilder();
		sb.append("assessment  ").append(v.file()).append(" (").append(v.format()).append(")\n");
		sb.append("revision    ").append(v.revision()).append(" — ").append(v.standard()).append(" (").append(v.status()).append(")\n");
		if (v.isComposite()) {
			composite(sb, v);
		} else {
			enterprise(sb, v.single());
		}
		sb.append('\n');
		levels(sb, v.applied(), v.other(), v.metRule());
		reading(sb, v);
		if (v.isComposite()) {
			for (UnitView u : v.composite().units()) {
				sb.append("\n══ unit ").append(u.name()).append(" (").append(u.sector()).append(", share ").append(u.share().rounded()).append(", ")
						.append(u.source()).append(")\n");
				enterprise(sb, u.result());
				sb.append('\n');
				levels(sb, u.result().applied(), u.result().other(), v.metRule());
				details(sb, v, u.result());
			}
		} else {
			details(sb, v, v.single());
		}
		sb.append('\n').append(v.rounding()).append('\n');
		return sb.toString();
	}

	private static void enterprise(StringBuilder sb, ResultView r) {
		sb.append("sector      ").append(r.sector());
		sb.append(r.tailored().isEmpty() ? "; nothing tailored" : "; tailored (" + r.tailored().size() + "): " + String.join(", ", r.tailored()));
		sb.append('\n');
		sb.append("ratings     ").append(r.ratings()).append(" clauses rated");
		if (r.ratedNotScored() > 0) {
			sb.append(" (").append(r.ratedNotScored()).append(" of them in requirement rows without weight: not scored)");
		}
		sb.append('\n');
	}

	private static void composite(StringBuilder sb, ScoreView v) {
		var c = v.composite();
		sb.append("composite   ").append(c.units().size()).append(" units, output ").append(c.outputBasis()).append(", A(i) of a type's units aggregated by ")
				.append(c.aggregation()).append(" (declared by the revision, Annex A)\n\n");
		TextTable types = new TextTable("lrl" + "r".repeat(v.levelNames().size()));
		List<String> head = new ArrayList<>(List.of("type", "weight", "units"));
		v.levelNames().forEach(n -> head.add("A " + n));
		types.row(head.toArray(String[]::new));
		for (TypeView t : c.types()) {
			List<String> row = new ArrayList<>(List.of(t.sector(), t.weight().rounded(), String.join(", ", t.units())));
			t.aggregated().forEach(a -> row.add(a.rounded()));
			types.row(row.toArray(String[]::new));
		}
		sb.append(types.render("  "));
		for (TypeView t : c.types()) {
			for (int i = 0; i < t.excluded().size(); i++) {
				if (!t.excluded().get(i).isEmpty()) {
					sb.append("  (").append(t.sector()).append(' ').append(v.levelNames().get(i)).append(": left out as outliers: ")
							.append(String.join(", ", t.excluded().get(i))).append(")\n");
				}
			}
		}
		TextTable units = new TextTable("llrr" + "r".repeat(v.levelNames().size()) + "rl");
		List<String> head2 = new ArrayList<>(List.of("unit", "type", "output", "share"));
		v.levelNames().forEach(n -> head2.add("A " + n));
		head2.add("S");
		head2.add("level");
		units.row(head2.toArray(String[]::new));
		for (UnitView u : c.units()) {
			List<String> row = new ArrayList<>(List.of(u.name(), u.sector(), u.output().exact(), u.share().rounded()));
			u.result().applied().levels().forEach(l -> row.add(l.score().rounded()));
			row.add(u.result().applied().total().rounded());
			row.add(u.result().applied().levelLabel());
			units.row(row.toArray(String[]::new));
		}
		sb.append('\n').append(units.render("  "));
		sb.append("the composite's A(i) = Σ over types of weight × aggregated A(i) (A.1-A.4):\n");
	}

	private static void levels(StringBuilder sb, DeterminationView a, DeterminationView o, String metRule) {
		TextTable t = new TextTable("lrrlrlllr");
		t.row("level", "A(i)", "exact", "met", "counted", "│", "progressive " + (o.progressive() ? "on" : "off") + ":", "met", "counted");
		for (int i = 0; i < a.levels().size(); i++) {
			LevelView l = a.levels().get(i);
			LevelView ol = o.levels().get(i);
			t.row(l.name(), l.score().rounded(), l.score().exact(), met(l), l.counted().rounded(), "│", "", met(ol), ol.counted().rounded());
		}
		sb.append(t.render("  "));
		if (a.levels().stream().anyMatch(l -> l.metAlone() && !l.met()) || o.levels().stream().anyMatch(l -> l.metAlone() && !l.met())) {
			sb.append("  (no* — A(i) passes the threshold, but a lower level is not met, so under the progressive reading it is not met)\n");
		}
		sb.append("S = ").append(a.total().rounded()).append(" → ").append(a.levelLabel());
		sb.append("      (progressive ").append(o.progressive() ? "on" : "off").append(": S = ").append(o.total().rounded()).append(" → ").append(o.levelLabel())
				.append(")\n");
		sb.append("a level is met when ").append(metRule);
		if (a.nextLevel() != null) {
			sb.append("; next level ").append(a.nextLevel()).append(" from S = ").append(a.nextLevelFrom().exact()).append(": ")
					.append(a.toNextLevel().rounded()).append(" to go");
		} else {
			sb.append("; the top level is reached");
		}
		sb.append('\n');
	}

	private static String met(LevelView l) {
		return l.met() ? "yes" : l.metAlone() ? "no*" : "no";
	}

	private static void reading(StringBuilder sb, ScoreView v) {
		boolean on = v.applied().progressive();
		sb.append("reading     progressive ").append(on ? "on" : "off").append(on ? " — a level counts as met only when every lower level is met"
				: " — every level counts on its own (formulas of 9.1-9.2)");
		sb.append(v.progressiveOverridden() ? " (--progressive " + (on ? "on" : "off") + "; the revision declares " + (v.progressiveDeclared() ? "on" : "off") + ")"
				: " (declared by the revision; --progressive " + (on ? "off" : "on") + " applies the other reading)");
		sb.append('\n');
	}

	private static void details(StringBuilder sb, ScoreView v, ResultView r) {
		List<String> levels = v.levelNames();
		sb.append("\ndomains: score B(i) per level (table weights merged by domain name; weight = effective weight at ").append(levels.get(0)).append(")\n");
		TextTable d = new TextTable("llr" + "r".repeat(levels.size()));
		List<String> head = new ArrayList<>(List.of("domain", "tables", "weight"));
		head.addAll(levels);
		d.row(head.toArray(String[]::new));
		for (DomainView dv : r.domains()) {
			List<String> row = new ArrayList<>(List.of(dv.name(), String.join("+", dv.tables()), dv.weights().get(0).percent()));
			dv.scores().forEach(s -> row.add(s == null ? "—" : s.rounded()));
			d.row(row.toArray(String[]::new));
		}
		sb.append(d.render("  "));
		sb.append("\nsubdomains: score C(s,i) per level; w' = effective weight after tailoring and the draft's gaps\n");
		TextTable s = new TextTable("lrr" + "r".repeat(levels.size()));
		List<String> head2 = new ArrayList<>(List.of("subdomain", "weight", "w'"));
		head2.addAll(levels);
		s.row(head2.toArray(String[]::new));
		List<String> notes = new ArrayList<>();
		for (SubdomainView sv : r.subdomains()) {
			List<String> row = new ArrayList<>(List.of(sv.id(), sv.weight().percent().replace(".0000%", "%")));
			if (sv.tailored()) {
				row.add("tailored");
			} else if (sv.uniformWeight()) {
				row.add(sv.effectiveWeights().get(0).percent());
			} else {
				row.add(firstNonZero(sv.effectiveWeights()) + " *");
				List<String> ws = new ArrayList<>();
				for (int i = 0; i < levels.size(); i++) {
					ws.add(levels.get(i) + " " + sv.effectiveWeights().get(i).percent());
				}
				notes.add(sv.id() + ": w' " + String.join(", ", ws));
			}
			sv.scores().forEach(x -> row.add(x == null ? "—" : x.rounded()));
			s.row(row.toArray(String[]::new));
		}
		sb.append(s.render("  "));
		for (String n : notes) {
			sb.append("  * ").append(n).append('\n');
		}
		draftGaps(sb, r.draftGaps());
		gains(sb, r);
	}

	private static String firstNonZero(List<Num> weights) {
		for (Num n : weights) {
			if (!n.exact().equals("0")) {
				return n.percent();
			}
		}
		return weights.get(0).percent();
	}

	private static void draftGaps(StringBuilder sb, List<DraftGapView> gaps) {
		if (gaps.isEmpty()) {
			sb.append("\nthe revision has no gap that changes this score\n");
			return;
		}
		Map<String, Integer> byKind = new LinkedHashMap<>();
		gaps.forEach(g -> byKind.merge(kind(g.kind()), 1, Integer::sum));
		List<String> parts = new ArrayList<>();
		byKind.forEach((k, n) -> parts.add(k + ": " + n));
		sb.append("\ngaps of the revision that shaped this score (").append(String.join("; ", parts)).append("):\n");
		for (DraftGapView g : gaps) {
			sb.append("  - ").append(g.message()).append('\n');
		}
	}

	private static String kind(String kind) {
		return switch (kind) {
		case "EMPTY_CELL_MARKED" -> "cells marked empty, weight redistributed";
		case "EMPTY_CELL_UNMARKED" -> "empty cells, weight redistributed";
		case "SUBDOMAIN_WITHOUT_CLAUSES" -> "subdomains without clauses, weight redistributed";
		case "DOMAIN_WITHOUT_CLAUSES" -> "domains without clauses, weight spread over the table";
		case "DOMAIN_EMPTY_AT_LEVEL" -> "domains empty at a level";
		case "TABLE_EMPTY_AT_LEVEL" -> "tables empty at a level";
		case "UNWEIGHTED_ROW" -> "rows without weight, not scored";
		default -> kind;
		};
	}

	private static void gains(StringBuilder sb, ResultView r) {
		DeterminationView a = r.applied();
		List<NextGapView> gains = r.nextLevelGaps().stream().limit(GAINS).toList();
		if (a.nextLevel() == null) {
			return;
		}
		sb.append("\ngap to the next level ").append(a.nextLevel()).append(": S must rise by ").append(a.toNextLevel().rounded()).append(" to ")
				.append(a.nextLevelFrom().exact());
		if (gains.isEmpty()) {
			sb.append("; no single clause raises S\n");
			return;
		}
		sb.append("; the largest gains in S from raising one clause to the top rating:\n");
		TextTable t = new TextTable("rrllll");
		t.row("ΔS", "S after", "subdomain", "level", "clause", "now");
		for (NextGapView g : gains) {
			t.row("+" + g.totalGain().rounded(), g.totalAfter().rounded(), g.subdomain(), g.level(), g.clause(), g.rating().exact());
		}
		sb.append(t.render("  "));
	}
}
