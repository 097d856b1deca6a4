package com.maturityworkbench.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.analysis.TableStatistics;
import com.maturityworkbench.dsl.analysis.TableStatistics.TableStats;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.Weights;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mwb stats}: for each table its kind, part, sector, size, weight sum and clauses per level; plus totals. */
@Command(name = "stats")
final class StatsCommand implements MwbSubcommand {
	@Mixin
	HelpOption help;

	@Mixin
	ListingArguments arguments;

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		JsonArray revisions = new JsonArray();
		StringBuilder text = new StringBuilder();
		List<SourceText> sources = RevisionFiles.read(arguments.paths); // before the language is set up: unusable files first
		for (WorkspaceRevision workspaceRevision : context.workspaces().load(sources).revisions()) {
			Revision revision = workspaceRevision.revision();
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
			text.append(CliMessages.M.text("stats.revision", revision.name())).append('\n');
			for (TableStats t : TableStatistics.of(revision)) {
				JsonObject o = new JsonObject();
				o.addProperty("table", t.name());
				o.addProperty("kind", t.kind());
				o.addProperty("part", t.part());
				o.addProperty("sector", t.sector());
				String sector = t.sector() == null ? "" : t.sector();
				if (t.kind().equals("weights")) {
					o.addProperty("subdomains", t.subdomains());
					o.addProperty("weightSum", Weights.show(t.weightSum()));
					text.append(CliMessages.M.text("stats.weights", t.name(), t.part(), sector, t.subdomains(), Weights.show(t.weightSum())))
							.append('\n');
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
					text.append(CliMessages.M.text("stats.requirements", t.name(), t.part(), sector, t.subdomains(), t.clauses(),
							t.clausesPerLevel(), t.emptyCells())).append('\n');
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
			text.append(CliMessages.M.text("stats.total", totalRows, totalClauses, totalPerLevel, totalEmpty)).append('\n');
		}
		if (arguments.json()) {
			context.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
					.toJson(revisions.size() == 1 ? revisions.get(0) : revisions));
		} else {
			context.out().print(text);
		}
		return ExitCode.OK;
	}
}
