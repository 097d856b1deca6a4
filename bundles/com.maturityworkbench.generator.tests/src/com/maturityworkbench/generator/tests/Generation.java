package com.maturityworkbench.generator.tests;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionChecker;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.generator.GenerationException;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.generator.GeneratedJavaCompiler;
import com.maturityworkbench.generator.Generator;
import com.maturityworkbench.generator.JavaSources;
import com.maturityworkbench.scoring.compiled.CompiledRevision;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.RevisionLocator;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;

/** Revisions loaded for generator tests (the small fixture, the shipped draft), and compiling generated Java in a test. */
final class Generation {
	static final String SMALL_FIXTURE = "bundles/com.maturityworkbench.generator.tests/fixtures/small";
	static final String GOLDEN = "bundles/com.maturityworkbench.generator.tests/golden/small";

	/** A revision with its findings (file names as labels, so outputs do not depend on where the repository is). */
	record Loaded(Revision revision, List<Finding> findings) {
		GenerationModel model() {
			return GenerationModel.of(revision, ScoringModelBuilder.build(revision), findings);
		}
	}

	private Generation() {
	}

	/** The generator, as every front end gets it: from the language's injector. */
	static Generator generator() {
		return ShippedDraft.injector().getInstance(Generator.class);
	}

	static Path repoRoot() {
		return Path.of(System.getProperty("mwb.repo.root", "../..")).toAbsolutePath().normalize();
	}

	static Path smallFixture() {
		return repoRoot().resolve(SMALL_FIXTURE);
	}

	static Loaded load(Path folder) throws IOException {
		return load(folder, s -> s);
	}

	/** Loads every *.maturity file of {@code folder}, each text passed through {@code edit}. */
	static Loaded load(Path folder, UnaryOperator<String> edit) throws IOException {
		List<SourceText> sources = new ArrayList<>();
		try (Stream<Path> s = Files.list(folder)) {
			for (Path p : s.filter(p -> p.toString().endsWith(".maturity")).sorted().toList()) {
				sources.add(new SourceText(p.getFileName().toString(), p.toString(), edit.apply(Files.readString(p, StandardCharsets.UTF_8))));
			}
		}
		LoadedRevision loaded = ShippedDraft.injector().getInstance(RevisionLoader.class).load(sources);
		List<Finding> findings = ShippedDraft.injector().getInstance(RevisionChecker.class).check(loaded);
		Revision revision = ShippedDraft.injector().getInstance(RevisionLocator.class).revisionOf(loaded.files().get(0).model());
		return new Loaded(revision, findings);
	}

	/** The revisions an assessment may name: {@code model} alone. */
	static AssessmentMapper.Revisions revisions(RevisionModel model) {
		return new AssessmentMapper.Revisions() {
			@Override
			public Optional<RevisionModel> model(String revisionId) {
				return Optional.of(model).filter(m -> m.revisionId().equals(revisionId));
			}

			@Override
			public List<String> names() {
				return List.of(model.revisionId());
			}
		};
	}

	/** The generated Java of {@code m} compiled in the test, and its registration with the runtime. */
	static CompiledRevision registration(GenerationModel m, Path work) throws Exception {
		ClassLoader loader = compile(JavaSources.render(m), work);
		// the clause texts beside the classes, where the standalone jar has them
		Path texts = work.resolve("classes").resolve(com.maturityworkbench.assessment.report.ClauseTextsResource.PATH);
		Files.createDirectories(texts.getParent());
		Files.write(texts, com.maturityworkbench.generator.ScoringJar.clauseTexts(m));
		return (CompiledRevision) loader.loadClass(JavaSources.registrationClass(m)).getConstructor().newInstance();
	}

	/**
	 * Compiles generated sources (path → text) with the system Java compiler into {@code classes}, against the scoring
	 * runtime, and returns a class loader for them whose parent is this test bundle's (so the runtime classes are
	 * shared with the test).
	 */
	static ClassLoader compile(Map<String, String> sources, Path work) throws IOException, GenerationException {
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		if (javac == null) {
			throw new IllegalStateException("the tests need a JDK (javax.tools.ToolProvider has no compiler)");
		}
		Path src = work.resolve("src");
		Path classes = Files.createDirectories(work.resolve("classes"));
		List<Path> files = new ArrayList<>();
		for (Map.Entry<String, String> e : sources.entrySet()) {
			Path f = src.resolve(e.getKey());
			Files.createDirectories(f.getParent());
			Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
			files.add(f);
		}
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
			List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-classpath", GeneratedJavaCompiler.runtimeLocation().toString(), "-d",
					classes.toString());
			boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
			if (!ok) {
				throw new AssertionError("generated code does not compile: " + diagnostics.getDiagnostics());
			}
		}
		return new URLClassLoader(new URL[] { classes.toUri().toURL() }, Generation.class.getClassLoader());
	}
}
