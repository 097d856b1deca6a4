package com.maturityworkbench.scoring.assessment;

/** How the units' output values of a composite assessment are given: absolute values or shares summing to 1. */
public enum OutputBasis {
	VALUES, SHARES
}
