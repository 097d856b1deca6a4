package com.maturityworkbench.revision.compare;

import java.util.List;

import com.maturityworkbench.revision.compare.ExampleOutline.Fact;

/**
 * A worked example added, removed, or changed (the example of the same name on both sides): each of its facts that
 * differs, old → new (either side null for a fact only one side states).
 */
public record ExampleChange(Status status, String name, ExampleOutline old, ExampleOutline nu, List<FactChange> facts) {
	public enum Status {
		ADDED, REMOVED, CHANGED
	}

	/** One fact of the example, old → new. */
	public record FactChange(Fact old, Fact nu) {
		public Fact either() {
			return nu != null ? nu : old;
		}

		public String oldValue() {
			return old == null ? null : old.value();
		}

		public String newValue() {
			return nu == null ? null : nu.value();
		}
	}

	/** The changes it counts as: one for an example added or removed, one per changed fact. */
	public int count() {
		return status == Status.CHANGED ? facts.size() : 1;
	}
}
