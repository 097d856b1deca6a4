package com.maturityworkbench.assessment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.assessment.layout.JsonLayout;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.assessment.OutputBasis;
import com.maturityworkbench.scoring.json.JsonWriter;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * Writes assessments as JSON in the layout of {@link JsonLayout} (UTF-8, indented): one enterprise with the members
 * of {@link JsonLayout.Shape#SINGLE} in their order — {@code layout} as a number, {@code tailored} as a list of ids,
 * {@code ratings} by clause id with the scale's names — or a composite enterprise whose units carry their ratings
 * inline. {@link JsonAssessmentReader} reads them back to the same assessments.
 */
public final class JsonAssessmentWriter {
	private JsonAssessmentWriter() {
	}

	public static byte[] write(WrittenAssessment content) {
		Map<String, Object> json = new LinkedHashMap<>();
		for (String member : JsonLayout.Shape.SINGLE.members()) {
			if (member.equals(JsonLayout.RATINGS)) {
				json.put(member, content.ratingTexts());
			} else if (member.equals(JsonLayout.EVIDENCE)) {
				Map<String, String> evidence = content.evidenceTexts();
				if (!evidence.isEmpty()) {
					json.put(member, evidence);
				}
			} else {
				MetadataKey.byKey(member).ifPresent(key -> metadata(json, content, key));
			}
		}
		return JsonWriter.writePretty(json).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A composite enterprise (Annex A), every unit rated inline.
	 *
	 * @throws IllegalArgumentException when an output is not a finite decimal (outputs are read as decimals)
	 */
	public static byte[] writeComposite(RevisionModel model, CompositeAssessment composite) {
		return writeComposite(model, composite, Map.of());
	}

	/** A composite enterprise with the evidence of its units (unit name → clause id → text). */
	public static byte[] writeComposite(RevisionModel model, CompositeAssessment composite, Map<String, Map<String, String>> evidence) {
		return writeComposite(model, composite, evidence, EnterpriseDetails.NONE);
	}

	/** A composite enterprise with the evidence of its units and the report's details of the enterprise (layout 5, those filled in). */
	public static byte[] writeComposite(RevisionModel model, CompositeAssessment composite, Map<String, Map<String, String>> evidence, EnterpriseDetails details) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put(JsonLayout.LAYOUT, WrittenAssessment.LAYOUT.number());
		if (model.standardCode() != null) {
			json.put(JsonLayout.STANDARD, model.standardCode());
		}
		json.put(JsonLayout.REVISION, model.revisionId());
		json.put(JsonLayout.REVISION_LABEL, model.revisionLabel());
		details.values().forEach((k, v) -> json.put(k.key(), v));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put(JsonLayout.OUTPUT_BASIS, composite.basis() == OutputBasis.SHARES ? JsonLayout.SHARES : JsonLayout.VALUES);
		List<Object> units = new ArrayList<>();
		for (CompositeUnit u : composite.units()) {
			WrittenAssessment unit = new WrittenAssessment(model, u.assessment(), WrittenAssessment.ClauseTexts.none(), evidence.getOrDefault(u.name(), Map.of()));
			Map<String, Object> member = new LinkedHashMap<>();
			member.put(JsonLayout.NAME, u.name());
			member.put(JsonLayout.SECTOR, u.sector());
			member.put(JsonLayout.OUTPUT, decimal(u.output()));
			member.put(JsonLayout.TAILORED, List.copyOf(u.assessment().tailored()));
			member.put(JsonLayout.RATINGS, unit.ratingTexts());
			if (!unit.evidenceTexts().isEmpty()) {
				member.put(JsonLayout.EVIDENCE, unit.evidenceTexts());
			}
			units.add(member);
		}
		body.put(JsonLayout.UNITS, units);
		json.put(JsonLayout.COMPOSITE, body);
		return JsonWriter.writePretty(json).getBytes(StandardCharsets.UTF_8);
	}

	private static void metadata(Map<String, Object> json, WrittenAssessment content, MetadataKey key) {
		switch (key) {
		case LAYOUT -> json.put(key.key(), WrittenAssessment.LAYOUT.number());
		case TAILORED -> json.put(key.key(), List.copyOf(content.assessment().tailored()));
		default -> content.metadata().stream().filter(e -> e.key() == key).filter(e -> !e.value().isEmpty()).findFirst()
				.ifPresent(e -> json.put(key.key(), e.value()));
		}
	}

	private static BigDecimal decimal(Rational value) {
		try {
			return new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()));
		} catch (ArithmeticException e) {
			throw new IllegalArgumentException("output " + value.toExactString() + " is not a finite decimal", e);
		}
	}
}
