package com.maturityworkbench.cli.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;

import com.google.inject.Inject;
import com.maturityworkbench.dsl.analysis.LoadedRevision.LoadedFile;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.analysis.TableStatistics;
import com.maturityworkbench.dsl.formatting2.FileFormatter;
import com.maturityworkbench.dsl.validation.IssueCodes;
import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.RevisionWorkspace;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.generator.GeneratedJavaCompiler;
import com.maturityworkbench.generator.GenerationException;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.generator.Generator;
import com.maturityworkbench.generator.JavaSources;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.AssessmentException;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.ModelException;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.result.ScoreResult;

/**
 * Runs one mutant through every stage a revision file goes through — parse, link and validate (the workspace
 * service), format twice, serialize, {@code stats}, the scoring-model build, generation in memory and scoring — and
 * checks the invariants of {@code mwb fuzz}:
 * <ul>
 * <li>no stage throws (every exception that escapes is a crash, and so is every error Xtext logs instead of throwing:
 * {@link LoggedFaults});</li>
 * <li>formatting never throws, and {@code format(format(x)) = format(x)}; a file that parses still parses once
 * formatted;</li>
 * <li>a revision that {@code validate} passes (no error in its own files) is usable: its scoring model builds, it
 * generates every artifact (rendered in memory; the Java compiled only when asked) and it scores every sector with
 * 0 ≤ A(i) ≤ 1 and 0 ≤ S ≤ the number of levels — or, when its weights do not add up (a draft's warning), scoring
 * refuses saying so.</li>
 * </ul>
 * Obtained from the language's injector; one instance per thread.
 */
public class MutantCheck {
	/** What went wrong with one mutant: a crash (with its exception) or a broken invariant. */
	public record Problem(Kind kind, String stage, String detail, Throwable exception) {
	}

	public enum Kind {
		CRASH, FORMAT_NOT_IDEMPOTENT, FORMAT_BREAKS_SYNTAX, UNFORESEEN_REFUSAL, SCORE_OUT_OF_RANGE
	}

	/** The result of one mutant: whether it parsed, was usable, the problems found (none when all held), the time of each stage. */
	public record Outcome(boolean syntaxErrors, boolean usable, int findings, List<Problem> problems, Map<String, Long> stageNanos) {
		public boolean clean() {
			return problems.isEmpty();
		}
	}

	/** What is done beyond the checks every mutant gets: for a sample of the usable mutants only (slow). */
	public record Sample(boolean documents, boolean compileJava) {
		/** The textual artifacts only, no compilation. */
		public static final Sample NONE = new Sample(false, false);
	}

	@Inject
	private RevisionWorkspaceService workspaces;

	@Inject
	private FileFormatter formatter;

	@Inject
	private ISerializer serializer;

	@Inject
	private Generator generator;

	/** The CPU time of each stage of one check (of the thread that checks), in the order the stages ran. */
	private static final class Stages {
		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
		final Map<String, Long> nanos = new LinkedHashMap<>();
		String current;
		long start;

		Stages(String first) {
			current = first;
			start = THREADS.getCurrentThreadCpuTime();
		}

		String next(String stage) {
			long now = THREADS.getCurrentThreadCpuTime();
			nanos.merge(current, now - start, Long::sum);
			current = stage;
			start = now;
			return stage;
		}
	}

	/**
	 * Checks the revision made of {@code sources}, whose file number {@code mutated} is the mutant. Every usable
	 * mutant is generated in memory (the textual artifacts: model, schemas, CSV templates, HTML, Markdown, Java
	 * sources) and scored; {@code sample} says whether the binary documents (XLSX, DOCX) are rendered and the Java
	 * compiled too.
	 */
	public Outcome check(List<SourceText> sources, int mutated, Sample sample, long seed) {
		List<Problem> problems = new ArrayList<>();
		LoggedFaults.start();
		Stages stages = new Stages("parse");
		String stage = stages.current;
		boolean syntaxErrors = false;
		boolean usable = false;
		int findings = 0;
		try {
			RevisionWorkspace workspace = workspaces.load(sources);
			stage = stages.next("validate");
			findings = workspace.findings().size();
			SourceText source = sources.get(mutated);
			WorkspaceRevision group = workspace.groupOf(source.absolutePath()).orElseThrow();
			LoadedFile file = group.loaded().files().stream().filter(f -> f.source().absolutePath().equals(source.absolutePath())).findFirst()
					.orElseThrow();
			syntaxErrors = file.resource().getParseResult() == null || file.resource().getParseResult().hasSyntaxErrors();
			stage = stages.next("format");
			format(source, file.resource(), problems);
			stage = stages.next("serialize");
			if (!syntaxErrors && group.errors().isEmpty()) {
				serialize(file.resource());
			}
			stage = stages.next("stats");
			for (WorkspaceRevision r : workspace.revisions()) {
				TableStatistics.of(r.revision());
			}
			stage = stages.next("scoring model");
			usable = group.name() != null && group.isUsable();
			if (group.name() != null && group.errors().isEmpty() && group.revision().standard() != null && !usable) {
				try {
					group.requireUsable();
				} catch (RevisionRefusedException e) {
					problems.add(new Problem(Kind.UNFORESEEN_REFUSAL, stage, e.getMessage(), null));
				}
			}
			if (usable) {
				stage = stages.next("generate");
				generate(group, Generator.Artifacts.TEXT, problems);
				if (sample.documents()) {
					stage = stages.next("documents");
					generate(group, Generator.Artifacts.NO_JARS, problems);
				}
				if (sample.compileJava()) {
					stage = stages.next("compile");
					compile(group, problems);
				}
				stage = stages.next("score");
				score(group, seed, problems);
			}
		} catch (RuntimeException | StackOverflowError | GenerationException | RevisionRefusedException e) {
			problems.add(new Problem(Kind.CRASH, stage, String.valueOf(e), e));
		}
		stages.next("");
		for (LoggedFaults.Fault f : LoggedFaults.stop()) {
			problems.add(new Problem(Kind.CRASH, "logged", f.message(), f.exception()));
		}
		return new Outcome(syntaxErrors, usable, findings, problems, stages.nanos);
	}

