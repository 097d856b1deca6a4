package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.Coverage;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.dsl.semantics.Tables;

/**
 * Completeness between the weight tables (1-4) and the requirement tables (5-8): every weighted subdomain has a
 * row, every row a weight, every row a cell with clauses at every level; names that drifted; subdomains placed
 * under another domain; a subdomain twice in one effective model.
 */
public class CoverageValidator extends MaturityCheck {

	private Coverage coverage(Revision revision, List<WeightTable> weights, List<RequirementTable> requirements) {
		Object key = List.of(Coverage.class, revision.name() == null ? "" : revision.name(),
				weights.isEmpty() ? requirements.get(0) : weights.get(0));
		return cached(key, () -> new Coverage(weights, requirements));
	}

	@Check
	public void rowHasWeight(RequirementRow row) {
		RequirementTable table = EcoreUtil2.getContainerOfType(row, RequirementTable.class);
		Revision revision = revision(row);
		List<WeightTable> weights = revision.weightTablesFor(table);
		if (weights.isEmpty() || table.getPart() == null || table.getPart().eIsProxy()) {
			return;
		}
		Coverage coverage = coverage(revision, weights, revision.requirementTablesFor(weights.get(0)));
		String where = Tables.describe(table);
		String weightTables = ValidationMessages.joined("list.enum", weights.stream().map(t -> Tables.name(t.getName())).toList());
		RequirementRow earlier = coverage.duplicateOf(row);
		if (earlier != null) {
			// an error in a draft too: the rows' clauses get the same ids (table, subdomain, level, label), and which of
			// them is scored is not said, so no scoring model can be built (mwb fuzz found validate passing such a draft)
			rule(row, text("coverage.duplicate-row", where, row.getName(), placeOf(earlier, row)),
					Literals.REQUIREMENT_ROW__NAME, IssueCodes.DUPLICATE_ROW);
			return;
		}
		WeightedSubdomain weighted = coverage.weightOf(row);
		if (weighted != null) {
			checkPlacement(row, weighted, where);
			return;
		}
		WeightedSubdomain alike = coverage.driftOf(row);
		if (alike != null) {
			content(row, text("coverage.name-drift", where,
					SubdomainNames.normalize(row.getName()), weightTables, weightTables, alike.getName()),
					Literals.REQUIREMENT_ROW__NAME, IssueCodes.NAME_DRIFT, alike.getName());
		} else {
			content(row, text("coverage.row-without-weight", where, SubdomainNames.normalize(row.getName()),
					weightTables), Literals.REQUIREMENT_ROW__NAME, IssueCodes.ROW_WITHOUT_WEIGHT);
		}
	}

	private void checkPlacement(RequirementRow row, WeightedSubdomain weighted, String where) {
		RequirementDomain printed = (RequirementDomain) row.eContainer();
		WeightDomain domain = (WeightDomain) weighted.eContainer();
		if (printed.getName() == null || domain.getName() == null) {
			return; // a domain without its name: the syntax error says so
		}
		String a = SubdomainNames.normalize(printed.getName());
		String b = SubdomainNames.normalize(domain.getName());
		if (!a.equals(b)) {
			WeightTable wt = (WeightTable) domain.eContainer();
			content(row, text("coverage.domain-placement", weighted.getName(), where,
					printed.getName(), Tables.name(wt.getName()), domain.getName()), Literals.REQUIREMENT_ROW__NAME,
					IssueCodes.DOMAIN_PLACEMENT, domain.getName());
		}
	}

	@Check
	public void subdomainHasRequirements(WeightedSubdomain subdomain) {
		if (subdomain.getWeight() == null) {
			return; // not parsed: the syntax error says so
		}
		WeightTable table = EcoreUtil2.getContainerOfType(subdomain, WeightTable.class);
		Revision revision = revision(subdomain);
		List<RequirementTable> requirements = revision.requirementTablesFor(table);
		if (requirements.isEmpty()) {
			return;
		}
		List<WeightTable> weights = revision.weightTablesFor(requirements.get(0));
		Coverage coverage = coverage(revision, weights, requirements);
		if (coverage.isUncovered(subdomain)) {
			content(subdomain, text("coverage.missing-requirements", Tables.describe(table),
					subdomain.getName(), subdomain.getWeight(),
					ValidationMessages.joined("list.enum", requirements.stream().map(t -> Tables.name(t.getName())).toList())),
					Literals.WEIGHTED_SUBDOMAIN__NAME, IssueCodes.SUBDOMAIN_WITHOUT_REQUIREMENTS);
		}
	}

