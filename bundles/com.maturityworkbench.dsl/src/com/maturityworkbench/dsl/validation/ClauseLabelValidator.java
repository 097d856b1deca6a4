package com.maturityworkbench.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.semantics.Labels;

/** Clause numbering within a cell: a), b), c) ... (or 1., 2., ...) without skips, repeats, restarts or odd forms. */
public class ClauseLabelValidator extends MaturityCheck {

	@Check
	public void labelSequence(Cell cell) {
		List<Clause> clauses = cell.getClauses();
		boolean anyLabel = clauses.stream().anyMatch(c -> c.getLabel() != null);
		if (!anyLabel || cell.getLevel() == null) {
			return;
		}
		RequirementRow row = (RequirementRow) cell.eContainer();
		String where = "“" + row.getName() + "”" + cell.getLevel().getName();
		Labels.Style style = null;
		int previous = 0;
		List<Integer> seen = new ArrayList<>();
		for (Clause clause : clauses) {
			Labels label = Labels.read(clause.getLabel());
			if (label == null) {
				if (previous == 0) {
					continue; // a lead-in sentence before a) is not a numbered clause
				}
				content(clause, String.format("%s：该条款没有编号，而同一单元格的其他条款有编号", where), Literals.CLAUSE__TEXT,
						IssueCodes.LABEL_MISSING);
				continue;
			}
			if (!label.wellFormed()) {
				content(clause, String.format("%s：编号“%s”格式不规范，应写作“%s”", where, label.printed(),
						Labels.show(label.style(), label.position())), Literals.CLAUSE__LABEL, IssueCodes.LABEL_MALFORMED,
						Labels.show(label.style(), label.position()));
			}
			if (style == null) {
				style = label.style();
			} else if (style != label.style()) {
				content(clause, String.format("%s：编号“%s”与前面的编号样式（%s）混用", where, label.printed(),
						Labels.show(style, 1)), Literals.CLAUSE__LABEL, IssueCodes.LABEL_MALFORMED, Labels.show(style, previous + 1));
				previous = label.position();
				seen.clear();
				seen.add(label.position());
				style = label.style();
				continue;
			}
			int pos = label.position();
			String expected = Labels.show(style, previous + 1);
			if (pos == 1 && previous >= 1) {
				content(clause, String.format("%s：编号在 %s 之后重新从 %s 开始，应为 %s", where, Labels.show(style, previous),
						label.printed(), expected), Literals.CLAUSE__LABEL, IssueCodes.LABEL_RESTART, expected);
			} else if (seen.contains(pos)) {
				content(clause, String.format("%s：编号 %s 重复，应为 %s", where, label.printed(), expected), Literals.CLAUSE__LABEL,
						IssueCodes.LABEL_REPEATED, expected);
			} else if (pos != previous + 1) {
				String gap = pos > previous + 1
						? "跳过了 " + Labels.show(style, previous + 1) + (pos > previous + 2 ? "…" + Labels.show(style, pos - 1) : "")
						: "顺序颠倒";
				content(clause, String.format("%s：编号 %s 之后是 %s，%s", where,
						previous == 0 ? "（开头）" : Labels.show(style, previous), label.printed(), gap), Literals.CLAUSE__LABEL,
						IssueCodes.LABEL_SKIPPED, expected);
			}
			if (pos == 1) {
				seen.clear();
			}
			seen.add(pos);
			previous = pos;
		}
	}
}
