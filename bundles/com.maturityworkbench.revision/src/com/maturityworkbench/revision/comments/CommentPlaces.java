package com.maturityworkbench.revision.comments;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import com.maturityworkbench.dsl.analysis.WeightTableOverview.Location;
import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.revision.comments.CommentRound.ResolvedComment;
import com.maturityworkbench.revision.compare.RevisionOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.SubdomainOutline;

/**
 * Where in the revision's files the comments of a round point, and which comments point to a place of a file: each
 * resolved comment's target ({@link CommentTarget}) is found as the element that declares it — the weight or
 * requirement table, the weight row or the requirement row (the row the weight's subdomain is scored by, as
 * {@link RevisionOutline} joins them, drifted names included), the cell, the clause (by its assessment id), or for a
 * chapter the rules that state it ({@link RuleChapters#declarations}). Regions are those of the revision's parsed
 * files (UTF-16 offsets, as editors count).
 */
public final class CommentPlaces {
	/** Where a comment points: the region to show (a name, a level, a clause) and the regions of what it is about. */
	public record Place(Location shown, List<Location> regions) {
		boolean holds(String file, int offset) {
			return regions.stream().anyMatch(r -> Objects.equals(r.file(), file) && r.contains(offset));
		}
	}

	private final Map<Comment, Place> places;
	private final List<Comment> order;

	private CommentPlaces(Map<Comment, Place> places, List<Comment> order) {
		this.places = places;
		this.order = order;
	}

	/** @param revision the revision commented on, as the round was resolved in it */
	public static CommentPlaces of(Revision revision, CommentRound round) {
		RevisionOutline outline = RevisionOutline.of(revision);
		Map<Comment, Place> places = new IdentityHashMap<>();
		List<Comment> order = new ArrayList<>();
		for (ResolvedComment c : round.comments()) {
			order.add(c.comment());
			if (c.target() != null) {
				place(revision, outline, c.target()).ifPresent(p -> places.put(c.comment(), p));
			}
		}
		return new CommentPlaces(places, List.copyOf(order));
	}

	/** Where the comment points; empty when its reference resolves to nothing (or what it names is in no file). */
	public Optional<Place> of(Comment comment) {
		return Optional.ofNullable(places.get(comment));
	}

	/**
	 * The comments on what the offset of a file is in, in the round's order: on the clause there, its cell, its row,
	 * its table, or the rules declared there.
	 */
	public List<Comment> at(String file, int offset) {
		return order.stream().filter(c -> places.containsKey(c) && places.get(c).holds(file, offset)).toList();
	}

	private static Optional<Place> place(Revision revision, RevisionOutline outline, CommentTarget target) {
		if (target.kind() == CommentTarget.Kind.CHAPTER) {
			List<Location> regions = RuleChapters.declarations(target.chapter(), revision).stream().map(Location::of).filter(Objects::nonNull).toList();
			return regions.isEmpty() ? Optional.empty()
					: Optional.of(new Place(new Location(regions.get(0).file(), regions.get(0).offset(), 0), regions));
		}
		WeightTable weights = revision.weightTables().stream().filter(t -> target.table().equals(t.getName())).findFirst().orElse(null);
		if (weights != null) {
			return weightPlace(weights, target);
		}
		RequirementTable requirements = revision.requirementTables().stream().filter(t -> target.table().equals(t.getName())).findFirst()
				.orElse(null);
		if (requirements == null) {
			return Optional.empty();
		}
		if (target.kind() == CommentTarget.Kind.TABLE) {
			return place(Location.of(requirements, Literals.REQUIREMENT_TABLE__NAME), requirements);
		}
		RequirementRow row = row(requirements, outline, target);
		if (row == null) {
			return Optional.empty();
		}
		if (target.kind() == CommentTarget.Kind.ROW) {
			return place(Location.of(row, Literals.REQUIREMENT_ROW__NAME), row);
		}
		Cell cell = row.getCells().stream().filter(c -> c.getLevel() != null && target.level().equals(c.getLevel().getName())).findFirst().orElse(null);
		if (cell == null) {
			return Optional.empty();
		}
		if (target.kind() == CommentTarget.Kind.CELL) {
			return place(Location.of(cell, Literals.CELL__LEVEL), cell);
		}
		for (Clause clause : cell.getClauses()) {
			if (target.clauseId().equals(ScoringModelBuilder.clauseId(clause))) {
				return place(Location.of(clause), clause);
			}
		}
		return Optional.empty();
	}

	private static Optional<Place> weightPlace(WeightTable table, CommentTarget target) {
		if (target.kind() == CommentTarget.Kind.TABLE) {
			return place(Location.of(table, Literals.WEIGHT_TABLE__NAME), table);
		}
		for (WeightDomain d : table.getDomains()) {
			for (WeightedSubdomain s : d.getSubdomains()) {
				if (target.subdomain().equals(SubdomainNames.normalize(s.getName()))) {
					return place(Location.of(s, Literals.WEIGHTED_SUBDOMAIN__NAME), s);
				}
			}
		}
		return Optional.empty();
	}

	/** The requirement row of the target's subdomain: the row its outline joins to it (its own name, or a drifted one). */
	private static RequirementRow row(RequirementTable table, RevisionOutline outline, CommentTarget target) {
		RevisionOutline.TableGroup group = outline.group(target.group());
		SubdomainOutline subdomain = group == null ? null
				: group.subdomains().stream().filter(s -> s.rowName() != null && s.key().equals(target.subdomain())).findFirst().orElse(null);
		if (subdomain == null) {
			return null;
		}
		String rowKey = SubdomainNames.normalize(subdomain.rowName());
		for (RequirementDomain d : table.getDomains()) {
			for (RequirementRow r : d.getRows()) {
				if (rowKey.equals(SubdomainNames.normalize(r.getName()))) {
					return r;
				}
			}
		}
		return null;
	}

	private static Optional<Place> place(Location shown, EObject element) {
		Location whole = Location.of(element);
		return shown == null || whole == null ? Optional.empty() : Optional.of(new Place(shown, List.of(whole)));
	}
}
