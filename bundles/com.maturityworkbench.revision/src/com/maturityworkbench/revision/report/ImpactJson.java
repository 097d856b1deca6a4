package com.maturityworkbench.revision.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.maturityworkbench.revision.simulate.ImpactReport;

/**
 * The impact simulation for tools (layout 1): {@code old}, {@code new}, {@code population}, {@code enterprises},
 * {@code drawnRatings}, {@code levels} (0 = below the lowest band, then the level names), {@code transitions} per
 * sector and {@code "*"} for all (rows old level, columns new level), {@code histogram} (bin width, old, new),
 * {@code delta} (mean, min, p10, p50, p90, max, up, down, same), {@code millis} (generation, scoring).
 */
public final class ImpactJson {
	public static final int LAYOUT = 1;

	private ImpactJson() {
	}

	public static String of(ImpactReport r) {
		JsonObject root = new JsonObject();
		root.addProperty("layout", LAYOUT);
		root.addProperty("old", r.oldRevision());
		root.addProperty("new", r.newRevision());
		root.addProperty("population", r.population());
		root.addProperty("enterprises", r.enterprises());
		root.addProperty("drawnRatings", r.drawnRatings());
		JsonArray levels = new JsonArray();
		levels.add("0");
		r.levelNames().forEach(levels::add);
		root.add("levels", levels);
		JsonObject transitions = new JsonObject();
		r.transitions().forEach((sector, m) -> {
			JsonArray rows = new JsonArray();
			for (int[] row : m) {
				JsonArray a = new JsonArray();
				for (int v : row) {
					a.add(v);
				}
				rows.add(a);
			}
			transitions.add(sector, rows);
		});
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
		JsonObject millis = new JsonObject();
		millis.addProperty("generation", r.generationMillis());
		millis.addProperty("scoring", r.scoringMillis());
		root.add("millis", millis);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
	}

	private static JsonArray ints(int[] values) {
		JsonArray a = new JsonArray();
		for (int v : values) {
			a.add(v);
		}
		return a;
	}
}
