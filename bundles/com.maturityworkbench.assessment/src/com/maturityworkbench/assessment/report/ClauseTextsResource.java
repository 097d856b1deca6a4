package com.maturityworkbench.assessment.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Function;

import com.maturityworkbench.scoring.compiled.CompiledRevision;
import com.maturityworkbench.scoring.json.JsonReader;

/**
 * The clause texts of a generated revision, as {@code mwb generate} puts them beside the revision's classes in the
 * scoring jar and in the model jar (revision id to clause id to text), so that the plan and the gains name each clause
 * with its text wherever the revision is scored, as {@code mwb score} does.
 */
public final class ClauseTextsResource {
	/** Where the texts lie in a generated jar. */
	public static final String PATH = "META-INF/mwb/clause-texts.json";

	private ClauseTextsResource() {
	}

	/** The texts of {@code revision}, read through the class loader of its generated classes; none when absent. */
	@SuppressWarnings("unchecked")
	public static Function<String, String> of(CompiledRevision revision) {
		String id = revision.model().revisionId();
		try (InputStream in = revision.getClass().getClassLoader().getResourceAsStream(PATH)) {
			if (in == null) {
				return AssessmentScoring.NO_TEXTS;
			}
			Object texts = ((Map<String, Object>) JsonReader.parse(in)).get(id);
			return texts == null ? AssessmentScoring.NO_TEXTS : clause -> (String) ((Map<String, Object>) texts).get(clause);
		} catch (IOException e) {
			return AssessmentScoring.NO_TEXTS;
		}
	}
}
