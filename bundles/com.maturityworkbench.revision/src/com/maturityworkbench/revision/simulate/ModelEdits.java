package com.maturityworkbench.revision.simulate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.Cell;
import com.maturityworkbench.scoring.model.CompositeRule;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.Subdomain;
import com.maturityworkbench.scoring.model.TailoringRule;

/**
 * Copies of a revision's scoring model with one thing changed — a subdomain's weight or cells, a subdomain added or
 * removed, a clause added to or removed from a cell, the determination or composite rule, a table's weights
 * rebalanced. The edits work on the runtime's model objects, never on DSL text. A clause or subdomain taken from
 * another revision gets the id {@link #FOREIGN} + its id there, so that it never collides with an id of this one.
 */
public final class ModelEdits {
	/** The prefix of the id of a clause or subdomain brought in from the other revision. */
	public static final String FOREIGN = "+new:";

	private ModelEdits() {
	}

	public static RevisionModel withDetermination(RevisionModel m, DeterminationRule rule) {
		return new RevisionModel(m.standardCode(), m.revisionId(), m.revisionLabel(), m.status(), m.levels(), m.scale(), m.tables(), m.tailoring(), rule, m.composite(),
				m.rules(), m.stage());
	}

	public static RevisionModel withComposite(RevisionModel m, CompositeRule rule) {
		return new RevisionModel(m.standardCode(), m.revisionId(), m.revisionLabel(), m.status(), m.levels(), m.scale(), m.tables(), m.tailoring(), m.determination(),
				rule, m.rules(), m.stage());
	}

	/** The model with subdomain {@code id} replaced by what {@code edit} makes of it (null: removed, with an emptied domain). */
	public static RevisionModel editSubdomain(RevisionModel m, String id, UnaryOperator<Subdomain> edit) {
		List<ScoredTable> tables = new ArrayList<>();
		for (ScoredTable t : m.tables()) {
			List<Domain> domains = new ArrayList<>();
			for (Domain d : t.domains()) {
				List<Subdomain> subdomains = new ArrayList<>();
				for (Subdomain s : d.subdomains()) {
					Subdomain edited = s.id().equals(id) ? edit.apply(s) : s;
					if (edited != null) {
						subdomains.add(edited);
					}
				}
				if (!subdomains.isEmpty()) {
					domains.add(new Domain(d.name(), subdomains));
				}
			}
			tables.add(new ScoredTable(t.id(), t.part(), t.sector(), domains, t.unweightedRows()));
		}
		TailoringRule tailoring = m.tailoring();
		Set<String> allowed = new HashSet<>(tailoring.allowed());
		if (allowed.remove(id)) {
			tailoring = new TailoringRule(tailoring.allowAll(), allowed, tailoring.scope());
		}
		return new RevisionModel(m.standardCode(), m.revisionId(), m.revisionLabel(), m.status(), m.levels(), m.scale(), tables, tailoring, m.determination(),
				m.composite(), m.rules(), m.stage());
	}

	public static RevisionModel withWeight(RevisionModel m, String subdomainId, Rational weight) {
		return editSubdomain(m, subdomainId, s -> new Subdomain(s.id(), s.name(), weight, s.cells()));
	}

	/** The model with the cell at {@code levelIndex} of subdomain {@code subdomainId} holding the clause ids {@code edit} makes. */
	public static RevisionModel editCell(RevisionModel m, String subdomainId, int levelIndex, UnaryOperator<List<String>> edit) {
		return editSubdomain(m, subdomainId, s -> {
			List<Cell> cells = new ArrayList<>(s.cells());
			Cell old = cells.get(levelIndex);
			List<String> ids = edit.apply(new ArrayList<>(old.clauseIds()));
			cells.set(levelIndex, ids.isEmpty() ? (old.isMarkedEmpty() ? old : Cell.unmarkedEmpty()) : Cell.of(ids));
			return new Subdomain(s.id(), s.name(), s.weight(), cells);
		});
	}

	/** The model with {@code subdomain} appended to domain {@code domain} of table {@code tableId} (a new domain at the end if absent). */
	public static RevisionModel addSubdomain(RevisionModel m, String tableId, String domain, Subdomain subdomain) {
		List<ScoredTable> tables = new ArrayList<>();
		for (ScoredTable t : m.tables()) {
			if (!t.id().equals(tableId)) {
				tables.add(t);
				continue;
			}
			List<Domain> domains = new ArrayList<>();
			boolean placed = false;
			for (Domain d : t.domains()) {
				if (d.name().equals(domain)) {
					List<Subdomain> subdomains = new ArrayList<>(d.subdomains());
					subdomains.add(subdomain);
					domains.add(new Domain(d.name(), subdomains));
					placed = true;
				} else {
					domains.add(d);
				}
			}
			if (!placed) {
				domains.add(new Domain(domain, List.of(subdomain)));
			}
			tables.add(new ScoredTable(t.id(), t.part(), t.sector(), domains, t.unweightedRows()));
		}
		return new RevisionModel(m.standardCode(), m.revisionId(), m.revisionLabel(), m.status(), m.levels(), m.scale(), tables, m.tailoring(), m.determination(),
				m.composite(), m.rules(), m.stage());
	}

	/**
	 * The sensitivity's variant: subdomain {@code subdomainId} weighs {@code plus} more and every other subdomain of its
	 * table is scaled by (W − w − plus) / (W − w), W the table's sum and w the subdomain's weight, so that W is kept.
	 */
	public static RevisionModel rebalanced(RevisionModel m, String subdomainId, Rational plus) {
		ScoredTable table = m.tables().stream().filter(t -> t.subdomains().anyMatch(s -> s.id().equals(subdomainId))).findFirst().orElseThrow();
		Rational w = table.subdomains().filter(s -> s.id().equals(subdomainId)).findFirst().orElseThrow().weight();
		Rational rest = table.weight().subtract(w);
		Rational factor = rest.isZero() ? Rational.ONE : rest.subtract(plus).divide(rest);
		RevisionModel edited = m;
		for (Subdomain s : table.subdomains().toList()) {
			edited = withWeight(edited, s.id(), s.id().equals(subdomainId) ? w.add(plus) : s.weight().multiply(factor));
		}
		return edited;
	}

	/**
	 * {@code edited} with every table whose sum the edit changed scaled back to its sum in {@code original}: the table's
	 * subdomains other than {@code fixed} (the one the edit set; null for none) are multiplied by one factor. Scoring
	 * refuses a model whose weights do not add up to 100 %, so a change applied alone keeps the sums this way.
	 */
	public static RevisionModel keepingSums(RevisionModel original, RevisionModel edited, String fixed) {
		RevisionModel result = edited;
		for (ScoredTable t : edited.tables()) {
			ScoredTable before = original.tables().stream().filter(o -> o.id().equals(t.id())).findFirst().orElse(null);
			if (before == null || before.weight().equals(t.weight())) {
				continue;
			}
			Rational fixedWeight = t.subdomains().filter(s -> s.id().equals(fixed)).map(Subdomain::weight).findFirst().orElse(Rational.ZERO);
			Rational rest = t.weight().subtract(fixedWeight);
			if (rest.isZero()) {
				continue;
			}
			Rational factor = before.weight().subtract(fixedWeight).divide(rest);
			for (Subdomain s : t.subdomains().toList()) {
				if (!s.id().equals(fixed)) {
					result = withWeight(result, s.id(), s.weight().multiply(factor));
				}
			}
		}
		return result;
	}
}
