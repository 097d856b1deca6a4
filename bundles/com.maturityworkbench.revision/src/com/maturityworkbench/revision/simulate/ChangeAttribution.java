package com.maturityworkbench.revision.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.revision.compare.ClauseMapping;
import com.maturityworkbench.revision.compare.ClauseMapping.ClausePlace;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.revision.compare.RevisionOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.SubdomainOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.TableGroup;
import com.maturityworkbench.revision.compare.SubdomainMatch;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.Cell;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.Subdomain;
import com.maturityworkbench.scoring.model.TablePart;

/**
 * The changes of a diff that scoring sees, each made alone to the old revision's scoring model ({@link ImpactChange}):
 * weights of matched subdomains, subdomains added or removed (with their clauses and weight), clauses added, removed
 * or moved between cells, and the rules (progressive, threshold and comparison, bands, the composite aggregation).
 * Rewritten or relabelled clauses keep their rating and change no score. What cannot be applied alone (a changed
 * scale or levels) is listed in {@link #unattributed()} and falls in the interaction remainder.
 */
public final class ChangeAttribution {
	private final RevisionModel old;
	private final RevisionModel nu;
	private final List<ImpactChange> changes = new ArrayList<>();
	private final List<String> unattributed = new ArrayList<>();
	private final Map<String, Subdomain> newToOld = new HashMap<>();
	private final Map<String, Place> oldPlaces;
	private final Map<String, Place> newPlaces;

	private record Place(ScoredTable table, String domain, Subdomain subdomain, int level) {
	}

	public ChangeAttribution(RevisionModel old, RevisionModel nu, RevisionOutline oldOutline, RevisionOutline newOutline, RevisionDiff diff) {
		this.old = old;
		this.nu = nu;
		this.oldPlaces = places(old);
		this.newPlaces = places(nu);
		List<String> added = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		for (SubdomainMatch m : diff.subdomains()) {
			Place o = m.old() == null ? null : find(old, oldOutline, m.old());
			Place n = m.nu() == null ? null : find(nu, newOutline, m.nu());
			if (o != null && n != null) {
				newToOld.put(n.subdomain().id(), o.subdomain());
				if (!o.subdomain().weight().equals(n.subdomain().weight())) {
					changes.add(new ImpactChange("weight", n.table().id() + " " + n.domain() + " / " + n.subdomain().name(), percent(o.subdomain().weight()),
							percent(n.subdomain().weight()), sectors(o.table()), ModelEdits.keepingSums(old, ModelEdits.withWeight(old, o.subdomain().id(), n.subdomain().weight()), o.subdomain().id())));
				}
			} else if (n != null && m.old() == null) {
				added.add(n.subdomain().id());
				addSubdomain(n);
			} else if (o != null && m.nu() == null) {
				removed.add(o.subdomain().id());
				changes.add(new ImpactChange("subdomain.removed", o.table().id() + " " + o.domain() + " / " + o.subdomain().name(),
						percent(o.subdomain().weight()), "", sectors(o.table()), ModelEdits.keepingSums(old, ModelEdits.editSubdomain(old, o.subdomain().id(), s -> null), null)));
			}
		}
		for (ClauseMapping c : diff.clauses().mappings()) {
			clause(c, added, removed);
		}
		rules();
	}

	/** The changes, in the diff's order: subdomains and weights, clauses, rules. */
	public List<ImpactChange> changes() {
		return changes;
	}

	/** The id in the new revision of every weighted subdomain of the old one that has a counterpart there. */
	public Map<String, String> oldToNewSubdomainIds() {
		Map<String, String> ids = new HashMap<>();
		newToOld.forEach((n, o) -> ids.put(o.id(), n));
		return ids;
	}

	/** The kinds of change that cannot be applied alone ({@code scale}, {@code levels}). */
	public List<String> unattributed() {
		return unattributed;
	}

	private void addSubdomain(Place n) {
		ScoredTable table = old.tables().stream().filter(t -> t.part() == n.table().part() && Objects.equals(t.sector(), n.table().sector())).findFirst()
				.orElse(null);
		if (table == null) {
			return;
		}
		List<Cell> cells = n.subdomain().cells().stream()
				.map(c -> c.isEmpty() ? c : Cell.of(c.clauseIds().stream().map(id -> ModelEdits.FOREIGN + id).toList())).toList();
		Subdomain brought = new Subdomain(ModelEdits.FOREIGN + n.subdomain().id(), n.subdomain().name(), n.subdomain().weight(), cells);
		changes.add(new ImpactChange("subdomain.added", n.table().id() + " " + n.domain() + " / " + n.subdomain().name(), "",
				percent(n.subdomain().weight()), sectors(table), ModelEdits.keepingSums(old, ModelEdits.addSubdomain(old, table.id(), n.domain(), brought), brought.id())));
	}

