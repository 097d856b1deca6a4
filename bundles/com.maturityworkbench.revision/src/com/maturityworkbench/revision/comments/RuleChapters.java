package com.maturityworkbench.revision.comments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import com.maturityworkbench.dsl.maturity.Interpretation;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.revision.compare.RuleChange;

/**
 * Where the standard states each rule a revision declares: the chapters and rule tables a comment names (章条编号) when
 * it comments on a rule rather than a table row: 5 (the levels), 6.1 (tailoring), 9.1 and 表9 (the scale), 9.2 and 表10
 * (level determination and the bands), 附录A (composite enterprises), and for each declared interpretation the
 * places its {@code in} names (e.g. {@code "5、9.2"}).
 */
public final class RuleChapters {
	/** The chapters of each rule family of {@link RuleChange#family()}. */
	private static final Map<String, Set<String>> FAMILIES = Map.of(
			"level", Set.of("5"),
			"scale", Set.of("9.1", "表9"),
			"tailoring", Set.of("6.1"),
			"determination", Set.of("9.2", "表10"),
			"band", Set.of("9.2", "表10"),
			"composite", Set.of("附录A"),
			"rules", Set.of("9.1"));

	private static final Pattern PLACE = Pattern.compile("附录\\s*[A-Z]|表\\s*\\d+|\\d+(?:\\.\\d+)*");

	private RuleChapters() {
	}

	/** Every chapter or rule table of the revision a comment may name, sorted. */
	public static Set<String> of(Revision revision) {
		Set<String> all = new TreeSet<>();
		FAMILIES.values().forEach(all::addAll);
		for (Interpretation i : revision.interpretations()) {
			all.addAll(places(i.getSection()));
		}
		return all;
	}

	/** The chapters and rule tables a rule change touches. */
	public static Set<String> of(RuleChange change, Revision old, Revision nu) {
		Set<String> chapters = new LinkedHashSet<>(FAMILIES.getOrDefault(change.family(), Set.of()));
		if (change.family().equals("interpretation")) {
			for (Revision r : new Revision[] { old, nu }) {
				for (Interpretation i : r.interpretations()) {
					if (change.subject().equals(i.getName())) {
						chapters.addAll(places(i.getSection()));
					}
				}
			}
		}
		return chapters;
	}

	/**
	 * Where the revision declares what a chapter or rule table states, in file order within each family: the levels
	 * (5), the ratings (9.1, 表9), the tailoring (6.1), the determination with its bands (9.2, 表10), the composite rules
	 * (附录A), the rules block (9.1), and every interpretation whose {@code in} names the chapter.
	 */
	public static List<EObject> declarations(String chapter, Revision revision) {
		Map<String, List<? extends EObject>> byFamily = Map.of("level", revision.levels(), "scale", revision.ratings(), "tailoring",
				revision.tailorings(), "determination", revision.determinations(), "composite", revision.composites(), "rules", revision.rules());
		List<EObject> found = new ArrayList<>();
		for (String family : List.of("level", "scale", "tailoring", "determination", "composite", "rules")) {
			if (FAMILIES.get(family).contains(chapter)) {
				found.addAll(byFamily.get(family));
			}
		}
		for (Interpretation i : revision.interpretations()) {
			if (places(i.getSection()).contains(chapter)) {
				found.add(i);
			}
		}
		return found;
	}

	/** The places a text names, normalised: {@code "9.1 公式（3）、表9"} → 9.1, 表9. */
	static Set<String> places(String text) {
		Set<String> places = new LinkedHashSet<>();
		if (text == null) {
			return places;
		}
		Matcher m = PLACE.matcher(text.replaceAll("[（(][^）)]*[）)]", "")); // 9.1 公式（3）: not a chapter 3
		while (m.find()) {
			places.add(normalize(m.group()));
		}
		return places;
	}

	static String normalize(String place) {
		return place.replaceAll("\\s+", "");
	}
}
