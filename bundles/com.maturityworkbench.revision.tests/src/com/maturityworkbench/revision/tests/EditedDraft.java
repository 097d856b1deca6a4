package com.maturityworkbench.revision.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;

/**
 * The shipped draft, and a copy of it with a known list of edits, each replacing one exact piece of text of one file
 * (a piece that must occur exactly once there, or the fixture fails).
 */
final class EditedDraft {
	private final Map<String, List<String[]>> edits = new LinkedHashMap<>();
	private final List<String> left = new ArrayList<>();

	EditedDraft replace(String file, String old, String nu) {
		edits.computeIfAbsent(file, f -> new ArrayList<>()).add(new String[] { old, nu });
		return this;
	}

	/** The copy without this file (e.g. the worked examples, whose values a rule change would break). */
	EditedDraft without(String file) {
		left.add(file);
		return this;
	}

	static WorkspaceRevision original() throws IOException {
		return load(ShippedDraft.sources(text -> text));
	}

	WorkspaceRevision edited() throws IOException {
		List<SourceText> sources = new ArrayList<>();
		for (SourceText s : ShippedDraft.sources(text -> text)) {
			if (left.contains(s.label())) {
				continue;
			}
			String text = s.text();
			for (String[] edit : edits.getOrDefault(s.label(), List.of())) {
				int at = text.indexOf(edit[0]);
				if (at < 0 || text.indexOf(edit[0], at + 1) >= 0) {
					throw new IllegalStateException(s.label() + ": the edit's text must occur exactly once: " + edit[0]);
				}
				text = text.substring(0, at) + edit[1] + text.substring(at + edit[0].length());
			}
			sources.add(new SourceText(s.label(), s.absolutePath(), text));
		}
		return load(sources);
	}

	private static WorkspaceRevision load(List<SourceText> sources) {
		return ShippedDraft.injector().getInstance(RevisionWorkspaceService.class).load(sources).revisions().get(0);
	}
}
