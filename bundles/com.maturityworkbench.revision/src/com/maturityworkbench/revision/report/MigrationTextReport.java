package com.maturityworkbench.revision.report;

import static com.maturityworkbench.revision.report.DiffTexts.M;

import java.util.List;

import com.maturityworkbench.revision.migrate.CarriedUnit;
import com.maturityworkbench.revision.migrate.CarriedUnit.Carry;
import com.maturityworkbench.revision.migrate.CarriedUnit.Reason;
import com.maturityworkbench.revision.migrate.CarriedUnit.TailoringCarry;
import com.maturityworkbench.revision.migrate.Migration;

/**
 * What {@code mwb migrate} carried over, as text in the current language: per enterprise (or unit) the ratings kept
 * (counted, the renumbered and moved ones listed), the clauses to review (rewritten, rating kept), those to rate, the
 * rated clauses removed, the tailoring carried or dropped, and whether the result is complete.
 */
public final class MigrationTextReport {
	private MigrationTextReport() {
	}

	public static String of(Migration migration, String input, String output) {
		StringBuilder b = new StringBuilder();
		line(b, M.text("migrate.title", migration.oldRevision(), migration.newRevision()));
		line(b, M.text("migrate.files", input, output));
		for (CarriedUnit u : migration.units()) {
			if (u.unit() != null) {
				line(b, M.text("migrate.unit", u.unit(), u.assessment().sector()));
			}
			unit(b, u);
		}
		int toRate = migration.units().stream().mapToInt(u -> u.toRate().size()).sum();
		line(b, toRate == 0 ? M.text("migrate.complete") : M.text("migrate.in-progress", toRate));
		return b.toString();
	}

	private static void unit(StringBuilder b, CarriedUnit u) {
		List<Carry> renumbered = u.carried().stream().filter(c -> c.reason() != Reason.SAME).toList();
		line(b, M.text("migrate.carried", u.carried().size(), renumbered.size()));
		renumbered.forEach(c -> line(b, "  " + M.text("migrate.carry", c.oldId(), c.newId(), c.rating(), reason(c))));
		section(b, "migrate.review", u.review());
		line(b, M.text("migrate.to-rate", u.toRate().size()));
		for (Carry c : u.toRate()) {
			line(b, "  " + (c.oldId() == null ? M.text("migrate.to-rate.new", c.newId(), reason(c)) : M.text("migrate.to-rate.old", c.newId(), c.oldId(), reason(c))));
		}
		section(b, "migrate.removed", u.removed());
		for (TailoringCarry t : u.tailoring()) {
			line(b, t.dropped() ? M.text("migrate.tailoring.dropped", t.oldId()) : M.text("migrate.tailoring.carried", t.oldId(), t.newId()));
		}
	}

	private static void section(StringBuilder b, String key, List<Carry> carries) {
		line(b, M.text(key, carries.size()));
		for (Carry c : carries) {
			line(b, "  " + (c.newId() == null ? M.text("migrate.carry.old-only", c.oldId(), c.rating(), reason(c))
					: M.text("migrate.carry", c.oldId(), c.newId(), c.rating(), reason(c))));
		}
	}

	static String reason(Carry c) {
		return M.text("migrate.reason." + c.reason().name().toLowerCase(java.util.Locale.ROOT));
	}

	private static void line(StringBuilder b, String s) {
		b.append(s).append('\n');
	}
}