	@Check
	public void weightTableHasRequirements(WeightTable table) {
		if (table.getPart() != null && !table.getPart().eIsProxy() && revision(table).requirementTablesFor(table).isEmpty()) {
			content(table, text("coverage.no-requirement-table", Tables.describe(table)), Literals.WEIGHT_TABLE__NAME,
					IssueCodes.REQUIREMENT_TABLE_MISSING);
		}
	}

	@Check
	public void requirementTableHasWeights(RequirementTable table) {
		if (table.getPart() != null && !table.getPart().eIsProxy() && revision(table).weightTablesFor(table).isEmpty()) {
			content(table, text("coverage.no-weight-table", Tables.describe(table)), Literals.REQUIREMENT_TABLE__NAME,
					IssueCodes.WEIGHT_TABLE_MISSING);
		}
	}

	@Check
	public void subdomainOnceInModel(WeightedSubdomain subdomain) {
		WeightTable table = EcoreUtil2.getContainerOfType(subdomain, WeightTable.class);
		Revision revision = revision(subdomain);
		String name = SubdomainNames.normalize(subdomain.getName());
		// twice in the same table
		for (WeightDomain d : table.getDomains()) {
			for (WeightedSubdomain other : d.getSubdomains()) {
				if (other == subdomain) {
					break;
				}
				if (SubdomainNames.normalize(other.getName()).equals(name)) {
					rule(subdomain, text("coverage.subdomain-twice-in-table", Tables.describe(table), subdomain.getName(),
							line(other)), Literals.WEIGHTED_SUBDOMAIN__NAME, IssueCodes.DUPLICATE_SUBDOMAIN_IN_TABLE);
					return;
				}
			}
			if (d.getSubdomains().contains(subdomain)) {
				break;
			}
		}
		if (table.getSector() == null) {
			return;
		}
		for (WeightTable common : revision.commonWeightTables()) {
			for (WeightDomain d : common.getDomains()) {
				for (WeightedSubdomain other : d.getSubdomains()) {
					if (SubdomainNames.normalize(other.getName()).equals(name)) {
						content(subdomain, text("coverage.subdomain-twice-in-model",
								subdomain.getName(), Tables.describe(common), Tables.describe(table), table.getSector().getName()),
								Literals.WEIGHTED_SUBDOMAIN__NAME, IssueCodes.DUPLICATE_SUBDOMAIN_IN_MODEL);
						return;
					}
				}
			}
		}
	}

	@Check
	public void everyLevelOnce(RequirementRow row) {
		List<Level> levels = revision(row).levels();
		String where = text("place.row", Tables.describe(EcoreUtil2.getContainerOfType(row, RequirementTable.class)), row.getName());
		List<Level> seen = new ArrayList<>();
		List<Cell> firstCells = new ArrayList<>();
		int lastIndex = -1;
		for (Cell cell : row.getCells()) {
			Level level = cell.getLevel();
			if (level == null || level.eIsProxy()) {
				continue;
			}
			if (seen.contains(level)) {
				Cell first = firstCells.get(seen.indexOf(level));
				if (!first.getClauses().isEmpty() && !cell.getClauses().isEmpty()) {
					// an error in a draft too: both cells' first clauses get the same id (table, subdomain, level, 1), so no
					// scoring model can be built (mwb fuzz found validate passing such a draft)
					rule(cell, text("coverage.level-twice-unscorable",
							where, level.getName(), placeOf(first, cell),
							EcoreUtil2.getContainerOfType(row, RequirementTable.class).getName(),
							SubdomainNames.normalize(row.getName()), level.getName()), Literals.CELL__LEVEL,
							IssueCodes.DUPLICATE_LEVEL_IN_ROW);
				} else {
					content(cell, text("coverage.level-twice", where, level.getName()), Literals.CELL__LEVEL,
							IssueCodes.DUPLICATE_LEVEL_IN_ROW);
				}
				continue;
			}
			firstCells.add(cell);
			int index = levels.indexOf(level);
			if (index < lastIndex) {
				content(cell, text("coverage.level-order", where, level.getName()), Literals.CELL__LEVEL,
						IssueCodes.LEVEL_ORDER);
			}
			lastIndex = Math.max(lastIndex, index);
			seen.add(level);
		}
		List<String> missing = new ArrayList<>();
		for (Level level : levels) {
			if (!seen.contains(level)) {
				missing.add(level.getName());
			}
		}
		if (!missing.isEmpty()) {
			content(row, ValidationMessages.counted("coverage.missing-cell", missing.size(), where, ValidationMessages.names(missing)), Literals.REQUIREMENT_ROW__NAME,
					IssueCodes.MISSING_LEVEL, missing.toArray(String[]::new));
		}
	}

