package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

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
import com.maturityworkbench.dsl.semantics.Tables;

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
				odd.add(text("topics.only-at", e.getKey(), ValidationMessages.names(e.getValue())));
			}
		}
		if (!odd.isEmpty()) {
			RequirementTable table = EcoreUtil2.getContainerOfType(row, RequirementTable.class);
			content(row, text("topics.uneven", Tables.name(table.getName()), row.getName(),
					ValidationMessages.joined("list.semicolon", odd), ValidationMessages.names(levelsWithTopics)), Literals.REQUIREMENT_ROW__NAME,
					IssueCodes.TOPIC_HEADINGS);
		}
	}
}
