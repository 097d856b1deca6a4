package com.maturityworkbench.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.TableStatistics;
import com.maturityworkbench.dsl.analysis.TableStatistics.TableStats;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.Weights;

/** {@code mwb stats}: for each table its kind, part, sector, size, weight sum and clauses per level; plus totals. */
final class StatsCommand {
	private final PrintStream out;
	private final PrintStream err;

	StatsCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(Options options) throws InputProblem {
		String format = options.format();
		LoadedRevision loaded = Workspace.load(Workspace.read(options.paths()));
		JsonArray revisions = new JsonArray();
		StringBuilder text = new StringBuilder();
		for (Revision revision : Workspace.revisions(loaded)) {
			List<TableStats> tables = TableStatistics.of(revision);
			JsonObject r = new JsonObject();
			r.addProperty("revision", revision.name());
			if (revision.standard() != null) {
				r.addProperty("code", revision.standard().getCode());
				r.addProperty("status", revision.standard().getStatus().getLiteral());
			}
			JsonArray array = new JsonArray();
			Map<String, Integer> totalPerLevel = new LinkedHashMap<>();
			int totalClauses = 0;
			int totalRows = 0;
			int totalEmpty = 0;
			text.append("revision ").append(revision.name()).append('\n');
			for (TableStats t : tables) {
				JsonObject o = new JsonObject();
				o.addProperty("table", t.name());
				o.addProperty("kind", t.kind());
				o.addProperty("part", t.part());
				o.addProperty("sector", t.sector());
				if (t.kind().equals("weights")) {
					o.addProperty("subdomains", t.subdomains());
					o.addProperty("weightSum", Weights.show(t.weightSum()));
					text.append(String.format("  %-6s weights      %-6s %-4s %3d subdomains, sum %s%n", t.name(), t.part(),
							t.sector() == null ? "" : t.sector(), t.subdomains(), Weights.show(t.weightSum())));
				} else {
					o.addProperty("rows", t.subdomains());
					o.addProperty("emptyCells", t.emptyCells());
					JsonObject perLevel = new JsonObject();
					t.clausesPerLevel().forEach(perLevel::addProperty);
					o.add("clauses", perLevel);
					o.addProperty("clauseCount", t.clauses());
					t.clausesPerLevel().forEach((k, v) -> totalPerLevel.merge(k, v, Integer::sum));
					totalClauses += t.clauses();
					totalRows += t.subdomains();
					totalEmpty += t.emptyCells();
					text.append(String.format("  %-6s requirements %-6s %-4s %3d rows, %4d clauses %s, %d empty cells%n", t.name(),
							t.part(), t.sector() == null ? "" : t.sector(), t.subdomains(), t.clauses(), t.clausesPerLevel(),
							t.emptyCells()));
				}
				array.add(o);
			}
			r.add("tables", array);
			JsonObject totals = new JsonObject();
			totals.addProperty("rows", totalRows);
			totals.addProperty("clauseCount", totalClauses);
			totals.addProperty("emptyCells", totalEmpty);
			JsonObject perLevel = new JsonObject();
			totalPerLevel.forEach(perLevel::addProperty);
			totals.add("clauses", perLevel);
			r.add("totals", totals);
			revisions.add(r);
			text.append(String.format("  total: %d rows, %d clauses %s, %d empty cells%n", totalRows, totalClauses, totalPerLevel,
					totalEmpty));
		}
		if (format.equals("json")) {
			out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
					.toJson(revisions.size() == 1 ? revisions.get(0) : revisions));
		} else {
			out.print(text);
		}
		return MwbCommand.OK;
	}
}
