package com.maturityworkbench.ui.views.simulation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.maturityworkbench.assessment.WrittenAssessment.ClauseText;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.semantics.ClauseTexts;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.revision.RevisionSnapshot;

/**
 * The revision a simulation scores: the scoring model the revision workspace service gives for the revision of the
 * files in a snapshot (unsaved texts included), its engine, and the text of every clause as printed (for the tree and
 * the plan; the scoring model holds ids only). A revision that may not be scored has no model, and says why.
 */
public record SimulatedRevision(Path folder, Map<Path, String> texts, RevisionModel model, ScoringEngine engine, Map<String, ClauseText> clauses,
		String refusal) {

	public boolean usable() {
		return model != null;
	}

	public Optional<ClauseText> clause(String id) {
		return Optional.ofNullable(clauses.get(id));
	}

	/** Loads the revision of the snapshot's files through the workspace service (off the UI thread: parse and check). */
	static SimulatedRevision of(RevisionWorkspaceService service, RevisionSnapshot snapshot) {
		Map<Path, String> texts = texts(snapshot);
		List<SourceText> sources = snapshot.files().stream()
				.map(f -> new SourceText(f.path().getFileName().toString(), f.path().toString(), f.text())).toList();
		List<WorkspaceRevision> revisions = service.load(sources).revisions();
		if (revisions.isEmpty()) {
			return new SimulatedRevision(snapshot.folder(), texts, null, null, Map.of(), UiTexts.text("simulation.no-revision", snapshot.folder()));
		}
		WorkspaceRevision revision = revisions.get(0);
		try {
			RevisionModel model = revision.scoringModel();
			return new SimulatedRevision(snapshot.folder(), texts, model, new ScoringEngine(model), clauses(revision), null);
		} catch (RevisionRefusedException e) {
			return new SimulatedRevision(snapshot.folder(), texts, null, null, Map.of(), e.getMessage());
		}
	}

	static Map<Path, String> texts(RevisionSnapshot snapshot) {
		Map<Path, String> texts = new HashMap<>();
		snapshot.files().forEach(f -> texts.put(f.path(), f.text()));
		return texts;
	}

	/** Every clause of the requirement tables by its assessment id: label and the text as printed (topic first). */
	private static Map<String, ClauseText> clauses(WorkspaceRevision revision) {
		Map<String, ClauseText> clauses = new HashMap<>();
		for (RequirementTable t : revision.revision().requirementTables()) {
			for (RequirementDomain d : t.getDomains()) {
				for (RequirementRow r : d.getRows()) {
					for (Cell c : r.getCells()) {
						if (c.getLevel() == null || c.getLevel().eIsProxy()) {
							continue;
						}
						for (Clause cl : c.getClauses()) {
							String text = ClauseTexts.full(cl);
							clauses.put(ScoringModelBuilder.clauseId(cl), new ClauseText(cl.getLabel(), cl.getTopic() == null ? text : cl.getTopic() + "。" + text));
						}
					}
				}
			}
		}
		return Map.copyOf(clauses);
	}
}
