package com.maturityworkbench.scoring.model;

/** Whether a revision is a draft (gaps are findings, scoring proceeds) or final (unmarked gaps are errors). */
public enum RevisionStatus {
	DRAFT, FINAL
}