	private void format(SourceText source, XtextResource resource, List<Problem> problems) {
		FileFormatter.Formatted once = formatter.format(resource, source.text());
		if (once.syntaxErrors()) {
			return;
		}
		FileFormatter.Formatted twice = formatter.format(source.label(), source.absolutePath(), once.text());
		if (twice.syntaxErrors()) {
			problems.add(new Problem(Kind.FORMAT_BREAKS_SYNTAX, "format", "the formatted text does not parse", null));
		} else if (!twice.text().equals(once.text())) {
			problems.add(new Problem(Kind.FORMAT_NOT_IDEMPOTENT, "format", firstDifference(once.text(), twice.text()), null));
		}
	}

	private void serialize(XtextResource resource) {
		for (EObject root : resource.getContents()) {
			serializer.serialize(root, SaveOptions.newBuilder().noValidation().getOptions());
		}
	}

	private void generate(WorkspaceRevision group, Generator.Artifacts artifacts, List<Problem> problems)
			throws GenerationException, RevisionRefusedException {
		try {
			generator.generate(GenerationModel.of(group.revision(), group.scoringModel(), group.findings()), Generator.Progress.NONE, artifacts);
		} catch (GenerationException e) {
			problems.add(new Problem(Kind.UNFORESEEN_REFUSAL, "generate", e.getMessage(), e));
		}
	}

	private static void compile(WorkspaceRevision group, List<Problem> problems) throws RevisionRefusedException {
		try {
			GeneratedJavaCompiler.compile(JavaSources.render(GenerationModel.of(group.revision(), group.scoringModel(), group.findings())));
		} catch (GenerationException e) {
			problems.add(new Problem(Kind.UNFORESEEN_REFUSAL, "compile", e.getMessage(), e));
		}
	}

	/** Every sector: all clauses at the top of the scale, all at its bottom, and random ratings. */
	private void score(WorkspaceRevision group, long seed, List<Problem> problems) throws RevisionRefusedException {
		RevisionModel model = group.scoringModel();
		ScoringEngine engine = new ScoringEngine(model);
		boolean sumsOff = group.findings().stream()
				.anyMatch(f -> f.code() != null && (f.code().equals(IssueCodes.WEIGHT_SUM_MODEL) || f.code().equals(IssueCodes.WEIGHT_SUM_PART)));
		SplittableRandom random = new SplittableRandom(seed);
		int scale = model.scale().size();
		Rational levels = Rational.valueOf(model.levelCount());
		for (String sector : model.sectors()) {
			SectorModel sm = engine.validator().sectorModel(sector);
			for (int round = 0; round < 3; round++) {
				Map<String, Rational> ratings = new LinkedHashMap<>();
				for (String clause : sm.clauseOrder()) {
					int index = round == 0 ? 0 : round == 1 ? scale - 1 : random.nextInt(scale);
					ratings.put(clause, model.scale().value(index));
				}
				ScoreResult result;
				try {
					result = engine.score(new Assessment(model.revisionId(), sector, Set.of(), ratings));
				} catch (ModelException | AssessmentException e) {
					if (!(sumsOff && e instanceof ModelException)) {
						problems.add(new Problem(Kind.UNFORESEEN_REFUSAL, "score", sector + ": " + e.getMessage(), null));
					}
					return;
				}
				for (int i = 1; i <= model.levelCount(); i++) {
					Rational a = result.levelScore(i);
					if (a.signum() < 0 || a.compareTo(Rational.ONE) > 0) {
						problems.add(new Problem(Kind.SCORE_OUT_OF_RANGE, "score", sector + ": A(" + i + ") = " + a.toExactString(), null));
					}
				}
				if (result.total().signum() < 0 || result.total().compareTo(levels) > 0) {
					problems.add(new Problem(Kind.SCORE_OUT_OF_RANGE, "score", sector + ": S = " + result.total().toExactString(), null));
				}
			}
		}
	}

	private static String firstDifference(String a, String b) {
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		int from = Math.max(0, i - 30);
		return "at " + i + ": \"" + a.substring(from, Math.min(a.length(), i + 30)).replace("\n", "\\n") + "\" → \""
				+ b.substring(from, Math.min(b.length(), i + 30)).replace("\n", "\\n") + "\"";
	}
}
