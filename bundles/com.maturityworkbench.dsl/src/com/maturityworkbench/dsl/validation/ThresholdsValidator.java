package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.semantics.Thresholds;
import com.maturityworkbench.dsl.semantics.Thresholds.Threshold;

/**
 * Percentages a row sets for the same measure at several levels must not become easier as the level rises: a
 * lower bound (≥, 大于, 达到, 提升) must not fall, an upper bound (≤, 小于, 低于) must not rise.
 */
public class ThresholdsValidator extends MaturityCheck {

	private record Seen(Threshold threshold, Clause clause) {
	}

	@Check
	public void thresholdsRiseWithLevel(RequirementRow row) {
		Map<String, Seen> lastLevel = new HashMap<>();
		for (Cell cell : row.getCells()) {
			if (cell.getLevel() == null) {
				continue;
			}
			Map<String, Seen> thisLevel = new HashMap<>();
			for (Clause clause : cell.getClauses()) {
				for (Threshold t : Thresholds.in(clause.getText())) {
					String key = t.measure() + (t.upperBound() ? "≤" : "≥");
					if (thisLevel.putIfAbsent(key, new Seen(t, clause)) != null) {
						continue; // the same measure twice in one cell: compare its first value only
					}
					Seen before = lastLevel.get(key);
					if (before == null) {
						continue;
					}
					int cmp = t.percent().compareTo(before.threshold().percent());
					if (t.upperBound() ? cmp > 0 : cmp < 0) {
						Cell beforeCell = (Cell) before.clause().eContainer();
						contentAt(clause, Literals.CLAUSE__TEXT, t.offset(), t.length(),
								text("thresholds.falls", Clauses.where(clause),
										t.measure(), t.percent().toPlainString(), beforeCell.getLevel().getName(),
										Clauses.label(before.clause()), before.threshold().percent().toPlainString(),
										text(t.upperBound() ? "thresholds.higher" : "thresholds.lower")),
								IssueCodes.THRESHOLD_FALLS, before.threshold().percent().toPlainString());
					}
				}
			}
			lastLevel.putAll(thisLevel);
		}
	}
}
