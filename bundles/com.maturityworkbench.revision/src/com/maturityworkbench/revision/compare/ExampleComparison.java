package com.maturityworkbench.revision.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.maturityworkbench.revision.compare.ExampleChange.FactChange;
import com.maturityworkbench.revision.compare.ExampleOutline.Fact;

/** Compares the worked examples of two revisions by name: added, removed, or changed fact by fact. */
final class ExampleComparison {
	private ExampleComparison() {
	}

	static List<ExampleChange> compare(List<ExampleOutline> old, List<ExampleOutline> nu) {
		List<ExampleChange> changes = new ArrayList<>();
		for (ExampleOutline o : old) {
			ExampleOutline n = byName(nu, o.name());
			if (n == null) {
				changes.add(new ExampleChange(ExampleChange.Status.REMOVED, o.name(), o, null, List.of()));
				continue;
			}
			List<FactChange> facts = facts(o, n);
			if (!facts.isEmpty()) {
				changes.add(new ExampleChange(ExampleChange.Status.CHANGED, o.name(), o, n, facts));
			}
		}
		for (ExampleOutline n : nu) {
			if (byName(old, n.name()) == null) {
				changes.add(new ExampleChange(ExampleChange.Status.ADDED, n.name(), null, n, List.of()));
			}
		}
		return changes;
	}

	private static List<FactChange> facts(ExampleOutline o, ExampleOutline n) {
		Set<String> keys = new LinkedHashSet<>();
		o.facts().forEach(f -> keys.add(f.key()));
		n.facts().forEach(f -> keys.add(f.key()));
		List<FactChange> changes = new ArrayList<>();
		for (String key : keys) {
			Fact a = o.fact(key);
			Fact b = n.fact(key);
			if (a != null && b != null && a.kind() == ExampleOutline.Kind.RATE_ORDER) {
				if (!sameOrderOfCommon(a.value(), b.value())) {
					changes.add(new FactChange(a, b));
				}
			} else if (a == null || b == null || !Objects.equals(a.value(), b.value())) {
				changes.add(new FactChange(a, b));
			}
		}
		return changes;
	}

	/** The targets both orders name stand in the same order (a target added or removed is its own fact). */
	private static boolean sameOrderOfCommon(String a, String b) {
		List<String> x = new ArrayList<>(List.of(a.split(" ; ")));
		List<String> y = new ArrayList<>(List.of(b.split(" ; ")));
		x.retainAll(y);
		y.retainAll(x);
		return x.equals(y);
	}

	private static ExampleOutline byName(List<ExampleOutline> examples, String name) {
		return examples.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
	}
}
