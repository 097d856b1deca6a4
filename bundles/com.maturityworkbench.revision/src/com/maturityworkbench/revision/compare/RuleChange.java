package com.maturityworkbench.revision.compare;

/**
 * A declared rule or part of the standard's identity that differs: its key (e.g. {@code determination.met},
 * {@code scale.大部分满足}, {@code band.三级}, {@code level.一级}), old and new values (null where absent).
 */
public record RuleChange(String key, String oldValue, String newValue) {
	/** The family of the key: {@code determination}, {@code scale}, {@code band}, ... */
	public String family() {
		int dot = key.indexOf('.');
		return dot < 0 ? key : key.substring(0, dot);
	}

	/** The key's subject after the family, e.g. {@code 大部分满足} of {@code scale.大部分满足}. */
	public String subject() {
		int dot = key.indexOf('.');
		return dot < 0 ? "" : key.substring(dot + 1);
	}
}
