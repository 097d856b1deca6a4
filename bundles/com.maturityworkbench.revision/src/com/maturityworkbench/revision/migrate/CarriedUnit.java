package com.maturityworkbench.revision.migrate;

import java.util.List;
import java.util.Map;

import com.maturityworkbench.scoring.assessment.Assessment;

/**
 * One assessment carried to the new revision (an enterprise, or one unit of a composite) and what happened to each of
 * its parts: the assessment of the new revision (unrated where a clause is to be rated), its evidence by new clause id,
 * and the lists of the report, each in the new revision's clause order (removed clauses in the old one's).
 *
 * @param unit the unit's name, null for a single enterprise
 * @param carried clauses whose rating was kept without review: same, relabelled or moved (and renumbered); rated
 *        clauses of rows without weight (scored in neither revision) too
 * @param review clauses whose text was rewritten: the rating kept, for the assessors to check
 * @param toRate clauses of the new revision without a rating: new clauses, and those whose old rating could not be kept
 * @param removed rated clauses of the old revision without counterpart, and those the new revision no longer scores
 *        (their rating kept)
 * @param tailoring the tailored subdomains, carried or dropped
 */
public record CarriedUnit(String unit, Assessment assessment, Map<String, String> evidence, List<Carry> carried, List<Carry> review, List<Carry> toRate,
		List<Carry> removed, List<TailoringCarry> tailoring) {
	public CarriedUnit {
		evidence = Map.copyOf(evidence);
		carried = List.copyOf(carried);
		review = List.copyOf(review);
		toRate = List.copyOf(toRate);
		removed = List.copyOf(removed);
		tailoring = List.copyOf(tailoring);
	}

	/** Why a clause is in its list. */
	public enum Reason {
		/** Same text and label, the same id. */
		SAME,
		/** Same text, a new id: its number shifted, or it got another label. */
		RENUMBERED,
		/** In another level or row. */
		MOVED,
		/** Text rewritten (in its cell, or moved and rewritten). */
		CHANGED,
		/** New in the new revision. */
		ADDED,
		/** Its counterpart was not rated in the old assessment (its subdomain was tailored there). */
		UNRATED,
		/** Rated not applicable, which the new revision does not allow. */
		NOT_APPLICABLE_FORBIDDEN,
		/** Without counterpart in the new revision. */
		REMOVED,
		/** Its counterpart is in a row the new revision does not score (a row without weight). */
		NOT_SCORED
	}

	/**
	 * One clause: its id in each revision (either may be null), its rating as written (a scale name, the
	 * not-applicable name, or empty) and why it is listed.
	 */
	public record Carry(String oldId, String newId, String rating, Reason reason) {
	}

	/** A tailored subdomain of the old assessment, and its id in the new revision (null when it is dropped). */
	public record TailoringCarry(String oldId, String newId) {
		public boolean dropped() {
			return newId == null;
		}
	}

	/** Whether every clause of the new revision has a rating (the assessment is complete). */
	public boolean complete() {
		return toRate.isEmpty();
	}
}
