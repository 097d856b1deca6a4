package com.maturityworkbench.ui.views.weights;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.maturityworkbench.dsl.analysis.WeightTableOverview.Domain;
import com.maturityworkbench.dsl.analysis.WeightTableOverview.Location;
import com.maturityworkbench.dsl.analysis.WeightTableOverview.Row;
import com.maturityworkbench.dsl.analysis.WeightTableOverview.Table;

/**
 * One line of a weight table in the view: a subdomain with its weight, a domain's subtotal, or the table's sum against
 * its part's target; with the findings of the checker that lie on it (a row's own; the table's, such as its sum, on
 * the sum line).
 */
public sealed interface WeightLine {
	Table table();

	List<Issue> findings();

	/** Where the line is written: the row, or the table's name for its subtotals and sum. */
	Location location();

	/** The gravest severity of its findings; null when it has none. */
	default Severity severity() {
		Severity worst = null;
		for (Issue issue : findings()) {
			if (worst == null || issue.getSeverity().ordinal() < worst.ordinal()) {
				worst = issue.getSeverity();
			}
		}
		return worst;
	}

	/** A subdomain row; {@code firstOfDomain} when the domain's name is printed beside it. */
	record Subdomain(Table table, Row row, boolean firstOfDomain, List<Issue> findings) implements WeightLine {
		@Override
		public Location location() {
			return row.row();
		}
	}

	/** The sum of one domain's weights. */
	record Subtotal(Table table, Domain domain) implements WeightLine {
		@Override
		public List<Issue> findings() {
			return List.of();
		}

		@Override
		public Location location() {
			return table.header();
		}
	}

	/** The table's sum and its part's target, with the table's own findings. */
	record Sum(Table table, List<Issue> findings) implements WeightLine {
		@Override
		public Location location() {
			return table.header();
		}
	}
}
