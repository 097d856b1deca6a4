package com.maturityworkbench.assessment.standalone;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.assessment.report.AssessmentScoring;
import com.maturityworkbench.assessment.report.ClauseTextsResource;
import com.maturityworkbench.assessment.report.HtmlReport;
import com.maturityworkbench.assessment.report.ResultJson;
import com.maturityworkbench.assessment.report.ScoreView;
import com.maturityworkbench.assessment.report.TextReport;
import com.maturityworkbench.scoring.assessment.AssessmentException;
import com.maturityworkbench.scoring.compiled.CompiledRevision;
import com.maturityworkbench.scoring.compiled.RevisionScorer;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * The main class of {@code <revision>-scoring.jar}: {@code java -jar <revision>-scoring.jar ASSESSMENT [--format
 * json|text|html] [--progressive on|off] [--lang zh|en]}. Reads every assessment {@code mwb score} reads — JSON (one
 * enterprise or a composite enterprise whose units may name files), CSV (UTF-8 or GB18030), XLSX — through
 * {@link AssessmentFiles}, scores it through {@link AssessmentScoring} with the revisions compiled into the jar
 * ({@link CompiledRevision}, found through {@code META-INF/services}), checks A(i), S and the level against the
 * revision's compiled tables, and prints the result in the {@link ResultJson result format} (or as a text or HTML
 * report): the same output as {@code mwb score --format …} for the same revision. Exit codes: 0 scored; 2 unusable
 * input — no such file, a file of no supported format, an assessment that does not fit the revision, a wrong
 * option — with every problem listed on stderr and nothing on stdout; 3 internal error.
 */
public final class StandaloneScorer {
	public static final int SCORED = 0;
	public static final int UNUSABLE = 2;
	public static final int INTERNAL_ERROR = 3;
	/** At most this many problems are printed; the rest are counted (as by mwb score). */
	static final int MAX_ISSUES = 100;

	private final PrintStream out;
	private final PrintStream err;
	private final String program;

	/**
	 * @param program the name messages start with, e.g. {@code nonferrous_dt_maturity-scoring}
	 */
	public StandaloneScorer(PrintStream out, PrintStream err, String program) {
		this.out = out;
		this.err = err;
		this.program = program;
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		String program = programName();
		int code;
		try {
			code = new StandaloneScorer(out, err, program).run(args, CompiledRevision.installed(StandaloneScorer.class.getClassLoader()));
		} catch (RuntimeException | LinkageError e) {
			err.println(StandaloneMessages.M.text("internal-error", program, e));
			code = INTERNAL_ERROR;
		}
		out.flush();
		err.flush();
		System.exit(code);
	}

