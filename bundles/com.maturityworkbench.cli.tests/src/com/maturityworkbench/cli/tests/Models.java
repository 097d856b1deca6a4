package com.maturityworkbench.cli.tests;

import java.nio.file.Path;
import java.util.List;

import com.maturityworkbench.cli.InputProblem;
import com.maturityworkbench.cli.Workspace;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.scoring.model.RevisionModel;

/** A revision loaded the way the command line loads it: its EMF view (clause texts) and its scoring description. */
record Models(Revision revision, RevisionModel model) {
	static final String SHIPPED = "dsl-examples/ys-t-digital-maturity-draft";

	static Models load(Path folder) {
		try {
			LoadedRevision loaded = Workspace.load(Workspace.read(List.of(folder.toString())));
			Revision revision = Workspace.revisions(loaded).get(0);
			return new Models(revision, ScoringModelBuilder.build(revision));
		} catch (InputProblem e) {
			throw new IllegalStateException(e);
		}
	}

	static Path repo() {
		return Path.of(System.getProperty("mwb.repo.root", "../..")).toAbsolutePath().normalize();
	}

	static Path shipped() {
		return repo().resolve(SHIPPED);
	}
}
