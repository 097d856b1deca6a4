package com.maturityworkbench.generator;

import java.util.List;
import java.util.Map;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * Generation of one revision ({@code mwb generate}, and later the workbench): refuses a revision with validation
 * errors, builds the {@link GenerationModel} once, renders every artifact with its template and returns them as a
 * {@link GeneratedTree}, which alone writes files. Output layout (relative to the output folder):
 *
 * <pre>
 * model.json                         the full revision, machine-readable (ModelJson)
 * assessment.schema.json             JSON Schema of the assessment input (AssessmentSchema)
 * templates/&lt;sector code&gt;.csv        assessment template per sector, e.g. templates/smelting.csv (CsvTemplate)
 * templates/&lt;sector code&gt;.xlsx       the same as a workbook with rating validation (XlsxTemplate)
 * docs/&lt;revision&gt;.html               one self-contained page (HtmlDoc)
 * docs/&lt;revision&gt;.md                 the same content in Markdown (MarkdownDoc)
 * java/src/…                         the generated scoring code (JavaSources)
 * &lt;revision&gt;-scoring.jar              runtime + generated classes: java -jar &lt;revision&gt;-scoring.jar assessment.json
 * </pre>
 *
 * Template files are named by the ASCII sector code of the {@code sectors} block (smelting, not 冶炼): such names
 * survive every file system, zip tool and mail client; the Chinese sector name is inside each template.
 */
public final class Generator {
	/** Reports the slow steps (compiling, packing the jar). */
	@FunctionalInterface
	public interface Progress {
		void step(String message);
	}

	private final Progress progress;
	private final boolean buildJar;

	public Generator(Progress progress) {
		this(progress, true);
	}

	/** @param buildJar false: sources and every other artifact, but no compilation and no jar */
	public Generator(Progress progress, boolean buildJar) {
		this.progress = progress;
		this.buildJar = buildJar;
	}

	/**
	 * Generates every artifact of {@code revision}.
	 *
	 * @param findings the revision's validation findings (those of its files)
	 * @throws GenerationRefused when a finding is an error; nothing is generated
	 * @throws GenerationException when the scoring model cannot be built or the jar cannot be compiled
	 */
	public GeneratedTree generate(Revision revision, List<Finding> findings) throws GenerationException {
		if (findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR)) {
			throw new GenerationRefused(revision.name(), findings);
		}
		if (revision.standard() == null) {
			throw new GenerationException("revision " + revision.name() + " has no head file (the file with \"standard\"); nothing was generated");
		}
		RevisionModel scoring;
		try {
			scoring = ScoringModelBuilder.build(revision);
		} catch (RuntimeException e) {
			throw new GenerationException("revision " + revision.name() + " cannot be turned into a scoring model: " + e.getMessage(), e);
		}
		return generate(GenerationModel.of(revision, scoring, findings));
	}

	/** Renders every artifact of a view model. */
	public GeneratedTree generate(GenerationModel m) throws GenerationException {
		GeneratedTree tree = new GeneratedTree(m.stamp());
		tree.addText("model.json", ModelJson.render(m));
		tree.addText("assessment.schema.json", AssessmentSchema.render(m));
		for (SectorView s : m.sectors()) {
			tree.add("templates/" + s.fileBase() + ".csv", CsvTemplate.render(m, s));
			tree.add("templates/" + s.fileBase() + ".xlsx", XlsxTemplate.render(m, s));
		}
		tree.addText("docs/" + m.fileBase() + ".html", HtmlDoc.render(m));
		tree.addText("docs/" + m.fileBase() + ".md", MarkdownDoc.render(m));
		Map<String, String> sources = JavaSources.render(m);
		sources.forEach((path, text) -> tree.addText("java/src/" + path, text));
		if (buildJar) {
			progress.step("compiling the scoring code of " + m.stamp().revisionId() + " (" + sources.size() + " classes)");
			Map<String, byte[]> classes = ScoringJar.compile(sources);
			progress.step("building " + m.jarName());
			tree.add(m.jarName(), ScoringJar.jar(classes, JavaSources.mainClass(m), m.stamp(), m.title()));
		}
		return tree;
	}
}
