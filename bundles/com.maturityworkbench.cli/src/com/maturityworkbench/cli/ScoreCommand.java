package com.maturityworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.assessment.report.AssessmentScoring;
import com.maturityworkbench.assessment.report.HtmlReport;
import com.maturityworkbench.assessment.report.ResultJson;
import com.maturityworkbench.assessment.report.ScoreView;
import com.maturityworkbench.assessment.report.TextReport;
import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionChecker;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.scoring.assessment.AssessmentException;
import com.maturityworkbench.scoring.model.ModelException;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * {@code mwb score MODEL ASSESSMENT [--format text|json|html] [--progressive on|off]}: loads the revision, reads the
 * assessment (JSON single or composite, CSV, XLSX), scores it with the scoring engine under both readings of
 * {@code progressive} and prints the report of the reading applied (the revision's, or the one given). Unusable
 * input prints every issue located by file and row to stderr, nothing to stdout, and exits 2; a revision with
 * errors exits 1.
 */
final class ScoreCommand {
	/** At most this many issues are printed; the rest are counted. */
	static final int MAX_ISSUES = 100;
	private static final List<String> FORMATS = List.of("text", "json", "html");

	private final PrintStream out;
	private final PrintStream err;

	ScoreCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(Options options) throws InputProblem {
		if (options.paths().size() != 2) {
			throw new InputProblem("score needs the revision and one assessment: mwb score MODEL ASSESSMENT [--format text|json|html] [--progressive on|off]");
		}
		String format = options.values().getOrDefault("format", "text");
		if (!FORMATS.contains(format)) {
			throw new InputProblem("--format must be text, json or html, not '" + format + "'");
		}
		Boolean progressive = progressive(options.values().get("progressive"));
		String modelArg = options.paths().get(0);
		String assessmentArg = options.paths().get(1);
		String lower = modelArg.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".json") || lower.endsWith(".csv") || lower.endsWith(".xlsx")) {
			throw new InputProblem(modelArg + ": the first argument is the revision (a folder or *.maturity files), the second the assessment");
		}
		LoadedRevision loaded = Workspace.load(Workspace.read(List.of(modelArg)));
		List<Finding> errors = Workspace.injector().getInstance(RevisionChecker.class).check(loaded).stream()
				.filter(f -> f.severity() == Finding.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			errors.stream().limit(20).forEach(f -> err.println(f.toLine()));
			err.println("mwb: " + modelArg + " has " + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
					+ "; a revision with errors cannot score (see mwb validate " + modelArg + ")");
			return MwbCommand.FINDINGS;
		}
		Map<String, RevisionModel> models = new LinkedHashMap<>();
		for (Revision revision : Workspace.revisions(loaded)) {
			try {
				RevisionModel model = ScoringModelBuilder.build(revision);
				models.put(model.revisionId(), model);
			} catch (RuntimeException e) {
				err.println("mwb: revision " + revision.name() + " cannot be scored: " + e.getMessage());
				return MwbCommand.FINDINGS;
			}
		}
		if (models.isEmpty()) {
			throw new InputProblem(modelArg + ": holds no revision (no file with a 'standard' header)");
		}
		AssessmentMapper.Revisions revisions = new AssessmentMapper.Revisions() {
			@Override
			public Optional<RevisionModel> model(String revisionId) {
				return Optional.ofNullable(models.get(revisionId));
			}

			@Override
			public List<String> names() {
				return new ArrayList<>(models.keySet());
			}
		};
		AssessmentFiles.Input input;
		try {
			input = AssessmentFiles.read(Path.of(assessmentArg), assessmentArg, revisions);
		} catch (AssessmentInputException e) {
			report(e.issues(), assessmentArg);
			return MwbCommand.UNUSABLE;
		}
		ScoreView view;
		try {
			view = AssessmentScoring.score(input, progressive);
		} catch (ModelException e) {
			err.println("mwb: " + modelArg + ": " + e.getMessage());
			return MwbCommand.FINDINGS;
		} catch (AssessmentException e) {
			e.problems().stream().limit(MAX_ISSUES).forEach(p -> err.println(assessmentArg + ": " + p.message()));
			return MwbCommand.UNUSABLE;
		}
		out.print(switch (format) {
		case "json" -> ResultJson.render(view);
		case "html" -> HtmlReport.render(view);
		default -> TextReport.render(view);
		});
		out.flush();
		return MwbCommand.OK;
	}

	private static Boolean progressive(String value) throws InputProblem {
		if (value == null) {
			return null;
		}
		return switch (value) {
		case "on" -> Boolean.TRUE;
		case "off" -> Boolean.FALSE;
		default -> throw new InputProblem("--progressive must be on or off, not '" + value + "'");
		};
	}

	private void report(List<InputIssue> issues, String file) {
		issues.stream().limit(MAX_ISSUES).forEach(i -> err.println(i));
		if (issues.size() > MAX_ISSUES) {
			err.println("… and " + (issues.size() - MAX_ISSUES) + " more");
		}
		err.println("mwb: " + file + ": " + issues.size() + " problem" + (issues.size() == 1 ? "" : "s") + "; nothing scored");
	}
}
