package com.maturityworkbench.revision.report;

import java.util.List;
import java.util.Locale;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.maturityworkbench.revision.migrate.CarriedUnit;
import com.maturityworkbench.revision.migrate.CarriedUnit.Carry;
import com.maturityworkbench.revision.migrate.CarriedUnit.TailoringCarry;
import com.maturityworkbench.revision.migrate.Migration;

/**
 * What {@code mwb migrate} carried over, for tools (layout 1): {@code old}, {@code new} (the revisions as named),
 * {@code input}, {@code output}, {@code complete}, and per unit ({@code units}; one without {@code name} for a single
 * enterprise) {@code sector}, {@code carried}, {@code review}, {@code toRate}, {@code removed} — each a list of
 * {@code {old, new, rating, reason}} ({@code reason}: same, renumbered, moved, changed, added, unrated,
 * not_applicable_forbidden, removed, not_scored; an absent side is null) — and {@code tailoring} ({@code {old, new}},
 * new null when dropped).
 */
public final class MigrationJson {
	public static final int LAYOUT = 1;

	private MigrationJson() {
	}

	public static String of(Migration migration, String input, String output) {
		JsonObject root = new JsonObject();
		root.addProperty("layout", LAYOUT);
		root.addProperty("old", migration.oldRevision());
		root.addProperty("new", migration.newRevision());
		root.addProperty("input", input);
		root.addProperty("output", output);
		root.addProperty("complete", migration.complete());
		JsonArray units = new JsonArray();
		for (CarriedUnit u : migration.units()) {
			JsonObject o = new JsonObject();
			if (u.unit() != null) {
				o.addProperty("name", u.unit());
			}
			o.addProperty("sector", u.assessment().sector());
			o.add("carried", carries(u.carried()));
			o.add("review", carries(u.review()));
			o.add("toRate", carries(u.toRate()));
			o.add("removed", carries(u.removed()));
			JsonArray tailoring = new JsonArray();
			for (TailoringCarry t : u.tailoring()) {
				JsonObject e = new JsonObject();
				e.addProperty("old", t.oldId());
				e.addProperty("new", t.newId());
				tailoring.add(e);
			}
			o.add("tailoring", tailoring);
			units.add(o);
		}
		root.add("units", units);
		return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root) + "\n";
	}

	private static JsonArray carries(List<Carry> carries) {
		JsonArray a = new JsonArray();
		for (Carry c : carries) {
			JsonObject e = new JsonObject();
			e.addProperty("old", c.oldId());
			e.addProperty("new", c.newId());
			e.addProperty("rating", c.rating());
			e.addProperty("reason", c.reason().name().toLowerCase(Locale.ROOT));
			a.add(e);
		}
		return a;
	}
}
