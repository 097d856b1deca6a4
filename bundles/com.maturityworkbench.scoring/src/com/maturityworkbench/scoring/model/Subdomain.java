package com.maturityworkbench.scoring.model;

import com.maturityworkbench.scoring.Rational;
import java.util.List;
import java.util.Objects;

/**
 * A weighted subdomain (能力子域) of a table.
 *
 * @param id qualified id, unique in the revision, e.g. "表3.生产作业"
 * @param name display name as printed, e.g. "生产作业"
 * @param weight weight as a fraction of the whole model (3% is 3/100)
 * @param cells one cell per level, in level order
 */
public record Subdomain(String id, String name, Rational weight, List<Cell> cells) {
	public Subdomain {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(weight, "weight");
		cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
		if (weight.signum() <= 0) {
			throw new IllegalArgumentException("subdomain " + id + " has weight " + weight.toExactString() + ", not positive");
		}
	}

	/** The cell at level {@code levelIndex} (0-based). */
	public Cell cell(int levelIndex) {
		return cells.get(levelIndex);
	}

	/** True when at least one level has a clause. */
	public boolean hasClauses() {
		return cells.stream().anyMatch(c -> !c.isEmpty());
	}
}
