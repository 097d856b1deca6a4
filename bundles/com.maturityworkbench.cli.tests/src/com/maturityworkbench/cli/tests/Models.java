package com.maturityworkbench.cli.tests;

import java.nio.file.Path;

import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.scoring.model.RevisionModel;

/** A revision loaded the way the command line loads it: its EMF view (clause texts) and its scoring description. */
record Models(Revision revision, RevisionModel model) {
	static final String SHIPPED = "dsl-examples/ys-t-digital-maturity-draft";

	static Models load(Path folder) {
		try {
			WorkspaceRevision revision = ShippedDraft.injector().getInstance(RevisionWorkspaceService.class).openRevision(folder.toString());
			return new Models(revision.revision(), revision.scoringModel());
		} catch (UnusableInputException | RevisionRefusedException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	static Path repo() {
		return Path.of(System.getProperty("mwb.repo.root", "../..")).toAbsolutePath().normalize();
	}

	static Path shipped() {
		return repo().resolve(SHIPPED);
	}
}
