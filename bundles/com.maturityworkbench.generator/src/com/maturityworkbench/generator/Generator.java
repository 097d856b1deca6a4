package com.maturityworkbench.generator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.maturityworkbench.assessment.report.ResultJson;
import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * Generation of one revision ({@code mwb generate}, and later the workbench), obtained from the language's injector:
 * refuses a revision with validation errors, builds the {@link GenerationModel} once, renders every artifact with its
 * template and returns them as a {@link GeneratedTree}, which alone writes files. Output layout (relative to the
 * output folder):
 *
 * <pre>
 * model.json                         the full revision, machine-readable (ModelJson)
 * assessment.schema.json             JSON Schema of the assessment input (AssessmentSchema)
 * result.schema.json                 JSON Schema of the result (of the assessment library, ResultJson)
 * templates/&lt;sector code&gt;.csv        assessment template per sector, e.g. templates/smelting.csv (CsvTemplate)
 * templates/&lt;sector code&gt;.xlsx       the same as a workbook with rating validation (XlsxTemplate)
 * docs/&lt;revision&gt;.html               one self-contained page (HtmlDoc)
 * docs/&lt;revision&gt;.md                 the same content in Markdown (MarkdownDoc)
 * docs/&lt;revision&gt;.docx               the revision in the layout of GB/T 1.1-2020, for Word/WPS (DocxDoc)
 * docs/&lt;revision&gt;-weights.xlsx       the weight tables 表1-表4 with sums as formulas, for the committee (WeightWorkbook)
 * java/src/…                         the revision's data and rules as Java (JavaSources)
 * java/resources/META-INF/services/… the registration of the generated classes with the runtime
 * &lt;revision&gt;-scoring.jar              runnable: java -jar &lt;revision&gt;-scoring.jar assessment.json|.csv|.xlsx (ScoringJar)
 * &lt;revision&gt;-model.jar                the generated classes alone, for platforms that use the runtime from Maven
 * </pre>
 *
 * Template files are named by the ASCII sector code of the {@code sectors} block (smelting, not 冶炼): such names
 * survive every file system, zip tool and mail client; the Chinese sector name is inside each template. Stateless:
 * the progress of the slow steps is reported to the {@link Progress} given with each call.
 */
@Singleton
public final class Generator {
	/** Reports the slow steps (compiling, packing the jars). */
	@FunctionalInterface
	public interface Progress {
		/** Reports nothing. */
		Progress NONE = step -> {
		};

		void step(String message);
	}

	@Inject
	public Generator() {
	}

	/**
	 * Generates every artifact of {@code revision}, the jars included.
	 *
	 * @param findings the revision's validation findings (those of its files)
	 * @throws GenerationRefused when a finding is an error; nothing is generated
	 * @throws GenerationException when the scoring model cannot be built or the jar cannot be compiled
	 */
	public GeneratedTree generate(Revision revision, List<Finding> findings, Progress progress) throws GenerationException {
		if (findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR)) {
			throw new GenerationRefused(revision.name(), findings);
		}
		if (revision.standard() == null) {
			throw new GenerationException(Texts.M.text("generate.no-head", revision.name()));
		}
		RevisionModel scoring;
		try {
			scoring = ScoringModelBuilder.build(revision);
		} catch (RuntimeException e) {
			throw new GenerationException(Texts.M.text("generate.no-model", revision.name(), e.getMessage()), e);
		}
		return generate(GenerationModel.of(revision, scoring, findings), progress, true);
	}

	/**
	 * Renders every artifact of a view model.
	 *
	 * @param buildJars false: the sources and every other artifact, but no compilation and no jar
	 */
	public GeneratedTree generate(GenerationModel m, Progress progress, boolean buildJars) throws GenerationException {
		return generate(m, progress, buildJars ? Artifacts.ALL : Artifacts.NO_JARS);
	}

	/** How much of the output {@link #generate(GenerationModel, Progress, Artifacts)} renders. */
	public enum Artifacts {
		/** Every artifact, the jars compiled and packed. */
		ALL,
		/** Every artifact but the jars (no compilation). */
		NO_JARS,
		/**
		 * The textual artifacts only (model, schemas, CSV templates, HTML, Markdown, Java sources): no XLSX, DOCX or jar,
		 * the slow binary documents (for {@code mwb fuzz}, which renders those for a sample of its mutants).
		 */
		TEXT
	}

	/** Renders the artifacts of a view model that {@code artifacts} names, in the order of the full output. */
	public GeneratedTree generate(GenerationModel m, Progress progress, Artifacts artifacts) throws GenerationException {
		boolean documents = artifacts != Artifacts.TEXT;
		GeneratedTree tree = new GeneratedTree(m.stamp());
		tree.addText("model.json", ModelJson.render(m));
		tree.addText("assessment.schema.json", AssessmentSchema.render(m));
		tree.addText("result.schema.json", ResultJson.schema());
		for (SectorView s : m.sectors()) {
			tree.add("templates/" + s.fileBase() + ".csv", CsvTemplate.render(m, s));
			if (documents) {
				tree.add("templates/" + s.fileBase() + ".xlsx", XlsxTemplate.render(m, s));
			}
		}
		tree.addText("docs/" + m.fileBase() + ".html", HtmlDoc.render(m));
		tree.addText("docs/" + m.fileBase() + ".md", MarkdownDoc.render(m));
		if (documents) {
			tree.add("docs/" + m.fileBase() + ".docx", DocxDoc.render(m));
			tree.add("docs/" + m.fileBase() + "-weights.xlsx", WeightWorkbook.render(m));
		}
		Map<String, String> sources = JavaSources.render(m);
		sources.forEach((path, text) -> tree.addText("java/src/" + path, text));
		tree.addText("java/resources/" + JavaSources.SERVICES, JavaSources.services(m));
		if (artifacts == Artifacts.ALL) {
			progress.step(Texts.M.text("progress.compiling", m.stamp().revisionId(), sources.size()));
			Map<String, byte[]> generated = new TreeMap<>(GeneratedJavaCompiler.compile(sources));
			generated.put(JavaSources.SERVICES, JavaSources.services(m).getBytes(StandardCharsets.UTF_8));
			progress.step(Texts.M.text("progress.packing", m.jarName()));
			tree.add(m.jarName(), ScoringJar.standalone(m, generated));
			tree.add(m.modelJarName(), ScoringJar.model(m, generated));
		}
		return tree;
	}
}
