package com.maturityworkbench.ui.views.weights;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Issue;

import com.maturityworkbench.dsl.analysis.WeightTableOverview.Domain;
import com.maturityworkbench.dsl.analysis.WeightTableOverview.Row;
import com.maturityworkbench.dsl.analysis.WeightTableOverview.Table;
import com.maturityworkbench.ui.revision.RevisionSnapshot;
import com.maturityworkbench.ui.revision.RevisionSnapshot.SnapshotFile;

/**
 * The lines of one weight table as the view lists them, printed-table order (each domain's rows, then its subtotal;
 * the table's sum last), each with the findings of the snapshot that lie on it: those inside a row belong to the
 * row, the table's other findings (its sum, its part) to the sum line.
 */
final class WeightLines {
	private WeightLines() {
	}

	static List<WeightLine> of(Table table, RevisionSnapshot snapshot) {
		List<Issue> issues = issuesOf(table, snapshot);
		List<Issue> rest = new ArrayList<>(issues);
		List<WeightLine> lines = new ArrayList<>();
		for (Domain domain : table.domains()) {
			boolean first = true;
			for (Row row : domain.rows()) {
				List<Issue> own = issues.stream().filter(i -> i.getOffset() != null && row.row() != null && row.row().contains(i.getOffset())).toList();
				rest.removeAll(own);
				lines.add(new WeightLine.Subdomain(table, row, first, own));
				first = false;
			}
			lines.add(new WeightLine.Subtotal(table, domain));
		}
		lines.add(new WeightLine.Sum(table, List.copyOf(rest)));
		return lines;
	}

	/** The issues of the table's file that lie in the table. */
	private static List<Issue> issuesOf(Table table, RevisionSnapshot snapshot) {
		if (table.whole() == null || table.whole().file() == null) {
			return List.of();
		}
		Path file = Path.of(table.whole().file()).toAbsolutePath().normalize();
		return snapshot.file(file).map(SnapshotFile::issues).orElse(List.of()).stream()
				.filter(i -> i.getOffset() != null && table.whole().contains(i.getOffset())).toList();
	}
}
