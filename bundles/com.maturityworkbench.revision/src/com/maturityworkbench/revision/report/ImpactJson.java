package com.maturityworkbench.revision.report;

import java.util.Locale;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.maturityworkbench.revision.simulate.ImpactReport;
import com.maturityworkbench.revision.simulate.ImpactReport.Attribution;
import com.maturityworkbench.revision.simulate.ImpactReport.Effect;
import com.maturityworkbench.revision.simulate.ImpactReport.Sensitivity;
import com.maturityworkbench.revision.simulate.Population.Unreadable;
import com.maturityworkbench.scoring.Rational;

/**
 * The impact simulation for tools (layout 2): {@code old}, {@code new}, {@code population} ({@code source}
 * synthetic|folder, {@code where}: the seed or the folder), {@code enterprises}, {@code composites},
 * {@code drawnRatings}, {@code unreadable} (file, problems), {@code levels} (0 = below the lowest band, then the level
 * names), {@code transitions} per sector, {@code "composite"} and {@code "*"} for all (rows old level, columns new
 * level), {@code histogram} (bin width, old, new), {@code delta} (mean, min, p10, p50, p90, max, up, down, same),
 * {@code attribution} (changes: kind, subject, from, to, meanDelta, up, down, matrix; total; remainder: meanDelta,
 * moved; unattributed) and {@code sensitivity} (table, domain, subdomain, weight in percent, enterprises, meanDelta per
 * percentage point, up, down) when computed, {@code sensitivityScope} ({@code mode} all | sample | off, {@code enterprises}
 * it was computed over, the sample's {@code seed}), {@code millis} (generation, scoring, attribution, sensitivity: wall clock) and {@code cpuMillis} (the same, CPU
 * time of all threads).
 */
public final class ImpactJson {
	public static final int LAYOUT = 2;

	private ImpactJson() {
	}

	public static String of(ImpactReport r) {
		JsonObject root = new JsonObject();
		root.addProperty("layout", LAYOUT);
		root.addProperty("old", r.oldRevision());
		root.addProperty("new", r.newRevision());
		JsonObject population = new JsonObject();
		population.addProperty("source", r.source().name().toLowerCase(Locale.ROOT));
		population.addProperty("where", r.where());
		root.add("population", population);
		root.addProperty("enterprises", r.enterprises());
		root.addProperty("composites", r.composites());
		root.addProperty("drawnRatings", r.drawnRatings());
		JsonArray unreadable = new JsonArray();
		for (Unreadable u : r.unreadable()) {
			JsonObject o = new JsonObject();
			o.addProperty("file", u.file());
			JsonArray problems = new JsonArray();
			u.problems().forEach(problems::add);
			o.add("problems", problems);
			unreadable.add(o);
		}
		root.add("unreadable", unreadable);
		JsonArray levels = new JsonArray();
		levels.add("0");
		r.levelNames().forEach(levels::add);
		root.add("levels", levels);
		JsonObject transitions = new JsonObject();
		r.transitions().forEach((sector, m) -> transitions.add(sector, matrix(m)));
		root.add("transitions", transitions);
		JsonObject histogram = new JsonObject();
		histogram.addProperty("bin", ImpactReport.BIN);
		histogram.add("old", ints(r.oldHistogram()));
		histogram.add("new", ints(r.newHistogram()));
		root.add("histogram", histogram);
		ImpactReport.DeltaStatistics d = r.delta();
		JsonObject delta = new JsonObject();
		delta.addProperty("mean", d.mean());
		delta.addProperty("min", d.min());
		delta.addProperty("p10", d.p10());
		delta.addProperty("p50", d.p50());
		delta.addProperty("p90", d.p90());
		delta.addProperty("max", d.max());
		delta.addProperty("up", d.up());
		delta.addProperty("down", d.down());
		delta.addProperty("same", d.same());
		root.add("delta", delta);
		if (r.attribution() != null) {
			root.add("attribution", attribution(r.attribution()));
		}
		if (r.sensitivity() != null) {
			JsonArray sensitivity = new JsonArray();
			for (Sensitivity s : r.sensitivity()) {
				JsonObject o = new JsonObject();
				o.addProperty("table", s.table());
				o.addProperty("domain", s.domain());
				o.addProperty("subdomain", s.subdomain());
				o.addProperty("weight", s.weight().multiply(Rational.valueOf(100)).toDecimal(6).stripTrailingZeros());
				o.addProperty("enterprises", s.enterprises());
				o.addProperty("meanDelta", s.meanDelta());
				o.addProperty("up", s.up());
				o.addProperty("down", s.down());
				sensitivity.add(o);
			}
			root.add("sensitivity", sensitivity);
		}
		if (r.sensitivityScope() != null) {
			JsonObject scope = new JsonObject();
			scope.addProperty("mode", r.sensitivityScope().mode().name().toLowerCase(java.util.Locale.ROOT));
			scope.addProperty("enterprises", switch (r.sensitivityScope().mode()) {
			case ALL -> r.enterprises();
			case SAMPLE -> r.sensitivityScope().sample();
			case OFF -> 0;
			});
			if (ImpactTexts.isSample(r)) {
				scope.addProperty("seed", r.sensitivityScope().seed());
			}
			root.add("sensitivityScope", scope);
		}
		JsonObject millis = new JsonObject();
		millis.addProperty("generation", r.millis().generation());
		millis.addProperty("scoring", r.millis().scoring());
		millis.addProperty("attribution", r.millis().attribution());
		millis.addProperty("sensitivity", r.millis().sensitivity());
		root.add("millis", millis);
		JsonObject cpu = new JsonObject();
		cpu.addProperty("generation", r.millis().generationCpu());
		cpu.addProperty("scoring", r.millis().scoringCpu());
		cpu.addProperty("attribution", r.millis().attributionCpu());
		cpu.addProperty("sensitivity", r.millis().sensitivityCpu());
		root.add("cpuMillis", cpu);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
	}

	private static JsonObject attribution(Attribution a) {
		JsonObject o = new JsonObject();
		JsonArray changes = new JsonArray();
		for (Effect e : a.effects()) {
			JsonObject c = effect(e);
			c.addProperty("kind", e.change().kind());
			c.addProperty("subject", e.change().subject());
			c.addProperty("from", e.change().from());
			c.addProperty("to", e.change().to());
			changes.add(c);
		}
		o.add("changes", changes);
		o.add("total", effect(a.total()));
		JsonObject remainder = new JsonObject();
		remainder.addProperty("meanDelta", a.remainderMean());
		remainder.addProperty("moved", a.remainderMoved());
		o.add("remainder", remainder);
		JsonArray unattributed = new JsonArray();
		a.unattributed().forEach(unattributed::add);
		o.add("unattributed", unattributed);
		return o;
	}

	private static JsonObject effect(Effect e) {
		JsonObject o = new JsonObject();
		o.addProperty("meanDelta", e.meanDelta());
		o.addProperty("up", e.up());
		o.addProperty("down", e.down());
		o.add("matrix", matrix(e.matrix()));
		return o;
	}

	private static JsonArray matrix(int[][] m) {
		JsonArray rows = new JsonArray();
		for (int[] row : m) {
			rows.add(ints(row));
		}
		return rows;
	}

	private static JsonArray ints(int[] values) {
		JsonArray a = new JsonArray();
		for (int v : values) {
			a.add(v);
		}
		return a;
	}
}
