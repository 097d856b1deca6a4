package com.maturityworkbench.ui.views.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.ui.UiTexts;

/**
 * A group of the findings view: a category (权重, 覆盖, …) holding one group per table, each holding its findings.
 * {@code count} is the number of findings inside.
 */
public record FindingGroup(String key, String label, List<FindingGroup> groups, List<FindingEntry> entries, int count) {
	/** The categories in the order the view lists them (that of the checker's severity: structure before text). */
	public static final List<String> CATEGORIES = List.of("syntax", "references", "rules", "weights", "coverage", "naming", "labels", "text");

	/** Groups findings by category, then by table (findings outside the tables grouped by file). */
	public static List<FindingGroup> byCategoryAndTable(List<FindingEntry> entries) {
		Map<String, List<FindingEntry>> byCategory = new LinkedHashMap<>();
		for (String category : CATEGORIES) {
			byCategory.put(category, new ArrayList<>());
		}
		for (FindingEntry e : entries) {
			byCategory.computeIfAbsent(e.category(), c -> new ArrayList<>()).add(e);
		}
		List<FindingGroup> groups = new ArrayList<>();
		byCategory.forEach((category, inCategory) -> {
			if (!inCategory.isEmpty()) {
				groups.add(new FindingGroup(category, categoryLabel(category), byTable(inCategory), List.of(), inCategory.size()));
			}
		});
		return groups;
	}

	private static List<FindingGroup> byTable(List<FindingEntry> entries) {
		Map<String, List<FindingEntry>> byTable = new LinkedHashMap<>();
		for (FindingEntry e : entries) {
			String key = e.table() != null ? e.table() : UiTexts.text("findings.outside-tables", e.file().getFileName());
			byTable.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
		}
		List<FindingGroup> groups = new ArrayList<>();
		byTable.forEach((table, inTable) -> groups.add(new FindingGroup(table, table, List.of(), List.copyOf(inTable), inTable.size())));
		return groups;
	}

	/** The category's name in the current language ({@code weights} → 权重); an unknown one as it is. */
	public static String categoryLabel(String category) {
		String key = "findings.category." + category;
		return UiTexts.TEXTS.has(key) ? UiTexts.text(key) : category;
	}

	/** What the group holds: its tables' groups, or its findings. */
	public List<Object> children() {
		return groups.isEmpty() ? List.copyOf(entries) : List.copyOf(groups);
	}
}
