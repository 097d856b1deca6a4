package com.maturityworkbench.scoring.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables an enterprise of one sector is assessed on — the common table followed by the sector's table —
 * with lookups by subdomain id and clause id. Independent of tailoring. Immutable.
 *
 * <p>{@link #clauseOrder()} fixes the clause order used by the compiled scorer: table, domain, subdomain,
 * level, clause as printed — every clause of every weighted subdomain (tailored or not); clauses of
 * unweighted rows are not part of it.
 */
public final class SectorModel {
	private final RevisionModel model;
	private final String sector;
	private final List<ScoredTable> tables;
	private final List<SubdomainRef> subdomains;
	private final Map<String, SubdomainRef> subdomainsById;
	private final Map<String, ClauseRef> clauses;
	private final List<String> clauseOrder;

	private SectorModel(RevisionModel model, String sector) {
		this.model = model;
		this.sector = sector;
		ScoredTable sectorTable = model.sectorTable(sector).orElseThrow(() -> new IllegalArgumentException("unknown sector " + sector));
		this.tables = List.of(model.commonTable(), sectorTable);
		List<SubdomainRef> refs = new ArrayList<>();
		Map<String, SubdomainRef> byId = new LinkedHashMap<>();
		Map<String, ClauseRef> clauseMap = new LinkedHashMap<>();
		List<String> order = new ArrayList<>();
		for (ScoredTable t : tables) {
			for (Domain d : t.domains()) {
				for (Subdomain s : d.subdomains()) {
					SubdomainRef ref = new SubdomainRef(refs.size(), t, d, s);
					refs.add(ref);
					byId.put(s.id(), ref);
					for (int level = 0; level < s.cells().size(); level++) {
						for (String clauseId : s.cell(level).clauseIds()) {
							clauseMap.put(clauseId, new ClauseRef(clauseId, ref, null, level, order.size()));
							order.add(clauseId);
						}
					}
				}
			}
			for (UnweightedRow r : t.unweightedRows()) {
				for (String clauseId : r.clauseIds()) {
					clauseMap.put(clauseId, new ClauseRef(clauseId, null, r, -1, -1));
				}
			}
		}
		this.subdomains = Collections.unmodifiableList(refs);
		this.subdomainsById = Collections.unmodifiableMap(byId);
		this.clauses = Collections.unmodifiableMap(clauseMap);
		this.clauseOrder = Collections.unmodifiableList(order);
	}

	/** @throws IllegalArgumentException when the revision has no table for {@code sector} */
	public static SectorModel of(RevisionModel model, String sector) {
		return new SectorModel(model, sector);
	}

	public RevisionModel model() {
		return model;
	}

	public String sector() {
		return sector;
	}

	/** The common table and the sector's table, in that order. */
	public List<ScoredTable> tables() {
		return tables;
	}

	/** Weighted subdomains in table order (common table first). */
	public List<SubdomainRef> subdomains() {
		return subdomains;
	}

	public Optional<SubdomainRef> subdomain(String id) {
		return Optional.ofNullable(subdomainsById.get(id));
	}

	public Optional<ClauseRef> clause(String clauseId) {
		return Optional.ofNullable(clauses.get(clauseId));
	}

	/** All clause ids of weighted subdomains in table order; the compiled scorer's rating order. */
	public List<String> clauseOrder() {
		return clauseOrder;
	}
}
