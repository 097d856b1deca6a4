package com.maturityworkbench.generator;

import java.util.List;

/**
 * The weight and requirement tables read from a Word document ({@link DocxImport}), as the language declares them;
 * {@link DslTables} writes them as revision files.
 */
public record ImportedTables(String standard, List<Weights> weights, List<Requirements> requirements) {
	public record Weights(String id, String title, String part, String sector, List<WeightDomain> domains) {
	}

	public record WeightDomain(String name, List<Weighted> subdomains) {
	}

	/** @param weight as the language writes it: 3% */
	public record Weighted(String name, String weight) {
	}

	public record Requirements(String id, String title, String part, String sector, List<String> levels, List<Domain> domains) {
		public int clauseCount() {
			return domains.stream().flatMap(d -> d.rows().stream()).flatMap(r -> r.cells().stream()).mapToInt(c -> c.clauses().size()).sum();
		}
	}

	public record Domain(String name, List<Row> rows) {
	}

	public record Row(String name, List<Cell> cells) {
	}

	/** @param empty marked empty (with {@code reason}); a level with nothing in it is not listed at all */
	public record Cell(String level, boolean empty, String reason, String leadIn, List<Note> notes, List<Clause> clauses) {
	}

	public record Clause(String label, String topic, String text, List<String> continuations, List<Note> notes) {
	}

	/** @param example true for 示例, false for 注 */
	public record Note(boolean example, String text) {
	}
}
