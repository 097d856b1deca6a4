package com.maturityworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.AssessmentRows;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.assessment.report.AssessmentScoring;
import com.maturityworkbench.assessment.report.HtmlReport;
import com.maturityworkbench.assessment.report.PartialScoring;
import com.maturityworkbench.assessment.report.ResultJson;
import com.maturityworkbench.assessment.report.ScoreView;
import com.maturityworkbench.assessment.report.TextReport;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.maturity.WorkedExample;
import com.maturityworkbench.dsl.semantics.ClauseTexts;
import com.maturityworkbench.dsl.semantics.WorkedExamples;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.scoring.assessment.AssessmentException;
import com.maturityworkbench.scoring.model.ModelException;
import com.maturityworkbench.scoring.model.RevisionModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mwb score MODEL ASSESSMENT [--format text|json|html] [--progressive on|off]} (or {@code --example NAME} instead
 * of ASSESSMENT: one of the revision's worked examples): takes the revision MODEL names
 * (as {@code generate} does), refuses it when it is not usable (exit 1), reads the assessment (JSON single or
 * composite, CSV, XLSX), scores it with the scoring engine under both readings of {@code progressive} and prints the
 * report of the reading applied (the revision's, or the one given). Unusable input prints every issue located by
 * file and row to stderr, nothing to stdout, and exits 2.
 */
@Command(name = "score")
final class ScoreCommand implements MwbSubcommand {
	/** At most this many issues are printed; the rest are counted. */
	static final int MAX_ISSUES = 100;
	/** At most this many errors of a refused revision are printed; mwb validate lists them all. */
	static final int MAX_ERRORS = 20;

	@Mixin
	HelpOption help;

	@Option(names = "--format", paramLabel = "text|json|html", descriptionKey = "score.format")
	Choice.ReportFormat format = Choice.ReportFormat.TEXT;

	@Option(names = "--progressive", paramLabel = "on|off", descriptionKey = "score.progressive")
	Choice.OnOff progressive;

	@Option(names = "--partial", descriptionKey = "score.partial")
	boolean partial;

	@Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "model")
	String modelArg;

	@Option(names = "--example", paramLabel = "NAME", descriptionKey = "score.example")
	String exampleName;

	@Parameters(index = "1", paramLabel = "ASSESSMENT", arity = "0..1", descriptionKey = "score.assessment")
	String assessmentArg;

	/** What a scoring run gives: the view (or, with --partial, both bounds), or the exit code of a refused input. */
	record Scored(ExitCode refused, ScoreView view, PartialScoring.PartialView partial) {
	}

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		PrintStream out = context.out();
		Scored scored = score(context);
		if (scored.refused() != null) {
			return scored.refused();
		}
		if (scored.partial() != null) {
			PartialScoring.PartialView p = scored.partial();
			out.print(switch (format) {
			case JSON -> ResultJson.render(p);
			case HTML -> HtmlReport.render(p);
			case TEXT -> TextReport.render(p);
			});
		} else {
			ScoreView v = scored.view();
			out.print(switch (format) {
			case JSON -> ResultJson.render(v);
			case HTML -> HtmlReport.render(v);
			case TEXT -> TextReport.render(v);
			});
		}
		out.flush();
		return ExitCode.OK;
	}

	/**
	 * The one score pipeline of the command line ({@code mwb score}, {@code mwb report}): the revision loaded through
	 * the workspace service, the assessment read, scored by the runtime with the revision's clause texts; problems are
	 * printed and answered with the exit code.
	 */
	Scored score(CommandContext context) throws UnusableInputException {
		PrintStream err = context.err();
		if ((exampleName == null) == (assessmentArg == null)) {
			throw new UnusableInputException(CliMessages.M.text("score.assessment-or-example"));
		}
		String lower = modelArg.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".json") || lower.endsWith(".csv") || lower.endsWith(".xlsx")) {
			throw new UnusableInputException(CliMessages.M.text("score.model-first", modelArg));
		}
		List<SourceText> sources = RevisionFiles.readModel(modelArg); // before the language is set up: unusable files first
		WorkspaceRevision revision = context.workspaces().revisionOf(modelArg, sources);
		RevisionModel scoringModel;
		try {
			scoringModel = revision.scoringModel();
		} catch (RevisionRefusedException refused) {
			refused.errors().stream().limit(MAX_ERRORS).forEach(f -> err.println(f.toLine()));
			context.problem(CliMessages.M.text("refused.see-validate", refused.getMessage(), modelArg));
			return new Scored(ExitCode.ERRORS, null, null);
		}
		AssessmentMapper.Revisions revisions = AssessmentMapper.Revisions.of(scoringModel);
		AssessmentFiles.Input input;
		if (exampleName != null) {
			input = example(revision, scoringModel);
			assessmentArg = exampleName;
		} else {
			try {
				input = AssessmentFiles.read(Path.of(assessmentArg), assessmentArg, revisions, partial);
			} catch (AssessmentInputException e) {
				report(context, e.issues(), assessmentArg);
				return new Scored(ExitCode.UNUSABLE_INPUT, null, null);
			}
		}
		Map<String, String> clauseTexts = ClauseTexts.byId(revision.revision());
		Function<String, String> texts = clauseTexts::get;
		Boolean reading = progressive == null ? null : progressive == Choice.OnOff.ON;
		try {
			if (partial && exampleName == null) {
				return new Scored(null, null, PartialScoring.score(input, reading, texts));
			}
			return new Scored(null, AssessmentScoring.score(input, reading, texts), null);
		} catch (ModelException e) {
			context.problem(CliMessages.M.text("score.model-problem", modelArg, e.getMessage()));
			return new Scored(ExitCode.ERRORS, null, null);
		} catch (AssessmentException e) {
			e.problems().stream().limit(MAX_ISSUES).forEach(p -> err.println(assessmentArg + ": " + p.message()));
			return new Scored(ExitCode.UNUSABLE_INPUT, null, null);
		}
	}

	/** A worked example of the revision (计算示例), by name, as the assessment it describes. */
	private AssessmentFiles.Input example(WorkspaceRevision revision, RevisionModel model) throws UnusableInputException {
		List<WorkedExample> examples = revision.revision().workedExamples();
		WorkedExample example = examples.stream().filter(e -> exampleName.equals(e.getName())).findFirst()
				.orElseThrow(() -> new UnusableInputException(CliMessages.M.text("score.no-example", exampleName,
						examples.isEmpty() ? "—" : String.join(", ", examples.stream().map(WorkedExample::getName).toList()))));
		String file = CliMessages.M.text("score.example-file", exampleName);
		if (example.isComposite()) {
			WorkedExamples.RatedComposite rated = WorkedExamples.composite(example, model);
			if (!rated.complete()) {
				throw new UnusableInputException(CliMessages.M.text("score.example-incomplete", exampleName, modelArg));
			}
			return new AssessmentFiles.CompositeInput(file, rated.composite(), model,
					rated.composite().units().stream().map(u -> new AssessmentFiles.UnitSource(u.name(), file, file)).toList());
		}
		WorkedExamples.Rated rated = WorkedExamples.assessment(example, model);
		if (!rated.unrated().isEmpty() || !rated.unknownClauses().isEmpty()) {
			throw new UnusableInputException(CliMessages.M.text("score.example-incomplete", exampleName, modelArg));
		}
		return new AssessmentFiles.SingleInput(file, new AssessmentMapper.Mapped(rated.assessment(), model, new AssessmentRows(file, file)));
	}

	private static void report(CommandContext context, List<InputIssue> issues, String file) {
		issues.stream().limit(MAX_ISSUES).forEach(i -> context.err().println(i));
		if (issues.size() > MAX_ISSUES) {
			context.err().println(CliMessages.M.text("score.more-issues", issues.size() - MAX_ISSUES));
		}
		context.problem(CliMessages.counted("score.not-scored", issues.size(), file, issues.size()));
	}
}
