package com.maturityworkbench.dsl.workspace;

import java.util.List;

import com.maturityworkbench.dsl.analysis.Finding;

/**
 * A revision that cannot be scored or generated from (see {@link WorkspaceRevision#isUsable()}): the message says
 * why, in the current language; {@link #errors()} are the error findings of the revision's own files that make it
 * unusable (empty when its scoring model could not be built).
 */
public final class RevisionRefusedException extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient List<Finding> errors;

	public RevisionRefusedException(String message, List<Finding> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	public List<Finding> errors() {
		return errors;
	}
}