	private void clause(ClauseMapping c, List<String> added, List<String> removed) {
		Place o = c.old() == null ? null : oldPlaces.get(c.old().id());
		Place n = c.nu() == null ? null : newPlaces.get(c.nu().id());
		switch (c.status()) {
		case ADDED -> {
			if (n == null || added.contains(n.subdomain().id()) || !newToOld.containsKey(n.subdomain().id())) {
				return;
			}
			Subdomain target = newToOld.get(n.subdomain().id());
			changes.add(new ImpactChange("clause.added", subject(c.newPlace(), c.nu().label(), c.nu().id()), "", "",
					sectors(oldPlaceOf(target).table()),
					ModelEdits.editCell(old, target.id(), n.level(), ids -> add(ids, ModelEdits.FOREIGN + c.nu().id()))));
		}
		case REMOVED -> {
			if (o == null || removed.contains(o.subdomain().id())) {
				return;
			}
			changes.add(new ImpactChange("clause.removed", subject(c.oldPlace(), c.old().label(), c.old().id()), "", "", sectors(o.table()),
					ModelEdits.editCell(old, o.subdomain().id(), o.level(), ids -> remove(ids, c.old().id()))));
		}
		case MOVED -> {
			if (o == null || n == null || !newToOld.containsKey(n.subdomain().id())) {
				return;
			}
			Subdomain target = newToOld.get(n.subdomain().id());
			RevisionModel without = ModelEdits.editCell(old, o.subdomain().id(), o.level(), ids -> remove(ids, c.old().id()));
			RevisionModel moved = ModelEdits.editCell(without, target.id(), n.level(), ids -> add(ids, c.old().id()));
			changes.add(new ImpactChange("clause.moved", subject(c.oldPlace(), c.old().label(), c.old().id()),
					o.subdomain().name() + " " + old.levels().get(o.level()), target.name() + " " + old.levels().get(n.level()), null, moved));
		}
		default -> {
			// same rating carried: no score changes
		}
		}
	}

	private void rules() {
		DeterminationRule o = old.determination();
		DeterminationRule n = nu.determination();
		if (o.progressive() != n.progressive()) {
			changes.add(new ImpactChange("rule.progressive", "progressive", onOff(o.progressive()), onOff(n.progressive()), null,
					ModelEdits.withDetermination(old, o.withProgressive(n.progressive()))));
		}
		if (o.comparison() != n.comparison() || !o.threshold().equals(n.threshold())) {
			changes.add(new ImpactChange("rule.threshold", "threshold", o.comparison().name() + " " + o.threshold().toExactString(),
					n.comparison().name() + " " + n.threshold().toExactString(), null,
					ModelEdits.withDetermination(old, new DeterminationRule(n.comparison(), n.threshold(), o.progressive(), o.bands()))));
		}
		if (!o.bands().equals(n.bands())) {
			try {
				changes.add(new ImpactChange("rule.bands", "bands", String.valueOf(o.bands().size()), String.valueOf(n.bands().size()), null,
						ModelEdits.withDetermination(old, new DeterminationRule(o.comparison(), o.threshold(), o.progressive(), n.bands()))));
			} catch (IllegalArgumentException otherLevels) {
				unattributed.add("bands");
			}
		}
		if (old.composite().aggregation() != nu.composite().aggregation()) {
			changes.add(new ImpactChange("rule.composite", "composite", old.composite().aggregation().name(), nu.composite().aggregation().name(), null,
					ModelEdits.withComposite(old, nu.composite())));
		}
		List<Rational> oldScale = old.scale().values().stream().map(RatingValue::value).toList();
		List<Rational> newScale = nu.scale().values().stream().map(RatingValue::value).toList();
		if (!oldScale.equals(newScale)) {
			unattributed.add("scale");
		}
		if (!old.levels().equals(nu.levels())) {
			unattributed.add("levels");
		}
	}

	private Place oldPlaceOf(Subdomain s) {
		for (Place p : oldPlaces.values()) {
			if (p.subdomain().id().equals(s.id())) {
				return p;
			}
		}
		for (ScoredTable t : old.tables()) {
			if (t.subdomains().anyMatch(x -> x.id().equals(s.id()))) {
				return new Place(t, "", s, 0);
			}
		}
		throw new IllegalStateException("no subdomain " + s.id());
	}

	private static List<String> add(List<String> ids, String id) {
		ids.add(id);
		return ids;
	}

	private static List<String> remove(List<String> ids, String id) {
		ids.remove(id);
		return ids;
	}

	/** A clause as the requirement tables print it: table, subdomain, level and label (its id without a label). */
	private static String subject(ClausePlace p, String label, String id) {
		return p.table() + " " + p.subdomain() + " " + p.level() + " " + (label == null ? id : label);
	}

	private static Set<String> sectors(ScoredTable t) {
		return t.part() == TablePart.COMMON ? null : Set.of(t.sector());
	}

	private static String percent(Rational weight) {
		return weight.multiply(Rational.valueOf(100)).toExactString() + "%";
	}

	private static String onOff(boolean on) {
		return on ? "on" : "off";
	}

	/** The weighted subdomain of a model an outline's subdomain stands for, with its table and domain; null for a row without weight. */
	private static Place find(RevisionModel model, RevisionOutline outline, SubdomainOutline s) {
		TableGroup g = outline.group(s.group());
		if (g == null || g.weightTable() == null) {
			return null;
		}
		for (ScoredTable t : model.tables()) {
			if (!t.id().equals(g.weightTable())) {
				continue;
			}
			for (var d : t.domains()) {
				for (Subdomain sub : d.subdomains()) {
					if (SubdomainNames.normalize(sub.name()).equals(s.key())) {
						return new Place(t, d.name(), sub, 0);
					}
				}
			}
		}
		return null;
	}

	/** Where every clause of a weighted subdomain sits. */
	private static Map<String, Place> places(RevisionModel model) {
		Map<String, Place> places = new HashMap<>();
		for (ScoredTable t : model.tables()) {
			for (var d : t.domains()) {
				for (Subdomain s : d.subdomains()) {
					for (int level = 0; level < s.cells().size(); level++) {
						for (String id : s.cell(level).clauseIds()) {
							places.put(id, new Place(t, d.name(), s, level));
						}
					}
				}
			}
		}
		return places;
	}
}
