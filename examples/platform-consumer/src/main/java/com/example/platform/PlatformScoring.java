package com.example.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.report.AssessmentScoring;
import com.maturityworkbench.assessment.report.ClauseTextsResource;
import com.maturityworkbench.assessment.report.ResultJson;
import com.maturityworkbench.assessment.report.ScoreView;
import com.maturityworkbench.scoring.compiled.CompiledRevision;
import com.maturityworkbench.scoring.compiled.RevisionScorer;
import com.maturityworkbench.scoring.model.RevisionModel;

/** How a platform scores an uploaded assessment file (JSON, CSV or XLSX) with the revision on its class path. */
public final class PlatformScoring {
	private final RevisionScorer scorer;
	private final Function<String, String> texts;

	public PlatformScoring() {
		List<CompiledRevision> installed = CompiledRevision.installed(PlatformScoring.class.getClassLoader());
		if (installed.isEmpty()) {
			throw new IllegalStateException("no revision on the class path: add the revision's -model.jar");
		}
		this.scorer = RevisionScorer.of(installed.get(0));
		this.texts = ClauseTextsResource.of(installed.get(0));
	}

	public RevisionModel revision() {
		return scorer.model();
	}

	/** The scored assessment as the report views show it (both readings of progressive, the revision's applied). */
	public ScoreView score(Path file) throws AssessmentInputException {
		AssessmentMapper.Revisions revisions = AssessmentMapper.Revisions.of(scorer.model());
		AssessmentFiles.Input input = AssessmentFiles.read(file, file.toString(), revisions);
		return AssessmentScoring.score(scorer.engine(), input, null, texts);
	}

	/** The result in the one result format (what mwb score --format json prints). */
	public String scoreAsJson(Path file) throws AssessmentInputException {
		return ResultJson.render(score(file));
	}

	public static void main(String[] args) throws Exception {
		System.out.print(new PlatformScoring().scoreAsJson(Path.of(args[0])));
	}
}
