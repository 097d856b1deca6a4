package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Interpretation;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Rating;
import com.maturityworkbench.dsl.maturity.RatedLevels;
import com.maturityworkbench.dsl.maturity.Rules;
import com.maturityworkbench.dsl.maturity.Standard;
import com.maturityworkbench.dsl.semantics.OpenPoint;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * The rules block (评分规则) and the declared interpretations (解释与约定): every open point of the draft's scoring
 * text settled by a rule or an interpretation (one info listing those left open), interpretations named once, with words.
 */
public class InterpretationsValidator extends MaturityCheck {

	@Check
	public void rules(Rules rules) {
		if (rules.getRatedLevels() == RatedLevels.CLAIMED) {
			rule(rules, text("interpretations.claimed"),
					Literals.RULES__RATED_LEVELS, IssueCodes.RULES_UNSUPPORTED, "claimed");
		}
		String name = rules.getNotApplicableName();
		if (name == null) {
			return;
		}
		for (Rating r : revision(rules).ratings()) {
			if (r.getName().equals(name)) {
				rule(rules, text("interpretations.not-applicable-name", name, r.getName()),
						Literals.RULES__NOT_APPLICABLE_NAME, IssueCodes.RULES_NOT_APPLICABLE_NAME, name);
			}
		}
	}

	@Check
	public void interpretation(Interpretation interpretation) {
		Map<String, Interpretation> first = cached("interpretations.first", () -> {
			Map<String, Interpretation> m = new HashMap<>();
			revision(interpretation).interpretations().forEach(i -> m.putIfAbsent(i.getName(), i));
			return m;
		});
		Interpretation declared = first.get(interpretation.getName());
		if (declared != null && declared != interpretation) {
			content(interpretation, text("interpretations.duplicate", interpretation.getName(), placeOf(declared, interpretation)),
					Literals.INTERPRETATION__NAME, IssueCodes.INTERPRETATION_DUPLICATE, interpretation.getName());
		}
		for (int i = 0; i < interpretation.getQuotes().size(); i++) {
			if (blank(interpretation.getQuotes().get(i))) {
				content(interpretation, text("interpretations.empty-quote"), Literals.INTERPRETATION__QUOTES, i, IssueCodes.INTERPRETATION_EMPTY);
			}
		}
		if (blank(interpretation.getReading())) {
			content(interpretation, text("interpretations.no-reading"), Literals.INTERPRETATION__READING, IssueCodes.INTERPRETATION_EMPTY);
		}
		if (blank(interpretation.getReason())) {
			content(interpretation, text("interpretations.no-reason"), Literals.INTERPRETATION__REASON, IssueCodes.INTERPRETATION_EMPTY);
		}
	}

	/** A text written empty; one the parser could not read (null) is a syntax error, reported as such. */
	private static boolean blank(String text) {
		return text != null && text.isBlank();
	}

	/**
	 * Once a revision declares interpretations, every open point of the scoring text has one (one info listing the
	 * points left open); checked on the head file.
	 */
	@Check
	public void openPointsSettled(Standard standard) {
		Revision revision = revision(standard);
		if (revision.rules().size() > 1) {
			rule(standard, text("interpretations.rules-twice", revision.rules().size()), Literals.STANDARD__NAME,
					IssueCodes.RULE_DUPLICATE, "rules");
		}
		if (revision.interpretations().isEmpty()) {
			// a revision that declares no interpretation at all (an older file) keeps working without a finding
			return;
		}
		var declared = revision.interpretations().stream().map(Interpretation::getName).collect(Collectors.toSet());
		List<String> ids = new ArrayList<>();
		List<String> open = new ArrayList<>();
		for (OpenPoint p : OpenPoint.values()) {
			if (!declared.contains(p.id())) {
				String title = p.title(Language.current());
				ids.add(p.id());
				open.add(p.isRule() ? text("interpretations.open-rule-point", p.id(), title, p.rule().keyword())
						: text("interpretations.open-point", p.id(), title));
			}
		}
		if (!open.isEmpty()) {
			note(standard, ValidationMessages.counted("interpretations.open", open.size(), open.size(), ValidationMessages.joined("list.enum", open)),
					Literals.STANDARD__NAME, IssueCodes.INTERPRETATION_MISSING, ids.toArray(String[]::new));
		}
	}
}