	@Check
	public void cellHasClauses(Cell cell) {
		if (cell.isEmpty() || !cell.getClauses().isEmpty() || cell.getLevel() == null || cell.getLevel().eIsProxy()) {
			return;
		}
		RequirementRow row = (RequirementRow) cell.eContainer();
		content(cell, text("coverage.empty-cell",
				Tables.describe(EcoreUtil2.getContainerOfType(row, RequirementTable.class)), row.getName(),
				cell.getLevel().getName()), Literals.CELL__LEVEL, IssueCodes.EMPTY_CELL);
	}

	/**
	 * The rows of a requirement table in the order of its weight table: rows are compared by the position of the
	 * subdomain they score; the fewest rows that break the order are reported (those outside a longest run in
	 * order), each naming the row before it that its weight table lists after it.
	 */
	@Check
	public void rowOrder(RequirementTable table) {
		Revision revision = revision(table);
		List<WeightTable> weights = revision.weightTablesFor(table);
		if (weights.isEmpty() || table.getPart() == null || table.getPart().eIsProxy()) {
			return;
		}
		Coverage coverage = coverage(revision, weights, revision.requirementTablesFor(weights.get(0)));
		List<WeightedSubdomain> order = new ArrayList<>();
		for (WeightTable w : weights) {
			for (WeightDomain d : w.getDomains()) {
				order.addAll(d.getSubdomains());
			}
		}
		List<RequirementRow> rows = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		for (RequirementDomain d : table.getDomains()) {
			for (RequirementRow r : d.getRows()) {
				WeightedSubdomain s = coverage.weightOf(r);
				if (s != null) {
					rows.add(r);
					positions.add(order.indexOf(s));
				}
			}
		}
		boolean[] inOrder = longestIncreasingRun(positions);
		for (int i = 0; i < rows.size(); i++) {
			if (inOrder[i]) {
				continue;
			}
			// the nearest row before it that the weight table lists after it, else the first row after it listed before it
			RequirementRow other = null;
			boolean after = true;
			for (int j = i - 1; j >= 0 && other == null; j--) {
				if (positions.get(j) > positions.get(i)) {
					other = rows.get(j);
				}
			}
			for (int j = i + 1; j < rows.size() && other == null; j++) {
				if (positions.get(j) < positions.get(i)) {
					other = rows.get(j);
					after = false;
				}
			}
			String weightTable = Tables.name(EcoreUtil2.getContainerOfType(coverage.weightOf(rows.get(i)), WeightTable.class).getName());
			content(rows.get(i), text("coverage.row-order", Tables.describe(table), rows.get(i).getName(), other.getName(),
					text(after ? "coverage.after" : "coverage.before"), weightTable, coverage.weightOf(rows.get(i)).getName(),
					coverage.weightOf(other).getName(), text(after ? "coverage.before" : "coverage.after")),
					Literals.REQUIREMENT_ROW__NAME, IssueCodes.ROW_ORDER, other.getName());
		}
	}

	/**
	 * Which entries belong to a longest strictly increasing subsequence; among equally long ones the one that keeps
	 * the earlier entries, so that a row moved down is reported rather than the rows it jumped over.
	 */
	private static boolean[] longestIncreasingRun(List<Integer> values) {
		int n = values.size();
		int[] length = new int[n];
		int[] next = new int[n];
		// computed from the end: length[i] = the longest increasing run starting at i
		for (int i = n - 1; i >= 0; i--) {
			length[i] = 1;
			next[i] = -1;
			for (int j = i + 1; j < n; j++) {
				if (values.get(j) > values.get(i) && length[j] + 1 > length[i]) {
					length[i] = length[j] + 1;
					next[i] = j;
				}
			}
		}
		boolean[] in = new boolean[n];
		int start = -1;
		for (int i = 0; i < n; i++) {
			if (start < 0 || length[i] > length[start]) {
				start = i;
			}
		}
		for (int i = start; i >= 0; i = next[i]) {
			in[i] = true;
		}
		return in;
	}

	static int line(org.eclipse.emf.ecore.EObject obj) {
		org.eclipse.xtext.nodemodel.ICompositeNode node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(obj);
		return node == null ? 0 : node.getStartLine();
	}
}