	/**
	 * The generated jar's file name without {@code .jar} (e.g. nonferrous_dt_maturity-scoring); "scoring" when this
	 * class is not run from such a jar (the assessment library on a class path with a revision's model jar).
	 */
	static String programName() {
		CodeSource source = StandaloneScorer.class.getProtectionDomain().getCodeSource();
		try {
			if (source != null && source.getLocation() != null) {
				String name = Path.of(source.getLocation().toURI()).getFileName().toString();
				if (name.endsWith("-scoring.jar")) {
					return name.substring(0, name.length() - ".jar".length());
				}
			}
		} catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAFile) {
			// fall through
		}
		return "scoring";
	}

	/**
	 * Runs one command line against {@code revisions}; {@code --lang} applies to this run only.
	 *
	 * @return the exit code
	 */
	public int run(String[] args, List<CompiledRevision> revisions) {
		Language before = Language.current();
		Language language = StandaloneArguments.languageAsked(args);
		if (language != null) {
			Language.set(language);
		}
		try {
			return runInLanguage(args, revisions);
		} finally {
			Language.set(before);
		}
	}

	private int runInLanguage(String[] args, List<CompiledRevision> revisions) {
		StandaloneArguments arguments;
		try {
			arguments = StandaloneArguments.parse(args);
		} catch (StandaloneArguments.Invalid e) {
			err.println(program + ": " + e.getMessage());
			err.print(usage());
			return UNUSABLE;
		}
		if (arguments.help()) {
			out.print(usage());
			return SCORED;
		}
		if (revisions.isEmpty()) {
			err.println(StandaloneMessages.M.text("no-revision", program));
			return INTERNAL_ERROR;
		}
		Map<String, RevisionScorer> scorers = new LinkedHashMap<>();
		Map<String, java.util.function.Function<String, String>> texts = new LinkedHashMap<>();
		for (CompiledRevision r : revisions) {
			scorers.putIfAbsent(r.model().revisionId(), RevisionScorer.of(r));
			texts.putIfAbsent(r.model().revisionId(), ClauseTextsResource.of(r));
		}
		if (arguments.version()) {
			scorers.values().forEach(s -> out.println(stamp(s.model())));
			return SCORED;
		}
		if (arguments.assessment() == null) {
			err.println(StandaloneMessages.M.text("no-assessment", program));
			err.print(usage());
			return UNUSABLE;
		}
		return score(arguments, scorers, texts);
	}

	private int score(StandaloneArguments arguments, Map<String, RevisionScorer> scorers, Map<String, java.util.function.Function<String, String>> texts) {
		String file = arguments.assessment();
		AssessmentFiles.Input input;
		try {
			input = AssessmentFiles.read(Path.of(file), file, AssessmentMapper.Revisions.of(scorers.values().stream().map(RevisionScorer::model).toList()));
		} catch (AssessmentInputException e) {
			List<InputIssue> issues = e.issues();
			issues.stream().limit(MAX_ISSUES).forEach(err::println);
			if (issues.size() > MAX_ISSUES) {
				err.println(StandaloneMessages.M.text("more-problems", issues.size() - MAX_ISSUES));
			}
			err.println(StandaloneMessages.M.text("not-scored", program, file, issues.size()));
			return UNUSABLE;
		}
		RevisionScorer scorer = scorers.get(input.model().revisionId());
		ScoreView view;
		try {
			view = AssessmentScoring.score(scorer.engine(), input, arguments.progressive(), texts.get(input.model().revisionId()));
			String disagreement = disagreement(scorer, input, view);
			if (disagreement != null) {
				err.println(StandaloneMessages.M.text("disagreement", program, disagreement));
				return INTERNAL_ERROR;
			}
		} catch (AssessmentException e) {
			e.problems().stream().limit(MAX_ISSUES).forEach(p -> err.println(file + ": " + p.message()));
			err.println(StandaloneMessages.M.text("not-scored", program, file, e.problems().size()));
			return UNUSABLE;
		}
		out.print(switch (arguments.format()) {
		case "text" -> TextReport.render(view);
		case "html" -> HtmlReport.render(view);
		default -> ResultJson.render(view);
		});
		out.flush();
		return SCORED;
	}

	/** Where the compiled tables and the shown result (the engine's) differ, per enterprise or unit; null when nowhere. */
	private static String disagreement(RevisionScorer scorer, AssessmentFiles.Input input, ScoreView view) {
		boolean progressive = view.applied().progressive();
		if (input instanceof AssessmentFiles.SingleInput single) {
			return CompiledCrossCheck.disagreement(view.applied(), scorer.determine(single.mapped().assessment(), progressive));
		}
		var units = ((AssessmentFiles.CompositeInput) input).composite().units();
		for (int i = 0; i < units.size(); i++) {
			String d = CompiledCrossCheck.disagreement(view.composite().units().get(i).result().applied(),
					scorer.determine(units.get(i).assessment(), progressive));
			if (d != null) {
				return units.get(i).name() + ": " + d;
			}
		}
		return null;
	}

	private static String stamp(RevisionModel model) {
		return model.standardCode() + " · " + model.revisionId() + (model.revisionLabel().isEmpty() ? "" : " · " + model.revisionLabel()) + " · "
				+ model.status().name().toLowerCase(Locale.ROOT);
	}

	private String usage() {
		return StandaloneMessages.M.text("usage", program);
	}

}
