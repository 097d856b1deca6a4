package com.maturityworkbench.ui.compare;

import java.nio.file.Path;
import java.util.Map;

import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.generate.RevisionGeneration;

/**
 * Two revisions of one standard loaded side by side through the workspace service, as {@code mwb diff} and
 * {@code mwb simulate} load them: OLD is the open revision (with the unsaved texts of its editors), NEW the folder the
 * drafter chose; both must be usable.
 */
public record RevisionPair(WorkspaceRevision old, WorkspaceRevision nu) {
	/** Why a pair could not be loaded, in the current language. */
	public static final class Unusable extends Exception {
		private static final long serialVersionUID = 1L;

		Unusable(String message) {
			super(message);
		}
	}

	public static RevisionPair load(Path oldFolder, Map<Path, String> unsaved, Path newFolder) throws Unusable {
		return new RevisionPair(usable(oldFolder, unsaved), usable(newFolder, Map.of()));
	}

	private static WorkspaceRevision usable(Path folder, Map<Path, String> unsaved) throws Unusable {
		try {
			WorkspaceRevision revision = RevisionGeneration.load(folder, unsaved);
			revision.requireUsable();
			return revision;
		} catch (RevisionRefusedException e) {
			throw new Unusable(UiTexts.text("compare.refused", folder, e.getMessage(), RevisionGeneration.errors(e.errors())));
		} catch (UnusableInputException e) {
			throw new Unusable(UiTexts.text("compare.unusable", folder, e.getMessage()));
		}
	}
}
