package com.maturityworkbench.ui.views.findings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.semantics.Tables;
import com.maturityworkbench.dsl.validation.IssueCodes;
import com.maturityworkbench.ui.revision.Findings;
import com.maturityworkbench.ui.revision.RevisionSnapshot;
import com.maturityworkbench.ui.revision.RevisionSnapshot.SnapshotFile;

/**
 * One finding of a revision's check as the findings view lists it: the issue the editor's annotation shows (the same
 * snapshot), its code and category as {@code mwb validate} prints them, the table it lies in as messages name it
 * ({@code 表1（基础共性）}; null outside the tables), and its line and column (1-based, the column in characters, as
 * the command line counts).
 */
public record FindingEntry(Path file, Issue issue, String code, String category, String table, int line, int column) {

	public Severity severity() {
		return issue.getSeverity();
	}

	public String message() {
		return Findings.text(issue);
	}

	/** {@code weights.maturity:12:5} */
	public String location() {
		return file.getFileName() + ":" + line + ":" + column;
	}

	/** Every finding of a snapshot, file by file in the snapshot's order, each file's in the checker's order. */
	public static List<FindingEntry> of(RevisionSnapshot snapshot) {
		List<FindingEntry> entries = new ArrayList<>();
		if (snapshot == null) {
			return entries;
		}
		for (SnapshotFile file : snapshot.files()) {
			int[] lineStarts = lineStarts(file.text());
			for (Issue issue : file.issues()) {
				String code = Findings.code(issue);
				int offset = issue.getOffset() == null ? 0 : Math.max(0, Math.min(issue.getOffset(), file.text().length()));
				int index = Arrays.binarySearch(lineStarts, offset);
				int line = index >= 0 ? index : -index - 2;
				entries.add(new FindingEntry(file.path(), issue, code, IssueCodes.category(code), table(file, issue), line + 1,
						file.text().codePointCount(lineStarts[line], offset) + 1));
			}
		}
		return entries;
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
			starts.add(i + 1);
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	private static String table(SnapshotFile file, Issue issue) {
		if (issue.getUriToProblem() == null || issue.getUriToProblem().fragment() == null) {
			return null;
		}
		EObject problem = file.resource().getEObject(issue.getUriToProblem().fragment());
		if (problem == null) {
			return null;
		}
		WeightTable weights = EcoreUtil2.getContainerOfType(problem, WeightTable.class);
		if (weights != null) {
			return Tables.describe(weights);
		}
		RequirementTable requirements = EcoreUtil2.getContainerOfType(problem, RequirementTable.class);
		return requirements == null ? null : Tables.describe(requirements);
	}
}
