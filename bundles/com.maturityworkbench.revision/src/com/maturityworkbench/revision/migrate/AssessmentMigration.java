package com.maturityworkbench.revision.migrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.maturityworkbench.assessment.WrittenAssessment;
import com.maturityworkbench.revision.compare.ClauseMapping;
import com.maturityworkbench.revision.compare.RevisionComparison;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.revision.compare.RevisionOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.ClauseOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.SubdomainOutline;
import com.maturityworkbench.revision.compare.SubdomainMatch;
import com.maturityworkbench.revision.migrate.CarriedUnit.Carry;
import com.maturityworkbench.revision.migrate.CarriedUnit.Reason;
import com.maturityworkbench.revision.migrate.CarriedUnit.TailoringCarry;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.model.ClauseRef;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;

/**
 * Carries assessments of one revision to the next through the {@link com.maturityworkbench.revision.compare.ClauseMap
 * clause map} ({@code mwb migrate}). Every scored clause of the new revision's model of the enterprise's sector, in the
 * runtime's order, takes the rating of its counterpart in the old revision: kept without review when the clause is the
 * same, relabelled, renumbered or moved with its text; kept and listed for review when its text was rewritten. A clause
 * without counterpart (new), or whose counterpart was not rated, is listed to be rated and left unrated: the result is
 * then an assessment in progress. A rated old clause without counterpart is reported as removed; one whose counterpart
 * the new revision does not score (a row without weight) keeps its rating under the new id, reported when the old
 * revision scored it. A tailored subdomain is carried to its match (same name, renamed or moved, as the comparison matched it)
 * when that is a weighted subdomain of the new model, else dropped and reported. Not applicable stays not applicable
 * where the new revision allows it; otherwise the clause is to be rated. Evidence follows its clause.
 */
public final class AssessmentMigration {
	private final RevisionModel old;
	private final RevisionModel nu;
	private final RevisionOutline newOutline;
	private final Map<String, ClauseMapping> byOld = new HashMap<>();
	private final Map<String, ClauseMapping> byNew = new HashMap<>();
	private final Map<String, String> subdomainIds = new HashMap<>();

	public AssessmentMigration(RevisionModel old, RevisionModel nu, RevisionOutline oldOutline, RevisionOutline newOutline) {
		this.old = old;
		this.nu = nu;
		this.newOutline = newOutline;
		RevisionDiff diff = RevisionComparison.compare(oldOutline, newOutline);
		for (ClauseMapping m : diff.clauses().mappings()) {
			if (m.old() != null) {
				byOld.put(m.old().id(), m);
			}
			if (m.nu() != null) {
				byNew.put(m.nu().id(), m);
			}
		}
		for (SubdomainMatch m : diff.subdomains()) {
			if (m.old() != null && m.nu() != null && m.old().weight() != null && m.nu().weight() != null) {
				subdomainIds.put(subdomainId(oldOutline, m.old()), subdomainId(newOutline, m.nu()));
			}
		}
	}

	public RevisionModel oldModel() {
		return old;
	}

	public RevisionModel newModel() {
		return nu;
	}

	/** Whether the new revision has a table for {@code sector}. */
	public boolean hasSector(String sector) {
		return nu.sectorTable(sector).isPresent();
	}

