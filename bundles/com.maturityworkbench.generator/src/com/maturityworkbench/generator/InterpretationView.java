package com.maturityworkbench.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.maturityworkbench.dsl.maturity.Interpretation;
import com.maturityworkbench.dsl.maturity.RatedLevels;
import com.maturityworkbench.dsl.semantics.OpenPoint;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.scoring.model.AssessmentRules;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.TailoringRule;

/**
 * One entry of the section 解释与约定 (interpretations) of the generated documentation and model.json: an open point of
 * the draft's scoring text, the rule of the language that settles it with its current value (null for a point only an
 * interpretation settles), and the interpretation the revision declares — the draft's words, the reading chosen, why.
 *
 * @param id the point's id, e.g. met-comparison
 * @param title what the point is about (the id itself for an interpretation of no known point)
 * @param rule the rule as written in the language with its current value, e.g. "determination：met when score >= 0.8"
 * @param ruleDeclared whether the revision writes that rule (otherwise the default applies)
 * @param section where the draft says it, as the revision cites it (null when not cited)
 * @param quotes the draft's words; empty when the revision declares no interpretation of the point
 * @param reading the rule chosen, in words; null when not declared
 * @param reason why; null when not declared
 */
public record InterpretationView(String id, String title, String rule, boolean ruleDeclared, String section, List<String> quotes, String reading,
		String reason) {

	public InterpretationView {
		quotes = List.copyOf(quotes);
	}

	public boolean declared() {
		return reading != null;
	}

	public boolean isRule() {
		return rule != null;
	}

	/** The known open points in their order (the rules first), then interpretations of other points in file order. */
	static List<InterpretationView> of(Revision revision, RevisionModel scoring) {
		List<InterpretationView> views = new ArrayList<>();
		Set<String> known = new HashSet<>();
		for (OpenPoint p : OpenPoint.values()) {
			known.add(p.id());
			Interpretation i = revision.interpretations().stream().filter(x -> p.id().equals(x.getName())).findFirst().orElse(null);
			String rule = p.isRule() ? p.rule().keyword() + "：" + ruleValue(p, revision, scoring) : null;
			views.add(view(p.id(), p.title(), rule, p.isRule() && ruleDeclared(p, revision), i));
		}
		for (Interpretation i : revision.interpretations()) {
			if (!known.contains(i.getName())) {
				known.add(i.getName());
				views.add(view(i.getName(), i.getName(), null, false, i));
			}
		}
		return views;
	}

	private static InterpretationView view(String id, String title, String rule, boolean ruleDeclared, Interpretation i) {
		return i == null ? new InterpretationView(id, title, rule, ruleDeclared, null, List.of(), null, null)
				: new InterpretationView(id, title, rule, ruleDeclared, i.getSection(), i.getQuotes(), i.getReading(), i.getReason());
	}

	/** The rule's current value in the language's words. */
	static String ruleValue(OpenPoint p, Revision revision, RevisionModel scoring) {
		DeterminationRule d = scoring.determination();
		TailoringRule t = scoring.tailoring();
		AssessmentRules r = scoring.rules();
		return switch (p) {
		case MET_COMPARISON -> "met when score " + d.comparison().symbol() + " " + d.threshold().toExactString();
		case PROGRESSIVE -> "progressive " + (d.progressive() ? "on" : "off");
		case NOT_APPLICABLE -> "not applicable " + (r.notApplicableAllowed() ? "allowed as " + r.notApplicableName() : "forbidden");
		case RATED_LEVELS -> "rate levels " + ratedLevels(revision);
		case TAILORING -> "allow " + (t.allowAll() ? "all" : t.allowed().isEmpty() ? "（无）" : t.allowed().stream().sorted().collect(Collectors.joining(", ")))
				+ "，redistribute within " + t.scope().name().toLowerCase(Locale.ROOT);
		case COMPOSITE_AGGREGATION -> "aggregate " + scoring.composite().aggregation().name().toLowerCase(Locale.ROOT);
		default -> null;
		};
	}

	private static String ratedLevels(Revision revision) {
		return revision.rules().isEmpty() || revision.rules().get(0).getRatedLevels() != RatedLevels.CLAIMED ? "all" : "claimed";
	}

	private static boolean ruleDeclared(OpenPoint p, Revision revision) {
		return switch (p.rule()) {
		case DETERMINATION -> !revision.determinations().isEmpty();
		case TAILORING -> !revision.tailorings().isEmpty();
		case COMPOSITE -> !revision.composites().isEmpty();
		case RULES -> !revision.rules().isEmpty() && (p == OpenPoint.NOT_APPLICABLE
				? revision.rules().get(0).getNotApplicable() != null && isWritten(revision, "not")
				: isWritten(revision, "rate"));
		};
	}

	/** Whether the rules block writes the line starting with {@code keyword} (an enum feature is never null). */
	private static boolean isWritten(Revision revision, String keyword) {
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(revision.rules().get(0));
		if (node == null) {
			return false;
		}
		for (var leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getText().equals(keyword)) {
				return true;
			}
		}
		return false;
	}
}
