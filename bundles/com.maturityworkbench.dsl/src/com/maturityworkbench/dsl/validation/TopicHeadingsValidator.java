package com.maturityworkbench.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;

/**
 * The topic headings of a row (a) 组织结构。… b) 企业文化。…) are parallel across its levels: a heading used at some
 * levels of the row is used at every level that has headings, so that each aspect is graded at every level.
 */
public class TopicHeadingsValidator extends MaturityCheck {

	@Check
	public void parallelTopics(RequirementRow row) {
		Map<String, Set<String>> levelsByTopic = new LinkedHashMap<>();
		List<String> levelsWithTopics = new ArrayList<>();
		for (Cell cell : row.getCells()) {
			if (cell.getLevel() == null) {
				continue;
			}
			for (Clause clause : cell.getClauses()) {
				if (clause.getTopic() != null) {
					levelsByTopic.computeIfAbsent(clause.getTopic(), t -> new LinkedHashSet<>()).add(cell.getLevel().getName());
					if (!levelsWithTopics.contains(cell.getLevel().getName())) {
						levelsWithTopics.add(cell.getLevel().getName());
					}
				}
			}
		}
		if (levelsWithTopics.size() < 2) {
			return;
		}
		List<String> odd = new ArrayList<>();
		for (Map.Entry<String, Set<String>> e : levelsByTopic.entrySet()) {
			if (e.getValue().size() < levelsWithTopics.size()) {
				odd.add(String.format("“%s”只见于%s", e.getKey(), String.join("、", e.getValue())));
			}
		}
		if (!odd.isEmpty()) {
			RequirementTable table = EcoreUtil2.getContainerOfType(row, RequirementTable.class);
			content(row, String.format("%s“%s”各等级的要点标题不一致：%s（其余标题在%s均有）", table.getName(), row.getName(),
					String.join("；", odd), String.join("、", levelsWithTopics)), Literals.REQUIREMENT_ROW__NAME,
					IssueCodes.TOPIC_HEADINGS);
		}
	}
}