	/**
	 * One enterprise (or unit) carried over.
	 *
	 * @param unit the unit's name, null for a single enterprise
	 * @param evidence the old assessment's evidence by old clause id
	 * @throws IllegalArgumentException when the new revision has no table for the assessment's sector
	 */
	public CarriedUnit carry(String unit, Assessment assessment, Map<String, String> evidence) {
		SectorModel sm = SectorModel.of(nu, assessment.sector());
		List<TailoringCarry> tailoring = new ArrayList<>();
		Set<String> tailored = new LinkedHashSet<>();
		for (String id : assessment.tailored()) {
			String newId = subdomainIds.get(id);
			boolean kept = newId != null && sm.subdomain(newId).isPresent();
			tailoring.add(new TailoringCarry(id, kept ? newId : null));
			if (kept) {
				tailored.add(newId);
			}
		}
		Map<String, Rational> ratings = new LinkedHashMap<>();
		Set<String> notApplicable = new LinkedHashSet<>();
		Map<String, String> newEvidence = new LinkedHashMap<>();
		List<Carry> carried = new ArrayList<>();
		List<Carry> review = new ArrayList<>();
		List<Carry> toRate = new ArrayList<>();
		Set<String> used = new HashSet<>();
		for (String id : sm.clauseOrder()) {
			ClauseRef ref = sm.clause(id).orElseThrow();
			if (tailored.contains(ref.subdomain().id())) {
				continue;
			}
			ClauseMapping m = byNew.get(id);
			String oldId = m == null || m.old() == null ? null : m.old().id();
			if (oldId == null) {
				toRate.add(new Carry(null, id, "", Reason.ADDED));
				continue;
			}
			Rational rating = assessment.ratings().get(oldId);
			boolean wasNotApplicable = assessment.notApplicable().contains(oldId);
			if (rating == null && !wasNotApplicable) {
				toRate.add(new Carry(oldId, id, "", Reason.UNRATED));
				continue;
			}
			used.add(oldId);
			if (evidence.containsKey(oldId)) {
				newEvidence.put(id, evidence.get(oldId));
			}
			if (wasNotApplicable && !nu.rules().notApplicableAllowed()) {
				toRate.add(new Carry(oldId, id, old.rules().notApplicableName(), Reason.NOT_APPLICABLE_FORBIDDEN));
				continue;
			}
			String text;
			if (wasNotApplicable) {
				notApplicable.add(id);
				text = nu.rules().notApplicableName();
			} else {
				ratings.put(id, rating);
				text = WrittenAssessment.ratingText(nu, rating);
			}
			Reason reason = reason(m, oldId, id);
			(reason == Reason.CHANGED ? review : carried).add(new Carry(oldId, id, text, reason));
		}
		List<Carry> removed = new ArrayList<>();
		SectorModel oldSm = SectorModel.of(old, assessment.sector());
		for (Map.Entry<String, Rational> e : assessment.ratings().entrySet()) {
			String oldId = e.getKey();
			if (used.contains(oldId)) {
				continue;
			}
			ClauseMapping m = byOld.get(oldId);
			String text = WrittenAssessment.ratingText(old, e.getValue());
			if (m == null || m.nu() == null) {
				removed.add(new Carry(oldId, null, text, Reason.REMOVED));
				continue;
			}
			// its counterpart is not scored in the new revision (a row without weight): the rating is kept, as the
			// writers keep the ratings of such rows; reported when the old revision scored it
			String newId = m.nu().id();
			ratings.putIfAbsent(newId, e.getValue());
			if (evidence.containsKey(oldId)) {
				newEvidence.putIfAbsent(newId, evidence.get(oldId));
			}
			boolean scoredBefore = oldSm.clause(oldId).map(ClauseRef::isScored).orElse(false);
			(scoredBefore ? removed : carried).add(new Carry(oldId, newId, WrittenAssessment.ratingText(nu, e.getValue()),
					scoredBefore ? Reason.NOT_SCORED : reason(m, oldId, newId)));
		}
		for (String oldId : assessment.notApplicable()) {
			if (!used.contains(oldId)) {
				ClauseMapping m = byOld.get(oldId);
				removed.add(new Carry(oldId, m == null || m.nu() == null ? null : m.nu().id(), old.rules().notApplicableName(),
						m == null || m.nu() == null ? Reason.REMOVED : Reason.NOT_SCORED));
			}
		}
		Assessment carriedAssessment = new Assessment(nu.revisionId(), assessment.sector(), tailored, ratings, notApplicable);
		return new CarriedUnit(unit, carriedAssessment, newEvidence, carried, review, toRate, removed, tailoring);
	}

	/** An enterprise carried over. */
	public Migration single(Assessment assessment, Map<String, String> evidence) {
		return new Migration(old.names(), nu.names(), List.of(carry(null, assessment, evidence)), null);
	}

	/** A composite enterprise carried over: each unit, with its output; its units' evidence by unit name. */
	public Migration composite(CompositeAssessment composite, Map<String, Map<String, String>> evidence) {
		List<CarriedUnit> carried = new ArrayList<>();
		List<CompositeUnit> units = new ArrayList<>();
		for (CompositeUnit u : composite.units()) {
			CarriedUnit c = carry(u.name(), u.assessment(), evidence.getOrDefault(u.name(), Map.of()));
			carried.add(c);
			units.add(new CompositeUnit(u.name(), u.sector(), u.output(), c.assessment()));
		}
		return new Migration(old.names(), nu.names(), carried, new CompositeAssessment(nu.revisionId(), composite.basis(), units));
	}

	/** The label and printed text of the new revision's clauses, for the columns of the written assessment. */
	public WrittenAssessment.ClauseTexts newClauseTexts() {
		Map<String, WrittenAssessment.ClauseText> texts = new HashMap<>();
		for (RevisionOutline.TableGroup g : newOutline.groups()) {
			for (SubdomainOutline s : g.subdomains()) {
				for (ClauseOutline c : s.clauses()) {
					texts.put(c.id(), new WrittenAssessment.ClauseText(c.label(), c.topic() == null ? c.text() : c.topic() + "。" + c.text()));
				}
			}
		}
		return texts::get;
	}

	private static Reason reason(ClauseMapping m, String oldId, String newId) {
		return switch (m.status()) {
		case SAME -> oldId.equals(newId) ? Reason.SAME : Reason.RENUMBERED;
		case RELABELLED -> Reason.RENUMBERED;
		case CHANGED -> Reason.CHANGED;
		case MOVED -> m.textChanged() ? Reason.CHANGED : Reason.MOVED;
		case ADDED, REMOVED -> throw new IllegalStateException("a clause with counterpart is not " + m.status());
		};
	}

	/** The id of a weighted subdomain as the scoring model gives it: weight table and name (表3.中试验证). */
	private static String subdomainId(RevisionOutline outline, SubdomainOutline s) {
		return Optional.ofNullable(outline.group(s.group())).map(RevisionOutline.TableGroup::weightTable).orElse("") + "." + s.name();
	}
}
