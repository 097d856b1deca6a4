package com.maturityworkbench.scoring.model;

import com.maturityworkbench.scoring.Rational;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A weight table of the model together with its requirements: the common table (表1 with 表5) or one sector
 * table (e.g. 表3 with 表7).
 *
 * @param id e.g. "表3"
 * @param sector the sector name (e.g. "冶炼") for a sector table, null for the common table
 * @param unweightedRows requirement rows without a weight (not scored)
 */
public record ScoredTable(String id, TablePart part, String sector, List<Domain> domains, List<UnweightedRow> unweightedRows) {
	public ScoredTable {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(part, "part");
		domains = List.copyOf(Objects.requireNonNull(domains, "domains"));
		unweightedRows = List.copyOf(Objects.requireNonNull(unweightedRows, "unweightedRows"));
		if ((part == TablePart.SECTOR) != (sector != null)) {
			throw new IllegalArgumentException("table " + id + ": a sector table names its sector, the common table none");
		}
		if (domains.isEmpty()) {
			throw new IllegalArgumentException("table " + id + " has no domain");
		}
	}

	public ScoredTable(String id, TablePart part, String sector, List<Domain> domains) {
		this(id, part, sector, domains, List.of());
	}

	/** W(table): sum of all subdomain weights. */
	public Rational weight() {
		return domains.stream().map(Domain::weight).reduce(Rational.ZERO, Rational::add);
	}

	public Stream<Subdomain> subdomains() {
		return domains.stream().flatMap(d -> d.subdomains().stream());
	}
}
