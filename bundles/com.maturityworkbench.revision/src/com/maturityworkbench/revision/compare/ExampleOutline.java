package com.maturityworkbench.revision.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import com.maturityworkbench.dsl.maturity.ExampleRating;
import com.maturityworkbench.dsl.maturity.ExampleUnit;
import com.maturityworkbench.dsl.maturity.ExpectedValue;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.maturity.WorkedExample;
import com.maturityworkbench.dsl.semantics.Revision;

/**
 * A worked example (计算示例) of a revision as a comparison sees it: its name and the facts it states, each keyed so
 * that the same fact of the other revision's example of that name can be found — its title, its sector, its tailoring,
 * each {@code rate} line by its target (the last line of a target counting), the order of its {@code rate} lines, the
 * units of a composite (sector, output or share, their own tailoring and ratings) and each expected value. Comments
 * of the file are not part of an example.
 */
public record ExampleOutline(String name, List<Fact> facts) {
	/** What a fact is about. */
	public enum Kind {
		TITLE, SECTOR, TAILOR, OUTPUT, RATE, RATE_ORDER, EXPECT
	}

	/**
	 * One fact of an example: the composite's unit it belongs to (null for the example itself), its kind, its subject
	 * (for {@code RATE} the target: {@code all}, {@code table:表7}, {@code table:表7:三级}, {@code level:三级} or
	 * {@code clause:<id>}; for {@code EXPECT}: {@code score:一级}, {@code total} or {@code level}; else empty) and its value
	 * as written.
	 */
	public record Fact(String unit, Kind kind, String subject, String value) {
		public String key() {
			return (unit == null ? "" : unit) + "|" + kind + "|" + subject;
		}
	}

	public static List<ExampleOutline> of(Revision revision) {
		List<ExampleOutline> examples = new ArrayList<>();
		for (WorkedExample e : revision.workedExamples()) {
			if (e.getName() != null) {
				examples.add(of(e));
			}
		}
		return examples;
	}

	static ExampleOutline of(WorkedExample example) {
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(null, Kind.TITLE, "", example.getTitle()));
		facts.add(new Fact(null, Kind.SECTOR, "", example.isComposite() ? "composite" : name(example.getSector())));
		if (!example.isComposite()) {
			setting(facts, null, example.getTailored(), example.getRatings());
		}
		for (ExampleUnit u : example.getUnits()) {
			facts.add(new Fact(u.getName(), Kind.SECTOR, "", name(u.getSector())));
			facts.add(new Fact(u.getName(), Kind.OUTPUT, "", u.getShare() != null ? u.getShare() : u.getOutput()));
			setting(facts, u.getName(), u.getTailored(), u.getRatings());
		}
		for (ExpectedValue v : example.getExpected()) {
			if (v.getResult() != null) {
				facts.add(new Fact(null, Kind.EXPECT, "level", v.getResult().getName()));
			} else if (v.isTotal()) {
				facts.add(new Fact(null, Kind.EXPECT, "total", v.getValue()));
			} else {
				facts.add(new Fact(null, Kind.EXPECT, "score:" + (v.getLevel() == null ? "?" : v.getLevel().getName()), v.getValue()));
			}
		}
		return new ExampleOutline(example.getName(), dedup(facts));
	}

	private static void setting(List<Fact> facts, String unit, List<WeightedSubdomain> tailored, List<ExampleRating> ratings) {
		if (!tailored.isEmpty()) {
			facts.add(new Fact(unit, Kind.TAILOR, "", tailored.stream().map(ExampleOutline::qualified).collect(Collectors.joining(", "))));
		}
		List<String> targets = new ArrayList<>();
		for (ExampleRating r : ratings) {
			String target = target(r);
			targets.remove(target);
			targets.add(target);
			facts.add(new Fact(unit, Kind.RATE, target, r.getRating() == null ? "?" : r.getRating().getName()));
		}
		facts.add(new Fact(unit, Kind.RATE_ORDER, "", String.join(" ; ", targets)));
	}

	/** Later facts of the same key override earlier ones (a later {@code rate} line of a target wins), at the first one's place. */
	private static List<Fact> dedup(List<Fact> facts) {
		List<Fact> out = new ArrayList<>();
		for (Fact f : facts) {
			int at = -1;
			for (int i = 0; i < out.size(); i++) {
				if (out.get(i).key().equals(f.key())) {
					at = i;
				}
			}
			if (at < 0) {
				out.add(f);
			} else {
				out.set(at, f);
			}
		}
		return out;
	}

	/** A {@code rate} line's target: {@code all}, {@code table:表7}, {@code table:表7:三级}, {@code level:三级}, {@code clause:<id>}. */
	static String target(ExampleRating r) {
		if (r.isAll()) {
			return "all";
		}
		if (r.getClause() != null) {
			return "clause:" + r.getClause();
		}
		if (r.getTable() != null) {
			return "table:" + r.getTable().getName() + (r.getLevel() == null ? "" : ":" + r.getLevel().getName());
		}
		return "level:" + (r.getLevel() == null ? "?" : r.getLevel().getName());
	}

	private static String qualified(WeightedSubdomain s) {
		EObject container = s.eContainer();
		while (container != null && !(container instanceof WeightTable)) {
			container = container.eContainer();
		}
		return (container == null ? "?" : ((WeightTable) container).getName()) + "." + s.getName();
	}

	private static String name(com.maturityworkbench.dsl.maturity.Sector sector) {
		return sector == null ? null : sector.getName();
	}

	public Fact fact(String key) {
		return facts.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
	}
}
