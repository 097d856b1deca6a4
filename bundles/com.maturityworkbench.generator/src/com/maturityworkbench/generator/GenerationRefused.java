package com.maturityworkbench.generator;

import java.util.List;

import com.maturityworkbench.dsl.analysis.Finding;

/** The revision has validation errors: nothing is generated. Carries every finding of the revision. */
public class GenerationRefused extends GenerationException {
	private static final long serialVersionUID = 1L;

	private final transient List<Finding> findings;

	public GenerationRefused(String revisionId, List<Finding> findings) {
		super(message(revisionId, findings));
		this.findings = List.copyOf(findings);
	}

	private static String message(String revisionId, List<Finding> findings) {
		long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
		return Texts.M.text(errors == 1 ? "generate.refused.one" : "generate.refused", revisionId, errors);
	}

	/** All findings of the revision (errors and the rest), in file and line order. */
	public List<Finding> findings() {
		return findings;
	}

	public List<Finding> errors() {
		return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
	}
}
