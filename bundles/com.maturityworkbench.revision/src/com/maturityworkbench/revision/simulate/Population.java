package com.maturityworkbench.revision.simulate;

import java.util.List;
import java.util.Set;

import com.maturityworkbench.scoring.Rational;

/**
 * A population ready to score under both revisions: every enterprise with its units' ratings of the old revision and
 * of the new one (scale indices in each revision's compiled clause order of the unit's sector), how many ratings of
 * clauses new in the new revision were drawn from the enterprises' profiles, the files that could not be read, and the
 * time taken to draw or read it (wall clock and CPU, milliseconds).
 */
public record Population(Source source, String where, List<Member> members, long drawnRatings, List<Unreadable> unreadable,
		double generationMillis, double generationCpuMillis) {
	/** Where the enterprises come from: a synthetic generator (where = its seed) or a folder of assessments (where = the folder). */
	public enum Source {
		SYNTHETIC, FOLDER
	}

	/** An enterprise: single (one unit, output 1) or composite; its name (a number or a file); how many of its new ratings were drawn. */
	public record Member(String name, boolean composite, List<Unit> units, int drawn) {
		/** The sector of a single enterprise, {@link ImpactReport#COMPOSITE} for a composite one. */
		public String sector() {
			return composite ? ImpactReport.COMPOSITE : units.get(0).sector();
		}
	}

	/**
	 * A unit (or the enterprise itself): its name, sector, output value, its ratings under the old and the new revision
	 * (-1 for a clause of a tailored subdomain) and the subdomains it tailors out in each (subdomain ids).
	 */
	public record Unit(String name, String sector, Rational output, byte[] oldRatings, byte[] newRatings, Set<String> oldTailored,
			Set<String> newTailored) {
		/** An untailored unit. */
		public Unit(String name, String sector, Rational output, byte[] oldRatings, byte[] newRatings) {
			this(name, sector, output, oldRatings, newRatings, Set.of(), Set.of());
		}
	}

	/** A file of the folder that is not in the population, with its problems. */
	public record Unreadable(String file, List<String> problems) {
	}

	public int size() {
		return members.size();
	}

	public long composites() {
		return members.stream().filter(Member::composite).count();
	}
}
