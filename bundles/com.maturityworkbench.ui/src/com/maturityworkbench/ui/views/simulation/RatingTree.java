package com.maturityworkbench.ui.views.simulation;

import java.util.ArrayList;
import java.util.List;

import com.maturityworkbench.scoring.model.Cell;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.ui.UiTexts;

/**
 * The tree the clauses are rated in: domain (of its table) → subdomain → level cell → clause, from the sector's
 * effective model. Every node knows the clauses under it, so that rating a node rates them all.
 */
final class RatingTree {
	enum Kind {
		DOMAIN, SUBDOMAIN, CELL, CLAUSE
	}

	/** A node; {@code level} is the 0-based level of a cell or clause (-1 above), {@code subdomain} null for a domain. */
	record Node(Kind kind, String label, SubdomainRef subdomain, int level, String clauseId, List<String> clauseIds, List<Node> children) {
		/**
		 * Nodes are equal by their place (kind, subdomain, level, clause, label), not by their subtrees: the viewer
		 * compares and hashes elements on every refresh, and a tree built again for a new revision keeps what was
		 * expanded.
		 */
		@Override
		public boolean equals(Object o) {
			return o instanceof Node n && kind == n.kind && level == n.level && java.util.Objects.equals(subdomainId(), n.subdomainId())
					&& java.util.Objects.equals(clauseId, n.clauseId) && label.equals(n.label);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(kind, level, subdomainId(), clauseId, label);
		}

		private String subdomainId() {
			return subdomain == null ? null : subdomain.id();
		}
	}

	private RatingTree() {
	}

	static List<Node> of(SectorModel sm) {
		List<Node> domains = new ArrayList<>();
		for (ScoredTable table : sm.tables()) {
			for (Domain d : table.domains()) {
				List<Node> subdomains = new ArrayList<>();
				List<String> domainClauses = new ArrayList<>();
				for (SubdomainRef s : sm.subdomains()) {
					if (s.table() != table || s.domain() != d) {
						continue;
					}
					List<Node> cells = new ArrayList<>();
					List<String> subdomainClauses = new ArrayList<>();
					for (int level = 0; level < s.subdomain().cells().size(); level++) {
						Cell cell = s.subdomain().cell(level);
						List<Node> clauses = new ArrayList<>();
						for (String id : cell.clauseIds()) {
							clauses.add(new Node(Kind.CLAUSE, id, s, level, id, List.of(id), List.of()));
						}
						String name = sm.model().levels().get(level);
						cells.add(new Node(Kind.CELL, cell.isEmpty() ? UiTexts.text("simulation.cell.empty", name) : name, s, level, null, cell.clauseIds(),
								clauses));
						subdomainClauses.addAll(cell.clauseIds());
					}
					subdomains.add(new Node(Kind.SUBDOMAIN, s.subdomain().name(), s, -1, null, List.copyOf(subdomainClauses), cells));
					domainClauses.addAll(subdomainClauses);
				}
				domains.add(new Node(Kind.DOMAIN, UiTexts.text("simulation.domain", d.name(), table.id()), null, -1, null, List.copyOf(domainClauses),
						subdomains));
			}
		}
		return domains;
	}

	/** The clauses under the nodes, at one level (0-based) or at every level (-1), without repeats, in tree order. */
	static List<String> clauses(List<Node> nodes, int levelIndex, SectorModel sm) {
		java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
		for (Node n : nodes) {
			for (String id : n.clauseIds()) {
				if (levelIndex < 0 || sm.clause(id).map(c -> c.levelIndex() == levelIndex).orElse(false)) {
					ids.add(id);
				}
			}
		}
		return List.copyOf(ids);
	}
}
