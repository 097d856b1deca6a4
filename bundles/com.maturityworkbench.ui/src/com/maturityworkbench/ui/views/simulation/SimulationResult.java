package com.maturityworkbench.ui.views.simulation;

import com.maturityworkbench.scoring.result.BothReadings;
import com.maturityworkbench.scoring.result.CompositePlan;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.ScoreResult;

/**
 * What one scoring of the simulation gave: the determination under both readings of {@code progressive} (of the
 * enterprise, or of the composite), and the full result of the unit being rated under the revision's reading (its
 * subdomain and domain scores, its plan to the next level), and for a composite the enterprise's plan under the
 * revision's reading (null for one enterprise).
 */
record SimulationResult(BothReadings<Determination> determinations, ScoreResult unit, CompositePlan enterprise) {
	Determination of(boolean progressive) {
		return progressive ? determinations.progressive() : determinations.independent();
	}
}
