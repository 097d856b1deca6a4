package com.maturityworkbench.assessment;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.maturityworkbench.assessment.layout.MetadataKey;

/**
 * What an assessment file of layout 5 says for the assessment report of 8.7.4 beside its ratings: the enterprise's
 * particulars ({@link MetadataKey.Kind#PARTICULARS}: name, credit code, address, industry, date, assessing body, panel)
 * and the panel's written parts ({@link MetadataKey.Kind#WRITTEN_PART}). Only what was filled in is kept; nothing
 * here is read for scoring. Files of earlier layouts carry none ({@link #NONE}).
 */
public record EnterpriseDetails(Map<MetadataKey, String> values) {
	public static final EnterpriseDetails NONE = new EnterpriseDetails(Map.of());

	public EnterpriseDetails {
		Map<MetadataKey, String> kept = new EnumMap<>(MetadataKey.class);
		values.forEach((k, v) -> {
			if (k.kind() == MetadataKey.Kind.ASSESSMENT) {
				throw new IllegalArgumentException(k.key() + " is no detail of the report");
			}
			if (v != null && !v.isBlank()) {
				kept.put(k, v.strip());
			}
		});
		values = java.util.Collections.unmodifiableMap(kept);
	}

	/** The details of {@code rows} (its metadata of the detail kinds). */
	public static EnterpriseDetails of(AssessmentRows rows) {
		Map<MetadataKey, String> values = new LinkedHashMap<>();
		rows.metadata().forEach((k, f) -> {
			if (k.kind() != MetadataKey.Kind.ASSESSMENT) {
				values.put(k, f.value());
			}
		});
		return new EnterpriseDetails(values);
	}

	/** The value filled in for {@code key}, empty when none. */
	public Optional<String> value(MetadataKey key) {
		return Optional.ofNullable(values.get(key));
	}

	public boolean isEmpty() {
		return values.isEmpty();
	}
}
