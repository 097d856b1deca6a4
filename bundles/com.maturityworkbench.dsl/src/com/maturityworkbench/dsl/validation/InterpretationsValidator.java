package com.maturityworkbench.dsl.validation;

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

/**
 * The rules block (评分规则) and the declared interpretations (解释与约定): every open point of the draft's scoring
 * text settled by a rule or an interpretation (one info listing those left open), interpretations named once, with words.
 */
public class InterpretationsValidator extends MaturityCheck {

	@Check
	public void rules(Rules rules) {
		if (rules.getRatedLevels() == RatedLevels.CLAIMED) {
			rule(rules, "本工具只支持评全部等级（rate levels all：每个等级的每条条款都要评分）；“评到申请等级的上一级”（claimed）尚未实现",
					Literals.RULES__RATED_LEVELS, IssueCodes.RULES_UNSUPPORTED, "claimed");
		}
		String name = rules.getNotApplicableName();
		if (name == null) {
			return;
		}
		for (Rating r : revision(rules).ratings()) {
			if (r.getName().equals(name)) {
				rule(rules, String.format("不适用的评分名称“%s”与表9的满足程度“%s”同名：评估文件无法区分", name, r.getName()),
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
			content(interpretation, String.format("解释“%s”重复：已在%s声明", interpretation.getName(), placeOf(declared, interpretation)),
					Literals.INTERPRETATION__NAME, IssueCodes.INTERPRETATION_DUPLICATE, interpretation.getName());
		}
		for (int i = 0; i < interpretation.getQuotes().size(); i++) {
			if (blank(interpretation.getQuotes().get(i))) {
				content(interpretation, "引用的草案原文为空", Literals.INTERPRETATION__QUOTES, i, IssueCodes.INTERPRETATION_EMPTY);
			}
		}
		if (blank(interpretation.getReading())) {
			content(interpretation, "解释没有写出所采用的规则（reading）", Literals.INTERPRETATION__READING, IssueCodes.INTERPRETATION_EMPTY);
		}
		if (blank(interpretation.getReason())) {
			content(interpretation, "解释没有写出理由（because）", Literals.INTERPRETATION__REASON, IssueCodes.INTERPRETATION_EMPTY);
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
			rule(standard, String.format("本版本声明了 %d 次评分规则（rules），只能有一个", revision.rules().size()), Literals.STANDARD__NAME,
					IssueCodes.RULE_DUPLICATE, "rules");
		}
		if (revision.interpretations().isEmpty()) {
			// a revision that declares no interpretation at all (an older file) keeps working without a finding
			return;
		}
		var declared = revision.interpretations().stream().map(Interpretation::getName).collect(Collectors.toSet());
		List<String> open = new ArrayList<>();
		for (OpenPoint p : OpenPoint.values()) {
			if (!declared.contains(p.id())) {
				open.add(p.id() + "（" + p.title() + (p.isRule() ? "；规则写在 " + p.rule().keyword() + " 中" : "") + "）");
			}
		}
		if (!open.isEmpty()) {
			note(standard, String.format("评分方法有 %d 处未决之处没有声明解释（interpretation <id> quote … reading … because …）：%s", open.size(),
					String.join("、", open)), Literals.STANDARD__NAME, IssueCodes.INTERPRETATION_MISSING, open.stream().map(o -> o.substring(0, o.indexOf('（'))).toArray(String[]::new));
		}
	}
}
