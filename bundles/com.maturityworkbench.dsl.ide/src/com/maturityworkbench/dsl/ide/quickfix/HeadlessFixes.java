package com.maturityworkbench.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.maturityworkbench.dsl.analysis.CheckedFile;
import com.maturityworkbench.dsl.analysis.RevisionChecker;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.validation.IssueCodes;
import com.maturityworkbench.dsl.workspace.RevisionWorkspace;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;

/**
 * The quick fixes made without an editor ({@code mwb fix}): only those whose result is unambiguous — a finding for
 * which exactly one fix is offered, which repairs the text rather than decides its content — and only within the file
 * of the finding. Three fixes are one on offer but a drafting decision, made only when their code is asked for: marking
 * an empty cell as intended ({@code coverage.empty-cell}), taking the weight table's spelling of a name
 * ({@code coverage.name-drift}: which side is right?), deleting a drafting note ({@code naming.drafting-note}). The revision is checked, every such fix
 * of every file is worked out on that snapshot, the ones that do not touch each other are made together, and the
 * revision is checked again, until no more applies (a fix may reveal the next one, e.g. labels once a cell is
 * renumbered) or {@value #MAX_ROUNDS} rounds have passed. Nothing is written: the result is each file's text before
 * and after.
 */
public class HeadlessFixes {
	static final int MAX_ROUNDS = 10;

	/** Fixes that decide content: made only when asked for by code. */
	public static final Set<String> DECISIONS = Set.of(IssueCodes.EMPTY_CELL, IssueCodes.NAME_DRIFT, IssueCodes.DRAFTING_NOTE);

	/** One fix made: the finding's code, what the fix did, and the file. */
	public record Applied(String file, String code, String label) {
	}

	/** A file the fixes changed: its text before and after. */
	public record ChangedFile(SourceText before, String after) {
	}

	/** What the fixes did: the fixes in the order made, the files changed (in the order given), the texts after. */
	public record Outcome(List<Applied> applied, List<ChangedFile> changed, List<SourceText> sources) {
	}

	@Inject
	private QuickFixes quickFixes;

	@Inject
	private RevisionWorkspaceService workspaces;

	/**
	 * @param codes the codes of the findings to fix; when empty, every code that has a fix except the
	 *            {@link #DECISIONS}
	 */
	public Outcome fix(List<SourceText> sources, Set<String> codes) {
		Map<String, SourceText> original = new LinkedHashMap<>();
		sources.forEach(s -> original.put(s.absolutePath(), s));
		List<SourceText> current = new ArrayList<>(sources);
		List<Applied> applied = new ArrayList<>();
		for (int round = 0; round < MAX_ROUNDS; round++) {
			RevisionWorkspace workspace = workspaces.load(current);
			Map<String, String> edited = new LinkedHashMap<>();
			for (WorkspaceRevision group : workspace.groups()) {
				for (CheckedFile file : group.checkedFiles(CancelIndicator.NullImpl)) {
					String text = fixOne(file, codes, applied);
					if (text != null) {
						edited.put(file.source().absolutePath(), text);
					}
				}
			}
			if (edited.isEmpty()) {
				break;
			}
			current = current.stream().map(s -> edited.containsKey(s.absolutePath()) ? new SourceText(s.label(), s.absolutePath(), edited.get(s.absolutePath())) : s)
					.toList();
		}
		List<ChangedFile> changed = new ArrayList<>();
		for (SourceText s : current) {
			SourceText before = original.get(s.absolutePath());
			if (!before.text().equals(s.text())) {
				changed.add(new ChangedFile(before, s.text()));
			}
		}
		return new Outcome(applied, changed, current);
	}

	/** The file's text with this round's unambiguous fixes made, or null when none applies. */
	private String fixOne(CheckedFile file, Set<String> codes, List<Applied> applied) {
		String text = file.source().text();
		List<TextChange> chosen = new ArrayList<>();
		for (Issue issue : file.issues()) {
			String code = RevisionChecker.codeOf(issue);
			if ((codes.isEmpty() ? DECISIONS.contains(code) : !codes.contains(code)) || !quickFixes.handles(code)) {
				continue;
			}
			List<Resolution> offered = quickFixes.resolutions(file.file().resource(), text, issue);
			if (offered.size() != 1) {
				continue; // a choice for the drafter
			}
			List<TextChange> changes;
			try {
				changes = offered.get(0).changes();
			} catch (IllegalStateException otherFileOrSnippet) {
				continue;
			}
			if (changes.isEmpty() || changes.stream().anyMatch(c -> chosen.stream().anyMatch(o -> touch(c, o)))) {
				continue; // next round, on the text with the others made
			}
			chosen.addAll(changes);
			applied.add(new Applied(file.source().label(), code, offered.get(0).label()));
		}
		return chosen.isEmpty() ? null : TextChange.apply(text, chosen);
	}

	/** Whether two changes overlap or insert at the same place (their order would matter). */
	private static boolean touch(TextChange a, TextChange b) {
		return a.offset() < b.end() && b.offset() < a.end() || a.offset() == b.offset();
	}
}
