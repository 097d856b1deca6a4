package com.maturityworkbench.scoring.model;

/**
 * How the level scores A(i) of the units of one type are combined in a composite enterprise (Annex A):
 * arithmetic mean (A.1-A.3), median (mean of the two middle values for an even count), or {@code TRIMMED}:
 * drop units farther than 3 × 1.4826 × MAD from the median (keep all when MAD = 0), then the mean.
 */
public enum Aggregation {
	MEAN, MEDIAN, TRIMMED
}
