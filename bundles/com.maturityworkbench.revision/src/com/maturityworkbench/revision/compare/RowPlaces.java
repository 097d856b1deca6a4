package com.maturityworkbench.revision.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The requirement rows that changed place: for every subdomain with a row on both sides, the domain the row stands
 * under (by name), and, per requirement table, the order of the rows both sides have: the rows off the longest
 * sequence kept in the same order (the longest increasing run of new positions taken in old order; of equally long
 * ones, the one keeping the earliest new positions) moved.
 */
final class RowPlaces {
	private RowPlaces() {
	}

	static List<RowChange> changes(List<SubdomainMatch> subdomains, RevisionOutline nu) {
		List<RowChange> changes = new ArrayList<>();
		Map<String, List<SubdomainMatch>> byTable = new LinkedHashMap<>();
		for (SubdomainMatch m : subdomains) {
			if (m.old() == null || m.nu() == null || !m.old().hasRow() || !m.nu().hasRow()) {
				continue;
			}
			if (!Objects.equals(m.old().rowDomain(), m.nu().rowDomain())) {
				changes.add(change(RowChange.Kind.DOMAIN, m, nu));
			}
			if (m.old().group().equals(m.nu().group())) {
				byTable.computeIfAbsent(m.nu().group(), g -> new ArrayList<>()).add(m);
			}
		}
		for (List<SubdomainMatch> rows : byTable.values()) {
			rows.sort(Comparator.comparingInt(m -> m.old().rowPosition()));
			boolean[] kept = longestInOrder(rows.stream().mapToInt(m -> m.nu().rowPosition()).toArray());
			for (int i = 0; i < rows.size(); i++) {
				if (!kept[i]) {
					changes.add(change(RowChange.Kind.ORDER, rows.get(i), nu));
				}
			}
		}
		return changes;
	}

	private static RowChange change(RowChange.Kind kind, SubdomainMatch m, RevisionOutline nu) {
		return new RowChange(kind, m, nu.group(m.nu().group()).requirementTable(), m.old().rowDomain(), m.nu().rowDomain(), m.old().rowPosition(), m.nu().rowPosition());
	}

	/** Marks the members of a longest strictly increasing subsequence of distinct values (patience sorting). */
	static boolean[] longestInOrder(int[] values) {
		int n = values.length;
		int[] tails = new int[n];
		int[] previous = new int[n];
		int length = 0;
		for (int i = 0; i < n; i++) {
			int low = 0;
			int high = length;
			while (low < high) {
				int mid = (low + high) >>> 1;
				if (values[tails[mid]] < values[i]) {
					low = mid + 1;
				} else {
					high = mid;
				}
			}
			previous[i] = low > 0 ? tails[low - 1] : -1;
			tails[low] = i;
			length = Math.max(length, low + 1);
		}
		boolean[] kept = new boolean[n];
		Arrays.fill(kept, false);
		for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = previous[i]) {
			kept[i] = true;
		}
		return kept;
	}
}
