package com.maturityworkbench.ui.views;

import java.util.Optional;

import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.RevisionLocator;
import com.maturityworkbench.ui.LanguageServices;
import com.maturityworkbench.ui.revision.RevisionSnapshot;
import com.maturityworkbench.ui.revision.RevisionSnapshot.SnapshotFile;

/** The revision (the language's view of its content) that a snapshot's files form, found by the language. */
public final class SnapshotRevision {
	private SnapshotRevision() {
	}

	/** The revision of the snapshot's head file (else of its first parsed file); empty when nothing parsed. */
	public static Optional<Revision> of(RevisionSnapshot snapshot) {
		if (snapshot == null) {
			return Optional.empty();
		}
		Model any = null;
		for (SnapshotFile file : snapshot.files()) {
			if (!file.resource().getContents().isEmpty() && file.resource().getContents().get(0) instanceof Model model) {
				if (model.getStandard() != null) {
					any = model;
					break;
				}
				if (any == null) {
					any = model;
				}
			}
		}
		return any == null ? Optional.empty() : Optional.of(LanguageServices.get(RevisionLocator.class).revisionOf(any));
	}
}
